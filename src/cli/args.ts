/** `npm run analyze -- [--url URL] [--sentences N] [--json | --jsonl] FILE_OR_URL...` */
import { parseArgs } from 'node:util';

export type OutputFormat = 'report' | 'json' | 'jsonl';

export interface CliArgs {
  inputs: string[];
  url: string | null;
  sentences: number;
  format: OutputFormat;
}

export const USAGE = `Usage: npm run analyze -- [--url URL] [--sentences N] [--json | --jsonl] FILE_OR_URL...

  FILE_OR_URL   an .html/.htm/.html.gz page, a .txt article, or an http(s) URL
  --url URL     the page's address, for a single file (default: its file:// path)
  --sentences N summary length, 1 to 10 (default 3; the popup offers 3 to 5)
  --json        one JSON object (an array of them for several inputs)
  --jsonl       one JSON object per input, one per line, in input order
  -h, --help    this text`;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      sentences: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError('');
  if (positionals.length === 0) throw new UsageError('Give at least one file or URL.');
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl exclude each other.');
  if (values.url !== undefined && positionals.length > 1) throw new UsageError('--url names the address of a single file.');
  const sentences = values.sentences === undefined ? 3 : Number(values.sentences);
  if (!Number.isInteger(sentences) || sentences < 1 || sentences > 10) throw new UsageError('--sentences takes a whole number from 1 to 10.');
  return {
    inputs: positionals,
    url: values.url ?? null,
    sentences,
    format: values.jsonl ? 'jsonl' : values.json ? 'json' : 'report',
  };
}

export class UsageError extends Error {}
