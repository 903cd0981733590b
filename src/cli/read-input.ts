/**
 * Loads one CLI input: a page file (.html, .htm, .html.gz), a .txt article, or a URL, decoded as
 * a browser would (BOM, HTTP Content-Type, <meta charset>: see node/decode-bytes.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../node/decode-bytes.js';

export interface LoadedInput {
  kind: 'page' | 'text';
  content: string;
  url: string;
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);
/** A fetch that has not answered by then will not: the batch goes on without it. */
const FETCH_TIMEOUT_MS = 20_000;

export async function readInput(input: string, urlOverride: string | null): Promise<LoadedInput> {
  if (isUrl(input)) {
    const response = await fetch(input, { headers: { 'user-agent': 'Precis-analyze/0.1' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${input}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { kind: 'page', content: decodeBytes(bytes, 'page', response.headers.get('content-type')).text, url: urlOverride ?? response.url };
  }
  const url = urlOverride ?? pathToFileURL(resolve(input)).href;
  const lower = input.toLowerCase();
  if (lower.endsWith('.txt')) return { kind: 'text', content: decodeBytes(await readFile(input), 'text').text, url };
  if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) {
    return { kind: 'page', content: decodeBytes(gunzipSync(await readFile(input)), 'page').text, url };
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return { kind: 'page', content: decodeBytes(await readFile(input), 'page').text, url };
  throw new Error('unsupported input: give an .html, .htm, .html.gz or .txt file, or an http(s) URL');
}
