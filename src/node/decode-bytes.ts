/**
 * Bytes of a page or an article -> text, the way a browser picks the encoding (HTML's "encoding
 * sniffing", simplified): a byte-order mark first, then the HTTP Content-Type charset, then a
 * `<meta charset>` (or `http-equiv` Content-Type) in the first bytes, else UTF-8, and
 * windows-1252 when the bytes are not valid UTF-8. TextDecoder knows every label browsers know
 * (windows-1251, Shift_JIS, GBK, ...), so no hand-written tables.
 * Input that cannot be text gets an InputError whose message a person can act on.
 */

/** An input the pipeline refuses, with a message for a person ("empty file", "not HTML: ..."). */
export class InputError extends Error {}

/** HTML's prescan reads this many bytes for a `<meta charset>`. */
const META_PRESCAN_BYTES = 1024;
/** Binary sniffing looks at the start only: a real page shows itself in its first 64 KB. */
const SNIFF_CHARS = 65_536;
/**
 * More than this share of control characters or undecodable bytes in a "text" means binary data
 * (an image, an archive, random bytes). Real pages have next to none; 2% leaves room for a few
 * stray ones in an old page.
 */
const MAX_BINARY_SHARE = 0.02;

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomEncoding(bytes: Uint8Array): string | null {
  return BOMS.find((bom) => bom.bytes.every((b, i) => bytes[i] === b))?.encoding ?? null;
}

/** The encoding TextDecoder knows under this label, or null (an unknown label is ignored, as browsers do). */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
    // A page cannot declare itself UTF-16 from inside (its ASCII-compatible <meta> says otherwise): HTML reads it as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/** `text/html; charset=windows-1251` -> `windows-1251`. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

/** `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the first bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so the ASCII markup reads the same in any ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(meta);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/**
 * Bytes 0x80-0x9F in windows-1252 (WHATWG's index): curly quotes, dashes, the euro sign. Node's
 * TextDecoder decodes 'windows-1252' (and its labels latin1, iso-8859-1, ascii) as ISO-8859-1,
 * turning them into invisible C1 controls; this puts them back. Holes map to themselves.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeAs(bytes: Uint8Array, encoding: string): string {
  // Default TextDecoder: a BOM of the same encoding is dropped, bad sequences become U+FFFD.
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c) : text;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  let bad = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    // C0 controls except tab, line feed, form feed and carriage return; and U+FFFD from bad bytes.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) bad += 1;
  }
  return bad / Math.max(1, sample.length) > MAX_BINARY_SHARE;
}

function utf8OrLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8 and no label: browsers fall back to the legacy default of Western pages.
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a page (`kind: 'page'`, honours `<meta charset>`) or a plain-text article. Throws
 * InputError for an empty input and for binary data.
 */
export function decodeBytes(bytes: Uint8Array, kind: 'page' | 'text', contentType: string | null = null): DecodedText {
  if (bytes.length === 0) throw new InputError('empty file');
  const declared = bomEncoding(bytes) ?? encodingForLabel(charsetOfContentType(contentType)) ?? (kind === 'page' ? encodingForLabel(metaCharset(bytes)) : null);
  const decoded = declared ? { text: decodeAs(bytes, declared), encoding: declared } : utf8OrLegacy(bytes);
  if (looksBinary(decoded.text)) throw new InputError(kind === 'page' ? 'not HTML: the file holds binary data, not text' : 'not text: the file holds binary data');
  if (decoded.text.trim() === '') throw new InputError('empty file');
  return decoded;
}
