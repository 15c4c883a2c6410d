/**
 * Where the time goes: a CPU profile of parse + every emitter on a big plan, folded by function
 * and by source line, mapped back to src/ through the build's source maps.
 *
 *   npm run build && node tests/bench/profile.mjs [MB=4] [--top 40] [--stage parse|emit|all] [--dist DIR]
 *   npm run build && node tests/bench/profile.mjs --seed 400 [--stage …]   (the seed, 400 times)
 *
 * Self time is also summed by source file (units and deadlines as one each).
 */
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bigNotice, project, seedPath } from './inputs.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const megabytes = Number(args.find((arg) => /^\d+(\.\d+)?$/.test(arg)) ?? 4);
const top = Number(option('top', 40));
const stage = option('stage', 'all');

const dist = path.resolve(option('dist', path.join(project, 'dist')));
const lib = await import(pathToFileURL(path.join(dist, 'node.js')).href);
const seedRepeats = Number(option('seed', 0));
const bytes = seedRepeats > 0 ? new Uint8Array(readFileSync(seedPath)) : new TextEncoder().encode(bigNotice(megabytes));
const repeats = Math.max(1, seedRepeats);
// Warm up so the profile shows steady-state code, not the first compile (the seed: 300 parses).
if (seedRepeats > 0) for (let i = 0; i < 300; i++) lib.parse(bytes);
else lib.parse(bytes.subarray(0, 200_000));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
let notice;
if (stage === 'emit') notice = lib.parse(bytes).notice;
const emitAll = () => {
  lib.toJson(notice);
  lib.toCsv(notice);
  lib.toCsv(notice, { table: 'assignments' });
  lib.toMarkdown(notice);
};
await session.post('Profiler.start');
const started = performance.now();
for (let i = 0; i < repeats; i++) {
  if (stage !== 'emit') notice = lib.parse(bytes).notice;
  if (stage !== 'parse') emitAll();
}
const wall = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const maps = new Map();
function sourceMapFor(url) {
  if (!url.startsWith('file:')) return null;
  if (!maps.has(url)) {
    try {
      maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8'))));
    } catch {
      maps.set(url, null);
    }
  }
  return maps.get(url);
}
function where(url, line, column) {
  const map = sourceMapFor(url);
  const entry = map?.findEntry(line, column);
  if (entry?.originalSource) {
    const file = entry.originalSource.replace(/^.*?(src\/|node_modules\/)/, '$1');
    return `${file}:${entry.originalLine + 1}`;
  }
  return url ? `${path.basename(url)}:${line + 1}` : '(native)';
}

const total = profile.samples.length;
const ms = (samples) => (samples / total) * wall;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const sampleCount = new Map();
for (const id of profile.samples) sampleCount.set(id, (sampleCount.get(id) ?? 0) + 1);

const selfByFunction = new Map();
const totalByFunction = new Map();
const selfByLine = new Map();
const frameKey = ({ functionName, url, lineNumber, columnNumber }) => `${functionName || '(anonymous)'}  ${where(url, lineNumber, columnNumber)}`;
for (const [id, count] of sampleCount) {
  const node = byId.get(id);
  const key = frameKey(node.callFrame);
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + count);
  // Inclusive: once per distinct function on the stack (recursion counted once).
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const frame = frameKey(byId.get(at).callFrame);
    if (!seen.has(frame)) totalByFunction.set(frame, (totalByFunction.get(frame) ?? 0) + count), seen.add(frame);
  }
}
for (const node of profile.nodes) {
  for (const tick of node.positionTicks ?? []) {
    const key = where(node.callFrame.url, tick.line - 1, 0);
    selfByLine.set(key, (selfByLine.get(key) ?? 0) + tick.ticks);
  }
}

function table(title, counts) {
  console.log(`\n${title}`);
  const rows = [...counts].filter(([key]) => !/^\((root|program|idle)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, count] of rows) console.log(`${ms(count).toFixed(1).padStart(9)} ms ${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
}
console.log(`profile: ${seedRepeats > 0 ? `the seed × ${seedRepeats}` : `${(bytes.length / 1048576).toFixed(1)} MB`}, stage ${stage}, ${notice.tasks.length} tasks, ${wall.toFixed(0)} ms wall`);
table('self time by function', selfByFunction);
table('inclusive time by function', totalByFunction);
table('self time by source line', selfByLine);

const selfByFile = new Map();
for (const [key, count] of selfByFunction) {
  const file = (/\s(\S+):\d+$/.exec(key)?.[1] ?? key).replace(/^src\/extract\/(units|deadlines)\/.*/, 'src/extract/$1/*');
  selfByFile.set(file, (selfByFile.get(file) ?? 0) + count);
}
table('self time by source file', selfByFile);
