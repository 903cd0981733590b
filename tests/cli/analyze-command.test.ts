/** The command itself, as a user runs it: `npm run analyze -- --jsonl page.html article.txt`. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PAGE = 'tests/fixtures/pages/harbour-ferry-strike.html';
const TEXT = 'tests/fixtures/text/council-budget.txt';

// Every field of ../shared/ANALYSIS.md; tools outside the project read them.
const FIELDS = [
  'file', 'url', 'isArticle', 'articleReason', 'title', 'byline', 'siteName', 'publishedTime', 'lang',
  'readingMinutes', 'text', 'visibleText', 'hidden', 'summary', 'quotes', 'parties', 'timingsMs',
];

async function analyze(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/cli/analyze.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; code: number };
    return { stdout: e.stdout, code: e.code };
  }
}

describe('npm run analyze', () => {
  it('--jsonl prints one JSON object per input, in order, with every contract field', async () => {
    const { stdout, code } = await analyze('--jsonl', PAGE, TEXT);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([PAGE, TEXT]);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual([...FIELDS].sort());
    const [page, text] = lines;
    expect(page?.title).toBe('Ferry Crews Vote To Strike As Harbour Transit Talks Collapse');
    expect(page?.siteName).toBe('Northgate Ledger');
    expect(page?.isArticle).toBe(true);
    expect(String(page?.text)).toContain('\n\n');
    expect(text?.text).toContain('The Riverside town council approved');
    expect((text?.summary as unknown[]).length).toBe(3);
  }, 30_000);

  it('gives a bad input an error line, goes on with the batch, and exits non-zero', async () => {
    const { stdout, code } = await analyze('--jsonl', 'no/such/file.html', TEXT);
    expect(code).toBe(1);
    const [bad, good] = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(bad).toMatchObject({ file: 'no/such/file.html' });
    expect(String(bad?.error)).toMatch(/ENOENT|no such file/i);
    expect(good?.file).toBe(TEXT);
  }, 30_000);

  it('prints a readable report by default, and honours --sentences and --url', async () => {
    const { stdout } = await analyze('--sentences', '4', '--url', 'https://news.example/ferry', PAGE);
    expect(stdout).toContain('Ferry Crews Vote To Strike');
    expect(stdout).toContain('https://news.example/ferry');
    expect(stdout).toMatch(/Summary\n {2}1\. .+\n(?:.*\n)* {2}4\. /);
    expect(stdout).not.toContain('\x1b[');
  }, 30_000);
});
