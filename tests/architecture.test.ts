/**
 * The pipeline runs one way: decode → lines → lexicon → classify → tree → extract → compile →
 * model → emit → node. An earlier stage never imports a later one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '..', 'src');
/** What each stage may not import (the stages after it). */
const LATER: Record<string, string[]> = {
  decode: ['lines', 'lexicon', 'classify', 'tree', 'extract', 'compile', 'emit', 'node', 'unified'],
  lines: ['classify', 'tree', 'extract', 'compile', 'emit', 'node', 'unified'],
  lexicon: ['classify', 'tree', 'extract', 'compile', 'emit', 'node', 'unified'],
  classify: ['tree', 'extract', 'compile', 'emit', 'node', 'unified'],
  tree: ['extract', 'compile', 'emit', 'node', 'unified'],
  extract: ['tree', 'compile', 'emit', 'node', 'unified'],
  compile: ['emit', 'node', 'unified'],
  model: ['lines', 'classify', 'tree', 'extract', 'compile', 'emit', 'node', 'unified'],
  emit: ['node', 'unified', 'compile', 'tree'],
};

function importsOf(folder: string): { file: string; target: string }[] {
  const dir = path.join(src, folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => ({
        file: `${folder}/${file}`,
        target: path.relative(src, path.resolve(path.dirname(path.join(dir, file)), match[1]!)).split(path.sep)[0]!,
      }));
    });
}

describe('imports follow the pipeline', () => {
  for (const [stage, later] of Object.entries(LATER)) {
    it(`${stage} imports no later stage`, () => {
      const wrong = importsOf(stage).filter(({ target }) => later.includes(target));
      expect(wrong).toEqual([]);
    });
  }
});
