/**
 * A site address as a reader types or pastes it -> the hostname Precis stores, or the reason it
 * is not one. Pure. The rules are DNS's (RFC 1035/1123): parts between dots are 1-63 letters,
 * digits or hyphens, not starting or ending with a hyphen, 253 characters in all; an IPv4
 * address is four numbers 0-255. WHATWG URL parsing alone lets `.`, `a..b` and `.example.com`
 * through, and turns `1.2.3` into the address 1.2.0.3, so the text is checked before and after.
 */

export type HostProblem =
  | 'empty'
  | 'empty-part'
  | 'hyphen-edge'
  | 'too-long'
  | 'no-domain'
  | 'credentials'
  | 'bad-address'
  | 'not-a-host';

export type HostCheck = { ok: true; host: string } | { ok: false; problem: HostProblem };

/** DNS limits: one label, and the whole name (RFC 1035 section 2.3.4). */
const MAX_LABEL_CHARS = 63;
const MAX_HOST_CHARS = 253;
/** One-label names that are real sites on a reader's own machine. */
const SINGLE_LABEL_HOSTS = new Set(['localhost']);

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const PORT = /:\d*$/;
const ASCII_LABEL = /^[a-z0-9-]+$/;
const DIGITS_AND_DOTS = /^[\d.]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

const fail = (problem: HostProblem): HostCheck => ({ ok: false, problem });

/** What was typed between the scheme and the path: `user@host:port` at most. */
function authorityOf(text: string): string {
  return text.replace(SCHEME, '').split(/[/?#\\]/, 1)[0] ?? '';
}

/** The labels' own rules, on the ASCII (punycode) form. */
function labelProblem(host: string): HostProblem | null {
  if (host.length > MAX_HOST_CHARS) return 'too-long';
  for (const label of host.split('.')) {
    if (label === '') return 'empty-part';
    if (label.length > MAX_LABEL_CHARS) return 'too-long';
    if (!ASCII_LABEL.test(label)) return 'not-a-host';
    if (label.startsWith('-') || label.endsWith('-')) return 'hyphen-edge';
  }
  return null;
}

export function checkHost(value: unknown): HostCheck {
  if (typeof value !== 'string') return fail('not-a-host');
  const text = value.trim().toLowerCase();
  if (!text) return fail('empty');
  const authority = authorityOf(text);
  if (authority.includes('@')) return fail('credentials');
  // "example.com." is the fully qualified spelling of example.com: one final dot is dropped.
  const typed = authority.replace(PORT, '').replace(/(?<=[^.])\.$/, '');
  if (!typed) return fail('empty');
  if (typed.split('.').some((label) => label === '')) return fail('empty-part');
  if (DIGITS_AND_DOTS.test(typed)) return IPV4.test(typed) ? { ok: true, host: typed } : fail('bad-address');
  // A last label of digits only is neither a domain ending nor part of a valid IPv4 address.
  if (/\.\d+$/.test(typed)) return fail('bad-address');
  let host: string;
  try {
    host = new URL(`https://${typed}`).hostname;
  } catch {
    return fail('not-a-host');
  }
  const problem = labelProblem(host);
  if (problem) return fail(problem);
  if (!host.includes('.') && !SINGLE_LABEL_HOSTS.has(host)) return fail('no-domain');
  return { ok: true, host };
}
