/**
 * Every UI string exists in English and German, with the same placeholders, and every key the
 * code asks for exists. A missing string would show the key itself to the reader.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

type Catalogue = Record<string, { message: string }>;
const load = (lang: string): Catalogue => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
const en = load('en');
const de = load('de');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('English and German have the same keys', () => {
  expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
});

test('no message is empty, and both languages use the same $n placeholders', () => {
  for (const [key, { message }] of Object.entries(en)) {
    const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
    expect(message.trim(), key).not.toBe('');
    expect(de[key]?.message.trim(), key).not.toBe('');
    expect(placeholders(de[key]?.message ?? ''), key).toEqual(placeholders(message));
  }
});

test('every t("key") in the UI code exists', () => {
  const used = new Set<string>();
  for (const file of ['src/popup', 'src/options', 'src/welcome', 'src/quote-card', 'src/shared', 'src/background'].flatMap(sourceFiles)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
  }
  expect(used.size).toBeGreaterThan(50);
  expect([...used].filter((k) => !(k in en))).toEqual([]);
});

test('every hidden reason has a label', async () => {
  const { HIDEABLE_KINDS } = await import('../../src/shared/options.js');
  for (const kind of HIDEABLE_KINDS) expect(en[`reason_${kind.replace(/-/g, '_')}`], kind).toBeDefined();
});

test('the manifest strings exist', () => {
  const manifest = readFileSync('manifest.json', 'utf8');
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en[m[1] as string], m[1]).toBeDefined();
});
