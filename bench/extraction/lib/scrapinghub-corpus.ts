/** Loads the Scrapinghub pages (html/<id>.html.gz + ground-truth.json) one at a time. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ScrapinghubPage {
  id: string;
  url: string;
  truth: string;
  html(): string;
}

export const SCRAPINGHUB = 'extraction/scrapinghub';

export function loadScrapinghub(corpusDir: string): ScrapinghubPage[] | null {
  const dir = join(corpusDir, SCRAPINGHUB);
  const gtFile = join(dir, 'ground-truth.json');
  if (!existsSync(gtFile)) return null;
  const gt = JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map(([id, v]) => ({
      id,
      url: v.url,
      truth: v.articleBody,
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
