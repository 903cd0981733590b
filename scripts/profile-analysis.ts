/**
 * Where analyzeText's time goes on the speed bench's 1,500-word texts: a V8 CPU profile of
 * ROUNDS passes over the 40 texts after warm-up (taken in-process with node:inspector, so the
 * warm-up and the corpus loading are not in it), printed as the functions with the most self
 * time and the src/ functions with the most total time (self + callees, recursion counted once).
 * Run: npx tsx scripts/profile-analysis.ts [rows]   (PRECIS_CORPUS picks the corpus;
 * PRECIS_PROFILE_OUT=file.cpuprofile also writes the profile for Chrome DevTools)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { ProfileTree, type Profile } from '../bench/chromium/cpu-profile.js';
import { speedTexts } from '../bench/nlp/speed.js';
import { analyzeText } from '../src/core/analyze-text.js';

/** Enough passes for ~10,000 samples at the 100 µs interval below, so a 1% item is ~100 samples. */
const ROUNDS = 25;
const WARM_UP_ROUNDS = 3;
const SAMPLE_INTERVAL_US = 100;
const DEFAULT_ROWS = 25;

const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const texts = speedTexts(corpus)?.texts;
if (!texts?.length) throw new Error(`no speed texts under ${corpus}`);
const rows = Number(process.argv[2] ?? DEFAULT_ROWS);

for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const t of texts) analyzeText(t);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
await session.post('Profiler.start');
for (let r = 0; r < ROUNDS; r++) for (const t of texts) analyzeText(t);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
if (process.env.PRECIS_PROFILE_OUT) writeFileSync(process.env.PRECIS_PROFILE_OUT, JSON.stringify(profile));

const tree = new ProfileTree(profile);
const label = (id: number): string => {
  const f = tree.byId.get(id)!.callFrame;
  const file = f.url.replace(/^.*\/(src|node_modules)\//, '$1/');
  return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const name = label(id);
  self.set(name, (self.get(name) ?? 0) + dt);
  const seen = new Set<string>();
  for (const node of tree.stack(id)) {
    if (!node.callFrame.url || node.callFrame.url.startsWith('node:')) continue;
    const n = label(node.id);
    if (seen.has(n)) continue;
    seen.add(n);
    total.set(n, (total.get(n) ?? 0) + dt);
  }
});
const perText = (us: number) => `${(us / 1000 / (ROUNDS * texts.length)).toFixed(3)} ms/text`;
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * us) / all).toFixed(1).padStart(5)}%  ${perText(us).padStart(16)}  ${name}`);
  }
};
console.log(`${texts.length} texts x ${ROUNDS} rounds: ${perText(all)} sampled`);
print('self time', self);
print('total time (our functions)', total);
