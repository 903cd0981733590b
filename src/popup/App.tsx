import { saveErrorMessage } from '../shared/save-error.js';
import { CleanPanel } from './CleanPanel.js';
import { PageHeader } from './PageHeader.js';
import { PartiesSection } from './PartiesSection.js';
import { QuotesSection } from './QuotesSection.js';
import { AnalysingView, CannotRunView, ErrorView, NotArticleView } from './StatusViews.js';
import { SummarySection } from './SummarySection.js';
import { useAnnouncer } from './use-announcer.js';
import type { PopupStartup } from './startup.js';
import { type ReadyState, usePopupData } from './use-popup-data.js';

/** The popup: one state at a time (analysing, cannot run, error, ready), chosen by the data hook. */
export function App({ startup }: { startup: PopupStartup }) {
  const data = usePopupData(startup);
  const [message, announce] = useAnnouncer();
  const { state } = data;
  return (
    <>
      {state.kind === 'loading' && <AnalysingView withHeader />}
      {state.kind === 'cannot-run' && <CannotRunView why={state.why} />}
      {state.kind === 'error' && <ErrorView message={state.message} />}
      {state.kind === 'ready' && <ReadyView state={state} data={data} announce={announce} />}
      <p class={message ? 'toast visible' : 'toast'} role="status" aria-live="polite">{message}</p>
    </>
  );
}

function ReadyView({ state, data, announce }: { state: ReadyState; data: ReturnType<typeof usePopupData>; announce: (m: string) => void }) {
  const { article } = state.report;
  const { options } = data;
  const source = { url: state.url, outlet: article.siteName, publishedTime: article.publishedTime };
  /** Resolves true once saved; a refused save (e.g. storage.sync full) is announced and resolves false. */
  const patchOptions = (patch: Parameters<typeof data.updateOptions>[0]): Promise<boolean> =>
    data.updateOptions(patch).then(() => true, (error: unknown) => (announce(saveErrorMessage(error)), false));
  return (
    <main>
      <PageHeader article={article} />
      <CleanPanel tabId={state.tabId} url={state.url} clean={state.report} cleaning={state.cleaning} isArticle={article.isArticle} options={options} onClean={data.applyClean} onOptions={patchOptions} announce={announce} />
      {state.analysing && <AnalysingView withHeader={false} />}
      {!state.analysing && !state.analysis && <NotArticleView reason={article.articleReason} onAnalyse={data.analyseAnyway} />}
      {state.analysis && options && (
        <>
          <SummarySection
            tabId={state.tabId}
            sentences={state.analysis.summary}
            length={options.summarySentences}
            source={{ title: article.title, siteName: article.siteName, url: state.url }}
            onLength={(n) => void data.setSentences(n).catch((error: unknown) => announce(saveErrorMessage(error)))}
            announce={announce}
          />
          <QuotesSection tabId={state.tabId} quotes={state.analysis.quotes} source={source} options={options} onOptions={(p) => void patchOptions(p)} announce={announce} />
          <PartiesSection tabId={state.tabId} parties={state.analysis.parties} />
        </>
      )}
    </main>
  );
}
