/** A progress bar on stderr for long batches in a terminal; silent otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(name: string): void;
  /** Print a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

const MIN_FILES_FOR_BAR = 5;

export function createProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || total < MIN_FILES_FOR_BAR) {
    return { tick: () => {}, log: (line) => void (quiet || process.stderr.write(`${line}\n`)), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'fengong [{bar}] {value}/{total} files  {name}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { name: '' });
  return {
    tick: (name) => bar.increment(1, { name: name.length > 40 ? `…${name.slice(-39)}` : name }),
    log: (line) => {
      process.stderr.write(`\r\x1b[K${line}\n`);
      (bar as unknown as { render(): void }).render();
    },
    stop: () => bar.stop(),
  };
}
