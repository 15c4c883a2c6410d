/** Command-line options, read and checked once; everything after this trusts them. */
import { parseArgs } from 'node:util';
import { normalizeEncodingName, type EncodingName } from '../decode/names';
import { CSV_TABLES, type CsvTable } from '../emit/csv-columns';

/** The library's default (64 MiB); kept here so `--version` loads no decoder. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type Format = 'json' | 'ndjson' | 'csv' | 'md';

export type Table = CsvTable;

export interface CliOptions {
  inputs: string[];
  format: Format;
  out: string | null;
  encoding: 'auto' | EncodingName;
  outEncoding: 'utf8' | 'gb18030';
  table: Table;
  bom: boolean;
  glob: string;
  force: boolean;
  quiet: boolean;
  frail: boolean;
  jobs: number;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  help: boolean;
  version: boolean;
  schema: boolean;
}

export class UsageError extends Error {}

const FORMATS: Format[] = ['json', 'ndjson', 'csv', 'md'];
const FORMAT_ALIASES: Record<string, Format> = { markdown: 'md', jsonl: 'ndjson' };

export function readArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        encoding: { type: 'string', short: 'e', default: 'auto' },
        'out-encoding': { type: 'string', default: 'utf8' },
        table: { type: 'string', short: 't', default: 'tasks' },
        'no-bom': { type: 'boolean', default: false },
        glob: { type: 'string', default: '**/*.txt' },
        force: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        frail: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        schema: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const format = FORMAT_ALIASES[values.format!] ?? (values.format as Format);
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${values.format}': use json, ndjson, csv or md`);
  if (!(CSV_TABLES as readonly string[]).includes(values.table)) {
    throw new UsageError(`unknown --table '${values.table}': use ${CSV_TABLES.join(', ')}`);
  }
  const outEncoding = values['out-encoding']!.toLowerCase().replace(/[-_]/g, '');
  if (!['utf8', 'gb18030', 'gbk'].includes(outEncoding)) {
    throw new UsageError(`unknown --out-encoding '${values['out-encoding']}': use utf8 or gb18030`);
  }
  const jobs = values.jobs === undefined ? 0 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs takes a whole number, not '${values.jobs}'`);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : readSize(values['max-bytes']);
  let encoding: CliOptions['encoding'] = 'auto';
  if (values.encoding !== 'auto') {
    try {
      encoding = normalizeEncodingName(values.encoding!);
    } catch {
      throw new UsageError(`unknown --encoding '${values.encoding}': use auto, utf8, gb18030, big5, utf16le or utf16be`);
    }
  }
  return {
    inputs: positionals,
    format,
    out: values.out ?? null,
    encoding,
    outEncoding: outEncoding === 'utf8' ? 'utf8' : 'gb18030',
    table: values.table as Table,
    bom: !values['no-bom'],
    glob: values.glob!,
    force: values.force!,
    quiet: values.quiet!,
    frail: values.frail!,
    jobs,
    maxBytes,
    help: values.help!,
    version: values.version!,
    schema: values.schema!,
  };
}

/** 64M, 500k, 1048576 → bytes. */
function readSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kmg]?)i?b?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-bytes takes a size such as 64M or 500k, not '${text}'`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(match[1]) * scale);
}

export const HELP = `fengong — turn Chinese task-division notices (分工方案) into JSON, CSV or Markdown

Usage
  fengong [FILE|DIR|-]... [options]

Options
  -f, --format json|ndjson|csv|md   output format (default json)
  -t, --table tasks|assignments|notices|diagnostics
                                    CSV: one row per task (default), task × unit, notice or diagnostic
  -o, --out PATH                    write to PATH: a file for one input, a folder for several
  -e, --encoding auto|utf8|gb18030|big5|utf16le|utf16be   input encoding (default auto)
      --out-encoding utf8|gb18030   encoding of written output (default utf8)
      --no-bom                      CSV without the UTF-8 BOM Excel needs (for pipelines)
      --glob PATTERN                files to take from folders (default **/*.txt)
      --force                       overwrite existing outputs
  -j, --jobs N                      parallel workers for a batch (default: one per core with
                                    24 MB of input each; a smaller batch runs on one thread)
      --max-bytes SIZE              refuse larger inputs (default 64M; e.g. 500k, 200M)
  -q, --quiet                       no diagnostics, no summary; errors still set the exit code
      --frail                       warnings fail the run too (exit 1)
      --schema                      print the JSON Schema of the output and exit
  -h, --help                        this help
  -v, --version                     the version

Exit codes: 0 ok, 1 error diagnostics (or warnings with --frail), 2 usage error or unreadable input.

Examples
  fengong notice.txt                                   # JSON on stdout
  fengong notice.txt -f csv -t assignments -o tasks.csv   # one row per task × unit, for Excel
  fengong notices/ -f csv -o out/                      # a folder: one CSV per notice
  fengong notices/ -f ndjson > all.ndjson              # every task of every notice, one per line
  cat notice.txt | fengong - -f md                     # Markdown from stdin
`;
