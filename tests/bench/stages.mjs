/**
 * What is timed. The floor is the least work any parser of this text must do: decode the bytes,
 * split lines, test each line against one row pattern, build one object per line, and
 * JSON.stringify the lot. Every other figure is read as a multiple of it, measured in the same
 * run on the same bytes, so the ratios hold on a slow or busy machine.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { project } from './inputs.mjs';

const ROW = /^(\d+)\t([^\t]*)\t([^\t]*)\t([^\t]*)/;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function floor(bytes) {
  const text = decoder.decode(bytes);
  const lines = text.split('\n');
  const rows = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const row = ROW.exec(lines[i]);
    rows[i] = row ? { line: i + 1, number: Number(row[1]), text: row[2], units: row[3], deadline: row[4] } : { line: i + 1, text: lines[i] };
  }
  return JSON.stringify(rows);
}

/** The built library as Node loads it (dist/node.js, the "node" export condition; or in `dist` given). */
export async function loadLibrary(dist = path.join(project, 'dist')) {
  return import(pathToFileURL(path.join(dist, 'node.js')).href);
}

const time = (fn) => {
  const started = performance.now();
  const value = fn();
  return [performance.now() - started, value];
};

/**
 * One round over `bytes`: the floor, then parse and each emitter in turn on the parsed notice
 * (the cumulative rows add them up: parse + JSON, + both CSV tables, + Markdown).
 * `unvalidated`: also time parse without the zod check, to show what validation costs;
 * `emitters: false`: stop after JSON.
 */
export function pipelineRound(lib, bytes, { unvalidated = false, emitters = true } = {}) {
  // No forced gc() between stages: a full collection empties the young generation, and the
  // next stage then pays for growing it again (2–3× slower on the seed).
  const out = {};
  [out.floor] = time(() => floor(bytes));
  let notice;
  [out.parse, { notice }] = time(() => lib.parse(bytes));
  // Compact, as the floor's JSON.stringify (the CLI's -f json indents: about 1.5× the time).
  [out.json] = time(() => lib.toJson(notice, { pretty: false }));
  // What this output costs before any parsing: decoding as parse does (with the SHA-256 that
  // source.sha256 holds) and serializing the finished model. No parser of this model can be
  // faster than this, which is why it is shown beside the floor.
  [out.decode] = time(() => lib.decode(bytes));
  out.bound = out.decode + out.json;
  if (!emitters) return out;
  [out.csv] = time(() => {
    lib.toCsv(notice, { table: 'tasks' });
    lib.toCsv(notice, { table: 'assignments' });
  });
  [out.md] = time(() => lib.toMarkdown(notice));
  if (unvalidated) {
    notice = null;
    [out.unvalidated] = time(() => lib.parse(bytes, { validate: false }));
  }
  return out;
}

/** The rows of the stage table, each a function of one round's times. */
/** Row names the targets table reads. */
export const BOUND = 'output bound: decode + JSON of the model, no parsing';
export const EMITTERS_ALONE = 'the emitters alone, given the model';

export const STAGES = [
  ['floor', (r) => r.floor],
  [BOUND, (r) => r.bound],
  ['parse', (r) => r.parse],
  ['parse, no validation', (r) => r.unvalidated],
  ['parse + JSON (compact)', (r) => r.parse + r.json],
  ['+ CSV (both tables)', (r) => r.parse + r.json + r.csv],
  ['+ Markdown (all emitters)', (r) => r.parse + r.json + r.csv + r.md],
  [EMITTERS_ALONE, (r) => r.json + r.csv + r.md],
];
