/**
 * What a cell reads as — units, a time, neither — decided once, here, from the vocabulary
 * (src/lexicon). The table reader places cells by it, the inline reader finds attributions by
 * it, the heading reader tells a heading from a row by it.
 */
import { ORGAN_END, TASK_VERBS, FUNCTION_WORD_STARTS } from '../lexicon/organs';
import { DEADLINE_CELL_WORDS } from '../lexicon/deadline-cells';

const DEADLINE_LIKE = new RegExp(
  `^(?:.{0,12}(?:\\d{4}|[〇零○◯O一二三四五六七八九十]{2,4})年.{0,16}|.{0,8}(?:${DEADLINE_CELL_WORDS.join('|')}).{0,10})$`,
);

/** Read without blanks, since OCR spaces a time out ("2024 年 6 月底前", "持 续"). */
export function looksLikeDeadline(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.length <= 40 && DEADLINE_LIKE.test(compact) && !/[。；]/.test(compact);
}

/** 〔以下均需…下同〕, [牵头], 【…】: a bracket among units is a remark or a role mark, not a name. */
export const BRACKET_GROUP = /[〔[【［][^〔〕[\]【】［］]{0,120}[〕\]】］]/g;

/** （镇）, (市、区): a bracket inside a unit's name, whose 、 separates nothing. */
const NAME_PARENS = /[（(][^（）()]{0,10}[）)]/g;

/** Unit lists name organs: short items ending in 局, 委, 办, 部, 院, 会, 政府, 中心, 队, 社, 所 … */
export function looksLikeUnits(text: string): boolean {
  const items = text
    .replace(BRACKET_GROUP, '')
    .replace(NAME_PARENS, '')
    .split(/[、，,；;]+|\s{2,}/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return false;
  return items.every(looksLikeOrgan);
}

const TASK_VERB = new RegExp(`^(?:${TASK_VERBS.join('|')})`);
const FUNCTION_WORD_START = new RegExp(`^[${FUNCTION_WORD_STARTS}]`);

/**
 * One item of a unit list. A single space inside it is a separator ("县发改局 县财政局") or OCR
 * noise inside a name ("区直各有关单 位"): either way the item, read without it, ends like an organ.
 */
export function looksLikeOrgan(item: string): boolean {
  const pieces = item.split(/\s/);
  const compact = pieces.join('');
  return pieces.every((piece) => piece.length <= 24) && ORGAN_END.test(compact) && !TASK_VERB.test(compact) && !FUNCTION_WORD_START.test(compact);
}

/** Does the text end like an organ's name (an alias bracket allowed after it)? */
export function endsLikeOrganName(text: string): boolean {
  return ORGAN_END.test(text);
}

const OPENERS = '（(〔[【［《“';
const CLOSERS = '）)〕]】］》”';

/** More brackets closed than opened at some point: the piece ends a bracket opened above. */
export function closesBracket(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && --depth < 0) return true;
  }
  return false;
}

/** More brackets opened than closed: the text goes on below. */
export function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && depth > 0) depth--;
  }
  return depth > 0;
}
