/**
 * How the damaged-copy fixtures were made, so they can be checked and rebuilt: each is a clean
 * fixture put through the damage toolkit with a fixed seed. Their expected.json files were
 * reviewed by hand against the clean fixture's (same tasks; positions and raw texts differ).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brokenRows, damageAll, furniture, headersRemoved, ideographicGaps, makeRng, spaceGaps, toGb18030, widthMix } from './damage';

const clean = (name: string): string => readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', name, 'input.txt'), 'utf8');

export interface Recipe {
  name: string;
  from: string;
  make(): Uint8Array | string;
}

export const recipes: Recipe[] = [
  {
    name: 'mingxi-2023-16-ocr-gb18030',
    from: 'mingxi-2023-16',
    make: () => toGb18030(damageAll(clean('mingxi-2023-16'), 102)),
  },
  {
    name: 'city-five-columns-pdf-spaces',
    from: 'city-five-columns',
    make: () => {
      const rng = makeRng(202);
      return spaceGaps(furniture(brokenRows(clean('city-five-columns'), rng), rng), rng);
    },
  },
  {
    name: 'city-five-columns-no-header',
    from: 'city-five-columns',
    make: () => {
      const rng = makeRng(303);
      let text = headersRemoved(clean('city-five-columns'), rng);
      text = ideographicGaps(widthMix(text, rng), rng);
      return text.replace(/\n/g, '\r\n');
    },
  },
];
