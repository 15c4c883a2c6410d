/** The CLI's inputs: files, folders searched recursively with a glob, and stdin ("-"). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

export interface InputFile {
  /** Path as the user will recognise it, or "-" for stdin. */
  path: string;
  /** Path relative to the folder it was found in (for mirroring), or the base name. */
  relative: string;
}

export class InputError extends Error {}

export async function expandInputs(inputs: string[], glob: string): Promise<InputFile[]> {
  const isMatch = picomatch(glob, { dot: false, basename: !glob.includes('/') });
  const files: InputFile[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', relative: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(`${input}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const found = await walk(input);
      for (const file of found.sort()) {
        const relative = path.relative(input, file);
        if (isMatch(relative.split(path.sep).join('/'))) files.push({ path: file, relative });
      }
    } else files.push({ path: input, relative: path.basename(input) });
  }
  return withDistinctNames(files);
}

/**
 * Outputs are named after inputs' relative names; two inputs with the same name (d1/a.txt,
 * d2/a.txt) would write one output. Then every name becomes its path below the inputs'
 * common folder, which tells them apart.
 */
function withDistinctNames(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  const clash = files.some((file) => {
    const key = file.relative.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
  const onDisk = files.filter((file) => file.path !== '-');
  if (!clash || onDisk.length === 0) return files;
  const folders = onDisk.map((file) => path.dirname(path.resolve(file.path)).split(path.sep));
  const common = folders.reduce((shared, parts) => shared.slice(0, commonLength(shared, parts)));
  const base = common.join(path.sep) || path.sep;
  return files.map((file) => (file.path === '-' ? file : { ...file, relative: path.relative(base, path.resolve(file.path)) }));
}

function commonLength(a: string[], b: string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as { path: string }).path, entry.name));
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
