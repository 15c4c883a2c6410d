/**
 * The fengong command. Reads files, folders and stdin; writes JSON, NDJSON, CSV or Markdown
 * to stdout or next to --out; reports diagnostics on stderr. Never prints a stack trace.
 *
 * Only the argument reader loads up front: the parser, the emitters and the schema are imported
 * when a conversion needs them, so `fengong --version` and `--help` start as fast as node does.
 */
import { HELP, readArgs, UsageError } from './args';
import { version } from '../../package.json';

export async function main(argv: string[]): Promise<number> {
  let inputs: typeof import('./inputs') | undefined;
  try {
    const options = readArgs(argv);
    if (options.help) return write(process.stdout, HELP);
    if (options.version) return write(process.stdout, `${version}\n`);
    if (options.schema) {
      const { noticeJsonSchema } = await import('../model/json-schema');
      return write(process.stdout, `${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    }
    if (options.inputs.length === 0) {
      if (process.stdin.isTTY) throw new UsageError('no input: give a file, a folder, or - for stdin (see fengong --help)');
      options.inputs.push('-');
    }
    // Node's decoders and hash are plugged in by whichever thread converts (render.ts).
    const [loaded, { runBatch }] = await Promise.all([import('./inputs'), import('./batch')]);
    inputs = loaded;
    const files = await inputs.expandInputs(options.inputs, options.glob);
    if (files.length === 0) throw new UsageError(`no files matching ${options.glob} in ${options.inputs.join(', ')}`);
    return await runBatch(files, options);
  } catch (error) {
    if (error instanceof UsageError || (inputs && error instanceof inputs.InputError)) {
      process.stderr.write(`fengong: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`fengong: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

function write(stream: NodeJS.WriteStream, text: string): number {
  stream.write(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
