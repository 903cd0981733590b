import { describe, expect, it } from 'vitest';
import { UsageError, parseCliArgs } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('defaults to a readable report with 3 sentences', () => {
    expect(parseCliArgs(['a.html'])).toEqual({ inputs: ['a.html'], url: null, sentences: 3, format: 'report' });
  });

  it.each([
    [['--json', 'a.html'], 'json'],
    [['--jsonl', 'a.html', 'b.txt'], 'jsonl'],
  ])('%j -> %s', (argv, format) => {
    expect(parseCliArgs(argv).format).toBe(format);
  });

  it('reads --url and --sentences', () => {
    expect(parseCliArgs(['--url', 'https://example.com/x', '--sentences', '5', 'a.html'])).toMatchObject({
      url: 'https://example.com/x',
      sentences: 5,
    });
  });

  it.each([
    [[], /at least one/],
    [['--json', '--jsonl', 'a.html'], /exclude/],
    [['--url', 'https://x.test/', 'a.html', 'b.html'], /single file/],
    [['--sentences', 'many', 'a.html'], /whole number/],
    [['--sentences', '0', 'a.html'], /whole number/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
