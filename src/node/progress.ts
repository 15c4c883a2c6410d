/** A progress bar on stderr for long batches in a terminal; silent otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(name: string): void;
  /** Print a diagnostic line without tearing the bar; nothing with --quiet. */
  log(line: string): void;
  /** Print a line that explains a failing exit code: shown even with --quiet. */
  error(line: string): void;
  stop(): void;
}

const MIN_FILES_FOR_BAR = 5;

export function createProgress(total: number, quiet: boolean): Progress {
  const print = (line: string): void => void process.stderr.write(`${line}\n`);
  if (quiet || !process.stderr.isTTY || total < MIN_FILES_FOR_BAR) {
    return { tick: () => {}, log: (line) => void (quiet || print(line)), error: print, stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'fengong [{bar}] {value}/{total} files  {name}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { name: '' });
  const above = (line: string): void => {
    process.stderr.write(`\r\x1b[K${line}\n`);
    (bar as unknown as { render(): void }).render();
  };
  return {
    tick: (name) => bar.increment(1, { name: name.length > 40 ? `…${name.slice(-39)}` : name }),
    log: above,
    error: above,
    stop: () => bar.stop(),
  };
}
