import { describe, expect, test } from 'vitest';
import { type HostProblem, checkHost } from '../../src/shared/host-name.js';

describe('checkHost: accepted, as stored', () => {
  test.each([
    ['news.example.com', 'news.example.com'],
    [' HTTPS://News.Example.com/path?q ', 'news.example.com'],
    ['http://news.example.com:8080/a#b', 'news.example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:4321/page.html', '127.0.0.1'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['a-b.example.co.uk', 'a-b.example.co.uk'],
    ['x.io', 'x.io'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('%j -> %j', (input, host) => {
    expect(checkHost(input)).toEqual({ ok: true, host });
  });
});

describe('checkHost: refused, with the reason a person can act on', () => {
  test.each<[unknown, HostProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://', 'empty'],
    ['.', 'empty-part'],
    ['..', 'empty-part'],
    ['a..b', 'empty-part'],
    ['.example.com', 'empty-part'],
    ['example..com', 'empty-part'],
    ['example.com..', 'empty-part'],
    ['-news.example.com', 'hyphen-edge'],
    ['news-.example.com', 'hyphen-edge'],
    [`${'a'.repeat(64)}.com`, 'too-long'],
    [`${'abcdefghi.'.repeat(26)}com`, 'too-long'],
    ['example', 'no-domain'],
    ['no-dot', 'no-domain'],
    ['reader@example.com', 'credentials'],
    ['https://user:pw@example.com/', 'credentials'],
    ['1.2.3', 'bad-address'],
    ['999.1.1.1', 'bad-address'],
    ['1.2.3.4.5', 'bad-address'],
    ['news.123', 'bad-address'],
    ['exa mple.com', 'not-a-host'],
    ['under_score.com', 'not-a-host'],
    ['*.example.com', 'not-a-host'],
    ['[::1]', 'not-a-host'],
    [42, 'not-a-host'],
    [null, 'not-a-host'],
  ])('%j: %s', (input, problem) => {
    expect(checkHost(input)).toEqual({ ok: false, problem });
  });
});
