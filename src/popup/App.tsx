import { useEffect, useState } from 'preact/hooks';
import type { CleanState } from '../shared/article-data.js';
import { loadOptions } from '../shared/options-storage.js';
import { sendMessage } from '../shared/protocol.js';
import { type PopupState, loadReport, targetTabId } from './load-report.js';

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId === null) return setState({ kind: 'cannot-run', message: 'No tab to read.' });
      const options = await loadOptions();
      setState(await loadReport(tabId, options.summarySentences));
    })().catch((error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  if (state.kind === 'loading') return <p class="status" role="status">Reading the page…</p>;
  if (state.kind !== 'ready') return <p class={`status ${state.kind}`} role="alert">{state.message}</p>;

  const { article } = state.report;
  const setClean = (clean: CleanState) => setState({ ...state, report: { ...state.report, ...clean } });
  const toggle = () =>
    state.report.cleaned ? sendMessage('restoreHidden', { id: 'all' }, state.tabId) : sendMessage('cleanPage', undefined, state.tabId);
  return (
    <main>
      <header>
        <h1>{article.title ?? 'Untitled page'}</h1>
        <p class="meta">{[article.siteName, article.byline, `${article.readingMinutes} min read`].filter(Boolean).join(' · ')}</p>
        {!article.isArticle && <p class="note">Not an article: {article.articleReason}</p>}
        <button type="button" onClick={() => void toggle().then(setClean)}>
          {state.report.cleaned ? 'Show everything' : 'Clean this page'}
        </button>
        <p class="hidden-count">{state.report.hidden.length} blocks hidden</p>
      </header>
      <section aria-labelledby="summary-h">
        <h2 id="summary-h">Summary</h2>
        <ol class="summary">{state.analysis.summary.map((s) => <li key={s.start}>{s.text}</li>)}</ol>
      </section>
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Key quotes</h2>
        <ul class="quotes">
          {state.analysis.quotes.filter((q) => q.key).map((q) => (
            <li key={q.start}><blockquote>{q.text}</blockquote><cite>{q.speaker ?? 'Unattributed'}</cite></li>
          ))}
        </ul>
      </section>
    </main>
  );
}
