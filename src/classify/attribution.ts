/**
 * Where a prose task's attribution stands: a bracket group closing its text —
 *   …（牵头单位：市发改委；责任单位：市财政局；完成时限：2024年6月底前）
 *   …（市政府办公室牵头，市级各有关部门按职责分工负责）, …（县委党校、县融媒体中心）
 * — or labels after its last sentence ("…形成长效机制。牵头单位：市发改委；完成时限：2024年底前").
 * The group must close the task's text, and its wording must be about who does it, by when, or
 * name organs only, so an aside such as （以下简称“三区”） stays text. Reading the attribution's
 * parts is extract's job (src/extract/inline.ts).
 */
import { labelWords, spacedAlternation } from '../lexicon/labels';
import { ROLE_SUFFIXES } from '../lexicon/roles';
import { endsLikeOrganName, looksLikeDeadline } from './cell-kinds';
import { closeUp } from './spaced';

const PAIRS: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', '】': '【', ']': '[', '］': '［' };
export const OPEN = new Set(Object.values(PAIRS));
export const CLOSE = new Set(Object.keys(PAIRS));
const TRAILING_PUNCTUATION = new Set(['。', '；', ';', '，', ',', '.', ' ', '\t', '\u3000']);

/** A bracket is an attribution when it names a field or a role (or a duty) … */
const ATTRIBUTION_WORDS = new RegExp(
  [...labelWords('units', 'deadline', 'leader'), ...ROLE_SUFFIXES.map(([word]) => word.replace(/[（）]/g, '')), '负责', '落实', '分工']
    .filter((word, index, all) => word !== '' && all.indexOf(word) === index)
    .join('|'),
);

/** Length of the closing punctuation and blanks after a text's last word. */
function trailingPunctuationLength(text: string): number {
  let length = 0;
  while (length < text.length && TRAILING_PUNCTUATION.has(text[text.length - 1 - length]!)) length++;
  return length;
}

/** The bracket group that closes `text` (before closing punctuation), nested brackets and all. */
export function trailingBracketGroup(text: string): { start: number; end: number } | null {
  const end = text.length - trailingPunctuationLength(text);
  const close = text[end - 1];
  if (close === undefined || !CLOSE.has(close)) return null;
  let depth = 0;
  for (let index = end - 1; index >= 0; index--) {
    const char = text[index]!;
    if (CLOSE.has(char)) depth++;
    else if (OPEN.has(char) && --depth === 0) return { start: index, end };
  }
  return null;
}

/** Labels after the last sentence, without brackets: 牵头单位：…, 责任单位：…, 完成时限：…, 牵头领导：… */
const INLINE_LABEL = new RegExp(
  `(?<=[。；;!！?？]|\\s)[【[]?(?:${spacedAlternation(labelWords('units', 'deadline', 'leader').filter((word) => word.length >= 3))})[】\\]]?\\s*[:：]`,
);

/** Where a trailing attribution starts and ends in `text`, or null when there is none. */
export function findTrailingAttribution(text: string): { start: number; end: number } | null {
  const group = trailingBracketGroup(text);
  if (!group) return findInlineLabels(text, text.length - trailingPunctuationLength(text));
  const content = text.slice(group.start + 1, group.end - 1);
  return (ATTRIBUTION_WORDS.test(closeUp(content)) || namesOrgans(content)) && group.start > 0 ? group : null;
}

/** （市商务局、财政局，各县（市、区）人民政府）, （县广播电视台）: a bracket that only lists organs. */
function namesOrgans(content: string): boolean {
  const parts = splitTopLevel(content.replace(/、/g, '，'))
    .map((part) => part.text.trim())
    .filter((part) => part !== '' && !looksLikeDeadline(part));
  return parts.length > 0 && parts.every((part) => part.length >= 3 && part.length <= 20 && endsLikeOrganName(part));
}

function findInlineLabels(text: string, end: number): { start: number; end: number } | null {
  const match = INLINE_LABEL.exec(text);
  if (!match || match.index === 0) return null;
  return { start: match.index, end: Math.max(end, match.index + match[0].length) };
}

/** Split on ；;，, outside brackets, so 各县（市、区）人民政府 stays whole. */
export function splitTopLevel(text: string): { text: string; separator: string }[] {
  const parts: { text: string; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[；;，,]/.test(char)) {
      parts.push({ text: text.slice(start, index), separator: char });
      start = index + 1;
    }
  }
  parts.push({ text: text.slice(start), separator: '' });
  return parts;
}
