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
  return files;
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
