/**
 * The summary as text to paste: plain (for mail and chat) or Markdown (for notes), both with
 * the headline, the outlet and the link, so the pasted text says where it came from.
 */
import type { SummarySentence } from '../core/types.js';

export interface SummarySource {
  title: string | null;
  siteName: string | null;
  url: string;
}

export function summaryPlain(sentences: readonly SummarySentence[], source: SummarySource): string {
  const heading = [source.title, source.siteName].filter(Boolean).join(' — ');
  return [heading, '', ...sentences.map((s) => `• ${s.text}`), '', source.url].join('\n').trim();
}

/** Page text must not turn into Markdown syntax: escape what would format or link. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]()<>#|~])/g, '\\$1');
}

export function summaryMarkdown(sentences: readonly SummarySentence[], source: SummarySource): string {
  const title = escapeMarkdown(source.title ?? source.url);
  const site = source.siteName ? ` — ${escapeMarkdown(source.siteName)}` : '';
  // Angle brackets keep a URL with parentheses or spaces in one piece.
  return [`**[${title}](<${source.url}>)**${site}`, '', ...sentences.map((s) => `- ${escapeMarkdown(s.text)}`)].join('\n');
}
