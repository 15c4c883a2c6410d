/**
 * npm run bench: every figure of BENCHMARKS.md in one run, printed as Markdown tables.
 *
 *   node tests/bench/run.mjs [--quick] [--only seed,big,scaling,cli,batch]
 *                                        [--files 2000] [--pairs 3] [--big 10] [--json out.json] [--dist DIR]
 *
 * In-process figures are medians of interleaved rounds (floor, parse, emitters in turn), and
 * each is also given as a multiple of the floor measured in the same round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { bigNotice, project, seedPath } from './inputs.mjs';
import { BOUND, EMITTERS_ALONE, loadLibrary, pipelineRound, STAGES } from './stages.mjs';
import { median, minimum, parallelHeadroom, rounds, spawnTimes } from './timing.mjs';
import { runBatch, writeNotices } from './batch.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const quick = flag('quick');
const only = new Set((option('only', 'seed,big,scaling,cli,batch') ?? '').split(','));
const dist = path.resolve(option('dist', path.join(project, 'dist')));
const cli = path.join(dist, 'cli.js');
const settings = {
  warmRounds: quick ? 150 : 300,
  seedRounds: quick ? 30 : 150,
  bigMb: Number(option('big', quick ? 4 : 10)),
  bigRounds: quick ? 2 : 3,
  scaling: quick ? [[1, 3], [4, 2]] : [[1, 7], [4, 4], [16, 3]],
  spawns: quick ? 7 : 15,
  files: Number(option('files', quick ? 200 : 2000)),
  batchPairs: Number(option('pairs', quick ? 1 : 3)),
};

const MB = 1024 * 1024;
const results = { date: new Date().toISOString(), machine: machine(), settings, load: { start: loadavg() } };
const lib = await loadLibrary(dist);
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { cpu: model.trim(), cores: cpus().length, availableParallelism: availableParallelism(), node: process.version, platform: `${process.platform} ${process.arch}` };
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function table(head, rows) {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('');
}

/** Stage rows for one input: median ms, median ratio to the same round's floor, MB/s. */
function stageFigures(bytes, count, unvalidated) {
  const all = rounds(count, () => pipelineRound(lib, bytes, { unvalidated }));
  return STAGES.filter(([name]) => unvalidated || name !== 'parse, no validation').map(([name, of]) => {
    const ms = median(all.map(of));
    return { stage: name, ms, ratio: median(all.map((round) => of(round) / round.floor)), mbPerS: bytes.length / MB / (ms / 1000) };
  });
}

console.log(`# fengong bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC\n`);
const m = results.machine;
console.log(`${m.cpu}, ${m.cores} cores (availableParallelism ${m.availableParallelism}), Node ${m.node}, ${m.platform}; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);

// Warm the JIT on the seed first, so no figure pays for compiling: V8 takes 150–250 parses of
// the seed to reach its steady speed (the first 100 take 3× as long).
const seed = new Uint8Array(readFileSync(seedPath));
rounds(settings.warmRounds, () => pipelineRound(lib, seed, { unvalidated: true }));

if (only.has('seed') || only.has('big')) {
  const inputs = [];
  if (only.has('seed')) inputs.push({ name: `seed (${fixed(seed.length / 1024)} KB)`, bytes: seed, count: settings.seedRounds });
  if (only.has('big')) {
    const bytes = new TextEncoder().encode(bigNotice(settings.bigMb));
    inputs.push({ name: `${settings.bigMb} MB plan`, bytes, count: settings.bigRounds });
  }
  results.stages = {};
  for (const input of inputs) results.stages[input.name] = stageFigures(input.bytes, input.count, true);
  console.log(`## Stages (median of ${inputs.map((input) => `${input.count} rounds on the ${input.name.split(' (')[0]}`).join(', ')})\n`);
  const names = Object.keys(results.stages);
  table(
    ['stage', ...names.flatMap((name) => [`${name} ms`, '× floor', 'MB/s'])],
    results.stages[names[0]].map((row, i) => [row.stage, ...names.flatMap((name) => {
      const cell = results.stages[name][i];
      return [fixed(cell.ms, 2), fixed(cell.ratio), fixed(cell.mbPerS)];
    })]),
  );
}

if (only.has('scaling')) {
  results.scaling = [];
  for (const [megabytes, count] of settings.scaling) {
    const bytes = new TextEncoder().encode(bigNotice(megabytes));
    const all = rounds(count, () => pipelineRound(lib, bytes));
    const size = bytes.length / MB;
    // The fastest round of each size, as the guard takes: other work on the machine only ever
    // adds time, and a 16 MB round is long enough to catch more of it than a 1 MB one.
    const floorPerMb = minimum(all.map((round) => round.floor)) / size;
    const perMb = minimum(all.map((round) => round.parse + round.json)) / size;
    results.scaling.push({ megabytes: size, tasks: lib.parse(bytes).notice.tasks.length, floorPerMb, perMb, ratio: median(all.map((round) => (round.parse + round.json) / round.floor)) });
  }
  const base = results.scaling[0].perMb;
  console.log(`## Scaling: parse + JSON, time per MB (flat = linear; fastest of ${settings.scaling.map(([mb, count]) => `${count} at ${mb} MB`).join(', ')})\n`);
  table(
    ['input', 'tasks', 'floor ms/MB', 'parse + JSON ms/MB', '× floor', 'per MB vs 1 MB'],
    results.scaling.map((row) => [`${fixed(row.megabytes)} MB`, row.tasks, fixed(row.floorPerMb), fixed(row.perMb), fixed(row.ratio), `${fixed(row.perMb / base, 2)}×`]),
  );
}

if (only.has('cli')) {
  const [bare, version, single] = spawnTimes(
    [
      [process.execPath, ['-e', '0']],
      [process.execPath, [cli, '--version']],
      [process.execPath, [cli, seedPath, '-f', 'json', '--quiet']],
    ],
    settings.spawns,
  );
  results.cli = { bare, version, single };
  console.log(`## CLI start (median of ${settings.spawns} interleaved spawns)\n`);
  table(
    ['command', 'ms', '× node -e 0'],
    [
      ['node -e 0', fixed(bare), '1.0'],
      ['fengong --version', fixed(version), fixed(version / bare, 2)],
      ['fengong seed.txt -f json', fixed(single), fixed(single / bare, 2)],
    ],
  );
}

if (only.has('batch')) {
  const batch = writeNotices(settings.files);
  try {
    const share = batch.subfolders.slice(0, Math.max(1, batch.subfolders.length / 4));
    const half = Math.ceil(batch.subfolders.length / 2);
    const record = (name, run) => results.batch.runs.push({ name, files: run.files, wallS: run.wallMs / 1000, filesPerS: run.files / (run.wallMs / 1000), cpuS: run.cpuS, peakMb: run.peakMb });
    results.batch = { files: batch.count, megabytes: batch.bytes / MB, runs: [], pairs: [], headroom: [await parallelHeadroom()] };
    // One thread against two workers, in pairs of alternating order: other work on the machine
    // comes and goes over a minute, and each pair's ratio sees about the same of it.
    for (let pair = 0; pair < settings.batchPairs; pair++) {
      const times = {};
      for (const jobs of pair % 2 === 0 ? [1, 2] : [2, 1]) {
        const run = await runBatch(cli, batch, { jobs });
        record(jobs === 1 ? '1 thread (--jobs 1), CSV to a folder' : '2 workers (--jobs 2), CSV to a folder', run);
        times[jobs] = run.wallMs;
      }
      // What two cores give this work with nothing shared: two --jobs 1 processes at once, each on half the folders.
      const apart = await Promise.all([batch.subfolders.slice(0, half), batch.subfolders.slice(half)].map((inputs) => runBatch(cli, batch, { jobs: 1, inputs })));
      const apartMs = Math.max(...apart.map((run) => run.wallMs));
      record('two --jobs 1 processes at once, half the folders each', { files: apart[0].files + apart[1].files, wallMs: apartMs, cpuS: apart[0].cpuS + apart[1].cpuS, peakMb: Math.max(...apart.map((run) => run.peakMb)) });
      results.batch.pairs.push({ speedup: times[1] / times[2], apart: times[1] / apartMs });
    }
    const runs = [
      [`2 workers, a quarter of the files (${share.length}/${batch.subfolders.length} folders)`, { jobs: 2, inputs: share }],
      ['2 workers, NDJSON stream on stdout', { jobs: 2, format: 'ndjson', toStdout: true }],
      ['2 workers, one JSON array on stdout', { jobs: 2, format: 'json', toStdout: true }],
      ['2 workers, Markdown to a folder', { jobs: 2, format: 'md' }],
    ];
    for (const [name, options] of runs) record(name, await runBatch(cli, batch, options));
    results.batch.headroom.push(await parallelHeadroom());
  } finally {
    batch.remove();
  }
  results.batch.speedup = median(results.batch.pairs.map((pair) => pair.speedup));
  console.log(`## Batch: ${settings.files.toLocaleString('en')} notice files (${fixed(results.batch.megabytes)} MB), fengong DIR\n`);
  table(
    ['run', 'files', 'wall s', 'files/s', 'CPU s', 'cores used', 'peak RSS MB'],
    results.batch.runs.map((run) => [run.name, run.files, fixed(run.wallS, 2), fixed(run.filesPerS, 0), fixed(run.cpuS, 1), fixed(run.cpuS / run.wallS, 2), fixed(run.peakMb, 0)]),
  );
  console.log(`The machine's parallel headroom (a pure-CPU loop, two threads over one) was ${results.batch.headroom.map((x) => `${fixed(x, 2)}×`).join(' before, ')} after the runs: no batch scales better than that.`);
  const pairs = results.batch.pairs;
  console.log(`Two workers over one thread, pair by pair: ${pairs.map((pair) => `${fixed(pair.speedup, 2)}×`).join(', ')} (median ${fixed(results.batch.speedup, 2)}×); two separate processes over one thread: ${pairs.map((pair) => `${fixed(pair.apart, 2)}×`).join(', ')}.`);
  // One thread already keeps part of the second core busy (V8's garbage collector and
  // compiler threads): two cores can then do at most 2 / cores-used better, at equal CPU time.
  const one = results.batch.runs.find((run) => run.name.startsWith('1 thread'));
  const two = results.batch.runs.find((run) => run.name.startsWith('2 workers (--jobs 2)'));
  results.batch.cpuCeiling = (2 * one.wallS) / one.cpuS;
  console.log(`One thread used ${fixed(one.cpuS / one.wallS, 2)} cores (CPU ${fixed(one.cpuS, 1)} s in ${fixed(one.wallS, 1)} s), so at equal CPU time two cores can make it at most ${fixed(results.batch.cpuCeiling, 2)}× faster; two workers took ${fixed(two.cpuS / one.cpuS, 2)}× its CPU time.\n`);
}

results.load.end = loadavg();
console.log(`load average at end ${results.load.end.map((x) => x.toFixed(2)).join(' ')}\n`);
printTargets();
const jsonOut = option('json', null);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);

function printTargets() {
  const rows = [];
  const check = (target, value, ok) => rows.push([target, value, ok === null ? '–' : ok ? 'yes' : '**no**']);
  for (const [name, rows] of Object.entries(results.stages ?? {})) {
    const at = (stage) => rows.find((row) => row.stage === stage).ratio;
    const bound = `; the output bound alone: ${fixed(at(BOUND))}×`;
    check(`parse + JSON within 3× the floor (${name.split(' (')[0]})`, `${fixed(at('parse + JSON (compact)'))}×${bound}`, at('parse + JSON (compact)') <= 3);
    check(`all emitters within 5× the floor (${name.split(' (')[0]})`, `${fixed(at('+ Markdown (all emitters)'))}×; the emitters alone: ${fixed(at(EMITTERS_ALONE))}×`, at('+ Markdown (all emitters)') <= 5);
  }
  if (results.scaling?.length > 1) {
    const last = results.scaling.at(-1);
    const ratio = last.perMb / results.scaling[0].perMb;
    check(`time per MB at ${fixed(last.megabytes, 0)} MB within 1.2× of 1 MB`, `${fixed(ratio, 2)}×`, ratio <= 1.2);
  }
  if (results.cli) check('CLI cold start within 3× node -e 0', `${fixed(results.cli.version / results.cli.bare, 2)}×`, results.cli.version / results.cli.bare <= 3);
  if (results.batch) {
    const apart = median(results.batch.pairs.map((pair) => pair.apart));
    check('batch: 2 workers at least 1.6× faster than 1', `${fixed(results.batch.speedup, 2)}× (median of ${results.batch.pairs.length}; two separate processes: ${fixed(apart, 2)}×)`, results.batch.speedup >= 1.6);
    const peak = Math.max(...results.batch.runs.map((run) => run.peakMb));
    check('batch: peak memory under 200 MB', `${fixed(peak, 0)} MB`, peak < 200);
  }
  results.targets = rows;
  console.log('## Targets (issue 6)\n');
  table(['target', 'measured', 'met'], rows);
}
