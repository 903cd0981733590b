/**
 * `npm run analyze`: what the extension sees on a page, in the terminal. The pipeline is loaded
 * once for all inputs; a bad input yields an error line and the batch goes on (exit code 1).
 */
import type { AnalysisError, AnalysisJson } from '../node/analysis-json.js';
import { analyzeHtml, analyzePlainText } from '../node/pipeline.js';
import { type CliArgs, USAGE, UsageError, parseCliArgs } from './args.js';
import { readInput } from './read-input.js';
import { formatError, formatReport, makeStyle } from './report.js';

type Result = AnalysisJson | AnalysisError;

async function analyzeOne(input: string, args: CliArgs): Promise<Result> {
  try {
    const loaded = await readInput(input, args.url);
    const options = { sentences: args.sentences };
    return loaded.kind === 'text'
      ? analyzePlainText(loaded.content, input, loaded.url, options)
      : analyzeHtml(loaded.content, input, loaded.url, options);
  } catch (error) {
    return { file: input, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message ? `${message}\n\n${USAGE}` : USAGE);
    return error instanceof UsageError && !message ? 0 : 2;
  }
  const style = makeStyle(process.stdout.isTTY === true && !process.env.NO_COLOR);
  const results: Result[] = [];
  for (const input of args.inputs) {
    const result = await analyzeOne(input, args);
    results.push(result);
    if (args.format === 'jsonl') process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (args.format === 'report') {
      if (results.length > 1) console.log(`\n${'─'.repeat(72)}\n`);
      console.log('error' in result ? formatError(result, style) : formatReport(result, style));
    }
  }
  if (args.format === 'json') console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return results.some((r) => 'error' in r) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
