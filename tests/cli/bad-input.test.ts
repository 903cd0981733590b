/**
 * `npm run analyze` on the inputs that broke it: empty files, UTF-16 with a byte-order mark,
 * binary data named .html, pages in windows-1251 and Shift_JIS (declared by <meta charset> or by
 * the HTTP Content-Type), a page nested 10,000 elements deep. One run of the command for all of
 * them (the pipeline loads once): each gets its own line and the batch goes on.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepPage } from '../../bench/robustness/synthetic-pages.js';

const run = promisify(execFile);

// Invented article text, and its bytes in the legacy encodings (TextEncoder writes UTF-8 only).
const RU_TITLE = 'Городской совет утвердил новый бюджет';
const RU_TITLE_1251 = 'c3eef0eee4f1eaeee920f1eee2e5f220f3f2e2e5f0e4e8eb20edeee2fbe920e1fee4e6e5f2';
const RU_PARAGRAPH = 'Городской совет утвердил новый бюджет на следующий год после долгих споров, сообщила председатель совета Анна Петрова журналистам во вторник вечером.';
const RU_PARAGRAPH_1251 = 'c3eef0eee4f1eaeee920f1eee2e5f220f3f2e2e5f0e4e8eb20edeee2fbe920e1fee4e6e5f220ede020f1ebe5e4f3fef9e8e920e3eee420efeef1ebe520e4eeebe3e8f520f1efeef0eee22c20f1eeeee1f9e8ebe020eff0e5e4f1e5e4e0f2e5ebfc20f1eee2e5f2e020c0edede020cfe5f2f0eee2e020e6f3f0ede0ebe8f1f2e0ec20e2ee20e2f2eef0ede8ea20e2e5f7e5f0eeec2e';
const JA_TITLE = '港の新しい計画が承認された';
const JA_TITLE_SJIS = '8d6082cc905682b582a28c7689e682aa8fb3944682b382ea82bd';
const JA_PARAGRAPH = '市議会は火曜日、港の再開発計画を賛成多数で承認したと、田中市長が記者会見で明らかにした。計画には新しい桟橋と公園の整備が含まれている。';
const JA_PARAGRAPH_SJIS = '8e738b6389ef82cd89ce976a93fa81418d6082cc8dc48a4a94ad8c7689e682f08e5e90ac91bd909482c58fb3944682b582bd82c68141936392868e7392b782aa8b4c8ed289ef8ca982c596be82e782a982c982b582bd81428c7689e682c982cd905682b582a28e568bb482c68cf6898082cc90ae94f582aa8adc82dc82ea82c482a282e98142';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const hex = (h: string): Buffer => Buffer.from(h, 'hex');

/** An article page whose text bytes are given in some encoding, with optional extra <head> markup. */
function legacyPage(head: string, title: Buffer, paragraph: Buffer): Buffer {
  const p = Buffer.concat([ascii('<p>'), paragraph, ascii(' '), paragraph, ascii('</p>')]);
  return Buffer.concat([
    ascii(`<!doctype html><html><head>${head}<title>`), title, ascii('</title></head><body><article><h1>'), title, ascii('</h1>'),
    p, p, p, ascii('</article></body></html>'),
  ]);
}

const UTF16_PAGE = `<!doctype html><html><head><title>Ferry Talks Resume</title></head><body><article><h1>Ferry Talks Resume</h1>${
  '<p>Ferry crews and the harbour board met again on Monday, and both sides said the talks had been useful.</p>'.repeat(4)}</article></body></html>`;

/** Bytes that are not text: a fixed pseudo-random stream (same bytes every run). */
function randomBytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

type Line = Record<string, unknown> & { file: string; error?: string; title?: string; text?: string };

let dir: string;
let server: Server;
let lines: Map<string, Line>;
let exitCode: number;
const files: Record<string, Buffer | string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precis-bad-input-'));
  files['empty.html'] = '';
  files['blank.txt'] = '  \n\n ';
  files['utf16le-bom.html'] = Buffer.concat([hex('fffe'), Buffer.from(UTF16_PAGE, 'utf16le')]);
  files['utf16be-bom.html'] = Buffer.concat([hex('feff'), Buffer.from(UTF16_PAGE, 'utf16le').swap16()]);
  files['utf8-bom.html'] = Buffer.concat([hex('efbbbf'), Buffer.from(UTF16_PAGE, 'utf8')]);
  files['random.html'] = randomBytes(100_000);
  files['windows-1251.html'] = legacyPage('<meta charset="windows-1251">', hex(RU_TITLE_1251), hex(RU_PARAGRAPH_1251));
  files['shift-jis.html'] = legacyPage('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', hex(JA_TITLE_SJIS), hex(JA_PARAGRAPH_SJIS));
  files['deep.html'] = deepPage(10_000);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);

  // A server that declares the encoding only in the HTTP header, not in the page.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(legacyPage('', hex(RU_TITLE_1251), hex(RU_PARAGRAPH_1251)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;

  const inputs = [...Object.keys(files).map((name) => join(dir, name)), url];
  let stdout: string;
  try {
    ({ stdout } = await run('npx', ['tsx', 'src/cli/analyze.ts', '--jsonl', ...inputs], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }));
    exitCode = 0;
  } catch (error) {
    const e = error as { stdout: string; code: number };
    stdout = e.stdout;
    exitCode = e.code;
  }
  const parsed = stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
  expect(parsed.map((l) => l.file)).toEqual(inputs);
  lines = new Map(parsed.map((l) => [l.file.startsWith('http') ? 'http' : (l.file.split('/').pop() ?? ''), l]));
}, 120_000);

afterAll(() => {
  server?.close();
});

describe('npm run analyze on bad and unusual input', () => {
  it('says "empty file" for an empty or blank file, one line each, and exits 1 while the batch goes on', () => {
    expect(lines.get('empty.html')?.error).toBe('empty file');
    expect(lines.get('blank.txt')?.error).toBe('empty file');
    expect(exitCode).toBe(1);
  });

  it('refuses binary data named .html as "not HTML"', () => {
    expect(lines.get('random.html')?.error).toMatch(/^not HTML/);
    expect(lines.get('random.html')).not.toHaveProperty('text');
  });

  it.each(['utf16le-bom.html', 'utf16be-bom.html', 'utf8-bom.html'])('reads %s by its byte-order mark', (name) => {
    const line = lines.get(name);
    expect(line?.error).toBeUndefined();
    expect(line?.title).toBe('Ferry Talks Resume');
    expect(line?.text).toContain('Ferry crews and the harbour board met again on Monday');
  });

  it('honours <meta charset="windows-1251">', () => {
    const line = lines.get('windows-1251.html');
    expect(line?.title).toBe(RU_TITLE);
    expect(line?.text).toContain(RU_PARAGRAPH);
  });

  it('honours a Shift_JIS <meta http-equiv> Content-Type', () => {
    const line = lines.get('shift-jis.html');
    expect(line?.title).toBe(JA_TITLE);
    expect(line?.text).toContain(JA_PARAGRAPH);
  });

  it('honours the HTTP Content-Type charset of a fetched page', () => {
    const line = lines.get('http');
    expect(line?.error).toBeUndefined();
    expect(line?.title).toBe(RU_TITLE);
    expect(line?.text).toContain(RU_PARAGRAPH);
  });

  it('analyses a page nested 10,000 elements deep (no stack overflow)', () => {
    const line = lines.get('deep.html');
    expect(line?.error).toBeUndefined();
    // Past 512 levels the page is flattened as Chromium's parser does, so the headline and the
    // site furniture lose their containers; the article's words are all there.
    expect(line?.title).toMatch(/^Harbour Plan Goes Ahead/);
    expect(line?.text).toMatch(/said Mara Telling/);
  });
});
