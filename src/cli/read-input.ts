/** Loads one CLI input: a page file (.html, .htm, .html.gz), a .txt article, or a URL. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface LoadedInput {
  kind: 'page' | 'text';
  content: string;
  url: string;
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export async function readInput(input: string, urlOverride: string | null): Promise<LoadedInput> {
  if (isUrl(input)) {
    const response = await fetch(input, { headers: { 'user-agent': 'Precis-analyze/0.1' }, signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${input}`);
    return { kind: 'page', content: await response.text(), url: urlOverride ?? response.url };
  }
  const url = urlOverride ?? pathToFileURL(resolve(input)).href;
  const lower = input.toLowerCase();
  if (lower.endsWith('.txt')) return { kind: 'text', content: await readFile(input, 'utf8'), url };
  if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) {
    return { kind: 'page', content: gunzipSync(await readFile(input)).toString('utf8'), url };
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return { kind: 'page', content: await readFile(input, 'utf8'), url };
  throw new Error('unsupported input: give an .html, .htm, .html.gz or .txt file, or an http(s) URL');
}
