import { describe, expect, test } from 'vitest';
import { charsetOfContentType, decodeBytes, encodingForLabel, InputError } from '../../src/node/decode-bytes.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeBytes', () => {
  test.each([
    ['a UTF-8 BOM wins over a <meta> that says otherwise', bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251"><p>', [0xc3, 0xa9], '</p>'), 'utf-8', '<meta charset="windows-1251"><p>é</p>'],
    ['<meta charset> windows-1251', bytes('<meta charset=windows-1251><p>', [0xcf, 0xf0, 0xe8], '</p>'), 'windows-1251', '<meta charset=windows-1251><p>При</p>'],
    ['<meta http-equiv> Shift_JIS', bytes('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>', [0x82, 0xa0], '</p>'), 'shift_jis', 'あ'],
    ['no label, valid UTF-8', bytes('<p>', [0xe2, 0x80, 0x9c], 'hi', [0xe2, 0x80, 0x9d], '</p>'), 'utf-8', '<p>“hi”</p>'],
    ['no label, not UTF-8: windows-1252 as browsers do', bytes('<p>caf', [0xe9], ' ', [0x93], 'ok', [0x94], '</p>'), 'windows-1252', '<p>café “ok”</p>'],
    ['an unknown label is ignored', bytes('<meta charset="klingon"><p>ok</p>'), 'utf-8', '<p>ok</p>'],
    ['a page cannot declare UTF-16 from inside', bytes('<meta charset="utf-16"><p>ok</p>'), 'utf-8', '<p>ok</p>'],
  ])('%s', (_why, input, encoding, contains) => {
    const decoded = decodeBytes(input, 'page');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(contains);
  });

  test('the HTTP Content-Type wins over <meta>, a BOM over both', () => {
    const page = bytes('<meta charset="utf-8"><p>', [0xcf, 0xf0, 0xe8], '</p>');
    expect(decodeBytes(page, 'page', 'text/html; charset=windows-1251').text).toContain('При');
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '<p>ok</p>'), 'page', 'text/html; charset=windows-1251').encoding).toBe('utf-8');
  });

  test('plain text ignores <meta> (it is text, not markup)', () => {
    expect(decodeBytes(bytes('<meta charset="windows-1251"> ', [0xc3, 0xa9]), 'text').encoding).toBe('utf-8');
  });

  test.each([
    ['empty', bytes(), 'empty file'],
    ['blank', bytes('  \n\t '), 'empty file'],
    ['a BOM and nothing else', bytes([0xff, 0xfe]), 'empty file'],
    ['binary', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /^not HTML/],
    ['UTF-16 without a BOM (NUL every other byte)', Uint8Array.from(Buffer.from('<p>hello there</p>', 'utf16le')), /^not HTML/],
  ])('refuses %s input with a message for a person', (_why, input, message) => {
    expect(() => decodeBytes(input, 'page')).toThrow(InputError);
    expect(() => decodeBytes(input, 'page')).toThrow(message);
  });
});

describe('labels', () => {
  test.each([
    ['text/html; charset=windows-1251', 'windows-1251'],
    ['text/html;charset="Shift_JIS"', 'Shift_JIS'],
    ['text/html', null],
    [null, null],
  ])('charset of %j is %j', (header, charset) => {
    expect(charsetOfContentType(header)).toBe(charset);
  });

  test.each([
    ['cp1251', 'windows-1251'],
    ['x-sjis', 'shift_jis'],
    ['latin1', 'windows-1252'],
    ['utf-16le', 'utf-8'],
    ['nonsense', null],
    ['', null],
  ])('label %j is %j', (label, encoding) => {
    expect(encodingForLabel(label)).toBe(encoding);
  });
});
