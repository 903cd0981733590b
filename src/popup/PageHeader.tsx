import type { ArticleData } from '../shared/article-data.js';
import { t, uiLanguage } from '../shared/i18n.js';
import { formatPublished, hostOf } from '../quote-card/citation.js';

/** Headline, outlet, date and reading time: what the reader checks first. */
export function PageHeader({ article }: { article: ArticleData }) {
  const site = article.siteName ?? hostOf(article.url);
  const date = formatPublished(article.publishedTime, uiLanguage());
  const minutes = article.readingMinutes > 0 ? t('readingMinutes', String(article.readingMinutes)) : null;
  return (
    <header class="page-header">
      <h1>{article.title ?? t('untitledPage')}</h1>
      <p class="meta">{[site, date, minutes].filter(Boolean).join(' · ')}</p>
    </header>
  );
}
