/** workerCount (src/node/batch.ts): threads only where they pay for their start. */
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/node/batch';

const MB = 1024 * 1024;
const files = (count: number) => Array.from({ length: count }, (_, i) => ({ path: `in/n-${i}.txt`, relative: `n-${i}.txt` }));
const machine = (cores: number, bytesEach: number) => ({ cores, sizeOf: () => bytesEach });

describe('workerCount: workers only where they pay for their start', () => {
  it('converts a few files, or stdin, on the main thread', () => {
    expect(workerCount(files(15), 0, machine(8, 100 * MB))).toBe(1);
    expect(workerCount([...files(40), { path: '-', relative: '-' }], 4, machine(8, 100 * MB))).toBe(1);
  });

  it('takes --jobs as asked, never more threads than files', () => {
    expect(workerCount(files(20), 2, machine(2, 1000))).toBe(2);
    expect(workerCount(files(20), 64, machine(2, 1000))).toBe(20);
    expect(workerCount(files(20), 1, machine(8, 100 * MB))).toBe(1);
  });

  it('without --jobs, gives each worker at least 24 MB of input (a worker costs seconds of compiling)', () => {
    // 500 notices of 29 KB (14 MB): two workers were slower than one thread on 2 cores.
    expect(workerCount(files(500), 0, machine(2, 29 * 1024))).toBe(1);
    expect(workerCount(files(2000), 0, machine(2, 29 * 1024))).toBe(2); // 56 MB
    expect(workerCount(files(2000), 0, machine(8, 29 * 1024))).toBe(2); // 56 MB: two of eight cores
    expect(workerCount(files(100), 0, machine(8, 5 * MB))).toBe(8); // 500 MB
    expect(workerCount(files(100), 0, machine(1, 5 * MB))).toBe(1);
  });

  it('stats only until the input is big enough for every core', () => {
    let stats = 0;
    const sizeOf = () => (stats++, 30 * MB);
    expect(workerCount(files(1000), 0, { cores: 2, sizeOf })).toBe(2);
    expect(stats).toBe(2);
  });
});
