/** The readable (non-JSON) report: what a person wants to see of a page, at a glance. */
import type { AnalysisError, AnalysisJson } from '../node/analysis-json.js';

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  head(s: string): string;
}

export function makeStyle(color: boolean): Style {
  const wrap = (open: string) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), head: wrap('1;32') };
}

function wrapText(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function formatReport(r: AnalysisJson, style: Style): string {
  const out: string[] = [];
  out.push(style.bold(r.title ?? '(no headline)'));
  const meta = [r.siteName, r.byline, r.publishedTime?.slice(0, 10), `${r.readingMinutes} min read`].filter(Boolean).join(' · ');
  out.push(style.dim(meta), style.dim(r.url), '');
  out.push(`${r.isArticle ? 'Article' : 'Not an article'} (${r.articleReason}); ${r.hidden.length} clutter block(s) hidden`);
  for (const h of r.hidden) out.push(style.dim(`  - ${h.reason}: ${h.text.slice(0, 70)}${h.text.length > 70 ? '…' : ''}`));
  out.push('', style.head('Summary'));
  r.summary.forEach((s, i) => out.push(`  ${i + 1}.${wrapText(s.text, 86, '     ').slice(4)}`));
  if (r.summary.length === 0) out.push(style.dim('  (no summary: too little text)'));
  const key = r.quotes.filter((q) => q.key);
  out.push('', style.head(`Key quotes (${key.length} of ${r.quotes.length})`));
  for (const q of key) {
    out.push(wrapText(`“${q.text}”`, 88, '  '));
    out.push(style.dim(`    — ${q.speaker ?? 'unattributed'}${q.speakerRole ? `, ${q.speakerRole}` : ''}`));
  }
  if (key.length === 0) out.push(style.dim('  (no key quotes found)'));
  out.push('', style.head('Parties'));
  for (const p of r.parties.slice(0, 12)) {
    out.push(`  ${p.name} ${style.dim(`(${p.kind}${p.role ? `, ${p.role}` : ''}; ${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'})`)}`);
  }
  if (r.parties.length === 0) out.push(style.dim('  (no named parties found)'));
  const t = r.timingsMs;
  out.push('', style.dim(`extract ${t.extract} ms · declutter ${t.declutter} ms · nlp ${t.nlp} ms`));
  return out.join('\n');
}

export function formatError(e: AnalysisError, style: Style): string {
  return `${style.bold(e.file)}: ${e.error}`;
}
