/**
 * npm run bench:guard (CI, after npm test): fails only on a gross regression, judged by ratios
 * measured in this run, never by absolute time, so a slow or busy machine does not trip it.
 * About 20–30 s on 2 cores. Figures and how they were taken: BENCHMARKS.md.
 *
 *   node tests/bench/guard.mjs [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bigNotice, project, seedPath } from './inputs.mjs';
import { loadLibrary, pipelineRound } from './stages.mjs';
import { median, minimum, rounds } from './timing.mjs';
import { spawnSync } from 'node:child_process';

/**
 * The limits. Today (BENCHMARKS.md) parse + JSON costs about 9–12× the floor and all emitters
 * 25–37×: these limits sit about 3× above that, so only a gross regression (a quadratic step, a
 * validation run twice, an emitter escaping each cell many times) trips them, not a busy machine.
 */
const LIMITS = {
  parseJson: 36,
  allEmitters: 110,
  /** Time per MB at 16 MB over that at 1 MB: 1.0 is linear; a quadratic step shows as 3× and more. */
  perMbGrowth: 2,
  /** `fengong --version` over `node -e 0`: the CLI loads the parser only when it converts. */
  coldStart: 4,
};

const args = process.argv.slice(2);
const dist = path.resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1] : path.join(project, 'dist'));
const lib = await loadLibrary(dist);
const started = performance.now();
const failures = [];
const report = (name, value, limit, unit = '×') => {
  const ok = value <= limit;
  if (!ok) failures.push(name);
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}: ${value.toFixed(2)}${unit} (limit ${limit}${unit})`);
};

// Warm the JIT first, so no ratio pays for compiling (V8 needs 150–250 parses of the seed for its steady speed).
const seed = new Uint8Array(readFileSync(seedPath));
rounds(100, () => pipelineRound(lib, seed));

// 1 MB and 16 MB in turn; per MB, the fastest round of each (noise only ever adds time).
const small = new TextEncoder().encode(bigNotice(1));
const large = new TextEncoder().encode(bigNotice(16));
const smallRounds = [];
const largeRounds = [];
for (let i = 0; i < 2; i++) {
  smallRounds.push(...rounds(2, () => pipelineRound(lib, small)));
  largeRounds.push(pipelineRound(lib, large, { emitters: false }));
}
report('parse + JSON / floor', median([...smallRounds, ...largeRounds].map((r) => (r.parse + r.json) / r.floor)), LIMITS.parseJson);
report('parse + all emitters / floor', median(smallRounds.map((r) => (r.parse + r.json + r.csv + r.md) / r.floor)), LIMITS.allEmitters);
const perMb = (list, bytes) => minimum(list.map((r) => r.parse + r.json)) / (bytes.length / 1048576);
report('time per MB, 16 MB / 1 MB', perMb(largeRounds, large) / perMb(smallRounds, small), LIMITS.perMbGrowth);

const spawnMs = (argv) => {
  const at = performance.now();
  const { status } = spawnSync(process.execPath, argv, { stdio: 'ignore' });
  if (status !== 0) throw new Error(`bench guard: node ${argv.join(' ')} exited ${status}`);
  return performance.now() - at;
};
const bare = [];
const version = [];
for (let i = 0; i < 8; i++) {
  bare.push(spawnMs(['-e', '0']));
  version.push(spawnMs([path.join(dist, 'cli.js'), '--version']));
}
report('fengong --version / node -e 0', minimum(version.slice(1)) / minimum(bare.slice(1)), LIMITS.coldStart);

console.log(`bench guard: ${failures.length === 0 ? 'passed' : `FAILED (${failures.join(', ')})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failures.length === 0 ? 0 : 1;
