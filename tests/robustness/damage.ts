/**
 * A damage toolkit: each function takes a clean notice (tab-separated table rows, "\n" line
 * endings) and returns the kind of copy people actually have — what a PDF viewer, an OCR engine
 * or an old office PC makes of it. Every damage is deterministic for a seed, so a failing case
 * can be replayed: `damage(text, 'furniture', 7)`.
 *
 * The damages keep the notice's meaning: the same tasks, units and deadlines can be read from
 * the damaged copy by a person. They only touch what a real copy changes (gaps, widths, page
 * furniture, line breaks), never the words.
 */
import iconv from 'iconv-lite';
import { makeRng, type Damage } from './damage-base';
import { cjkSpaces, ideographicGaps, letterSpacing, ruledBorders, singleTabGaps, spaceGaps, tightGaps, widthMix } from './damage-text';
import { brokenRows, continuedTables, furniture, gluedNumbers, headersRelaid, headersRemoved, splitNumbers } from './damage-layout';

export { makeRng, isRow, isHeader, type Damage, type Rng } from './damage-base';
export { cjkSpaces, ideographicGaps, letterSpacing, ruledBorders, singleTabGaps, spaceGaps, tightGaps, widthMix } from './damage-text';
export { brokenRows, continuedTables, furniture, gluedNumbers, headersRelaid, headersRemoved, splitNumbers } from './damage-layout';

// ---------------------------------------------------------------------------------------------
// Line endings and encodings

/** CRLF throughout, CR throughout, or a mix of LF, CRLF and CR. */
export const lineEndings: Damage = (text, rng) => {
  const style = rng.pick(['crlf', 'cr', 'mixed'] as const);
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  return text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
};

export function toGb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

// ---------------------------------------------------------------------------------------------

export const DAMAGES = {
  spaceGaps,
  tightGaps,
  ruledBorders,
  widthMix,
  cjkSpaces,
  letterSpacing,
  furniture,
  continuedTables,
  headersRelaid,
  headersRemoved,
  brokenRows,
  gluedNumbers,
  splitNumbers,
  lineEndings,
} as const satisfies Record<string, Damage>;

export type DamageKind = keyof typeof DAMAGES;
export const DAMAGE_KINDS = Object.keys(DAMAGES) as DamageKind[];

export function damage(text: string, kind: DamageKind, seed: number): string {
  return DAMAGES[kind](text.replace(/\r\n?/g, '\n'), makeRng(seed));
}

/**
 * Everything at once, in the order a copy acquires it: rows broken and numbers glued or split
 * by the layout, headers relaid or dropped, page furniture, then OCR's widths and spaces, the
 * gaps, and the line endings.
 */
export function damageAll(text: string, seed: number, options: { ruled?: boolean } = {}): string {
  const rng = makeRng(seed);
  let out = text.replace(/\r\n?/g, '\n');
  out = brokenRows(out, rng);
  out = rng.chance(0.5) ? gluedNumbers(out, rng) : splitNumbers(out, rng);
  out = rng.chance(0.7) ? headersRelaid(out, rng) : headersRemoved(out, rng);
  out = furniture(out, rng);
  out = cjkSpaces(out, rng);
  if (rng.chance(0.3)) out = letterSpacing(out, rng);
  out = widthMix(out, rng);
  // The gaps: spaces or tight gaps, or (`ruled`) the bars of a ruled table.
  if (options.ruled) out = ruledBorders(out, rng);
  else out = rng.chance(0.5) ? spaceGaps(out, rng) : tightGaps(out, rng);
  return lineEndings(out, rng);
}
