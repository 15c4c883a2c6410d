/** Timing helpers: medians over interleaved rounds, process spawns, peak memory of a run. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const minimum = (values) => Math.min(...values.filter((value) => Number.isFinite(value)));

/** `rounds` calls of `round()`; each returns an object of times (ms). */
export function rounds(count, round) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(round(i));
  return out;
}

/**
 * Wall time of whole commands, interleaved (a, b, a, b, …) so a busy spell hits both; the
 * median of `count` runs each, after one warm-up run each (disk cache, compile cache).
 */
export function spawnTimes(commands, count) {
  const times = commands.map(() => []);
  for (let i = -1; i < count; i++) {
    commands.forEach(([file, args], k) => {
      const started = performance.now();
      const result = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'ignore'] });
      const elapsed = performance.now() - started;
      if (result.status !== 0 && result.status !== 1) throw new Error(`bench: ${file} ${args.join(' ')} exited ${result.status}`);
      if (i >= 0) times[k].push(elapsed);
    });
  }
  return times.map(median);
}

const TIME = '/usr/bin/time';

/**
 * Run a command once: wall time, exit code, peak resident memory of the process (worker
 * threads are in it) and its CPU time (all threads: V8's garbage collector and compiler
 * threads too). From /usr/bin/time -f '%M %U %S' when there is one, else peak memory from
 * sampling VmHWM (the kernel's high-water mark) in /proc and no CPU time.
 */
export function measureRun(file, args, options = {}) {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : file;
  const argv = withTime ? ['-f', 'fengong-bench-peak-kb %M cpu %U %S', file, ...args] : args;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    let sampledKb = 0;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.length > 1e6) stderr = stderr.slice(-1e5); // diagnostics: keep the tail only
    });
    const sampler = withTime
      ? null
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) sampledKb = Math.max(sampledKb, Number(hwm[1]));
          } catch {
            // gone already
          }
        }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (sampler) clearInterval(sampler);
      const peak = /fengong-bench-peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      const cpuS = peak ? Number(peak[2]) + Number(peak[3]) : NaN;
      resolve({ code, wallMs, cpuS, peakMb: (peak ? Number(peak[1]) : sampledKb) / 1024, stderrTail: stderr.slice(-2000) });
    });
  });
}

/**
 * How much two threads get done over one on this machine right now: the same pure-CPU loop in
 * one worker, then in two at once. 2.0 on two idle cores; less when other work shares them, and
 * then no batch can scale better than this.
 */
export async function parallelHeadroom() {
  const { Worker } = await import('node:worker_threads');
  const loop = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`;
  const timeThreads = (count) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      let left = count;
      for (let i = 0; i < count; i++) {
        const worker = new Worker(loop, { eval: true });
        worker.on('error', reject);
        worker.on('message', () => {
          void worker.terminate();
          if (--left === 0) resolve(performance.now() - started);
        });
      }
    });
  const one = await timeThreads(1);
  const two = await timeThreads(2);
  const again = await timeThreads(1);
  return (one + again) / two;
}
