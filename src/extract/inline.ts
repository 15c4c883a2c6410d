/**
 * Unit attributions written inside a prose task rather than in a table cell:
 *   …（牵头单位：市发改委；责任单位：市财政局，各县（市、区）人民政府；完成时限：2024年6月底前）
 *   …〔责任单位：省发展改革委、省财政厅，各设区市人民政府按职责分工负责〕
 *   …（市政府办公室牵头，市级各有关部门按职责分工负责）
 * The group must close the task's text, and its wording must be about who does it or by when,
 * so an ordinary aside such as （以下简称“三区”） stays text.
 */
import { parseDeadline } from './deadlines';
import { closeUp, execSpaced } from '../classify/spaced';

const OPENERS: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', '】': '【', ']': '[', '］': '［' };
const OPEN = new Set(Object.values(OPENERS));
const CLOSE = new Set(Object.keys(OPENERS));
const ATTRIBUTION_WORDS =
  /牵头|负责|配合|参与|协办|协助|责任单位|责任部门|主办|完成时限|完成时间|时间节点|时限|落实|分工/;
const TRAILING_PUNCTUATION = new Set(['。', '；', ';', '，', ',', '.', ' ', '\t', '\u3000']);

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

/**
 * Labels written after the task's last sentence without brackets:
 * "…形成长效机制。牵头单位：市发改委；配合单位：市财政局；完成时限：2024年底前"
 */
const INLINE_LABEL =
  /(?<=[。；;!！?？]|\s)[【[]?(?:牵头(?:单位|部门)|责任(?:单位|部门)|主办(?:单位|部门)|配合(?:单位|部门)|完成(?:时限|时间))[】\]]?\s*[:：]/;

/** Where a trailing attribution starts and ends in `text`, or null when there is none. */
export function findTrailingAttribution(text: string): { start: number; end: number } | null {
  const group = trailingBracketGroup(text);
  if (!group) return findInlineLabels(text, text.length - trailingPunctuationLength(text));
  const content = text.slice(group.start + 1, group.end - 1);
  return (ATTRIBUTION_WORDS.test(closeUp(content)) || namesOrgans(content)) && group.start > 0 ? group : null;
}

const ORGAN_SUFFIX = /(?:局|委|办|部|院|会|政府|中心|队|社|厅|署|室|组|所|站|馆|公司|集团|联|协|团|处|行)$/;

/** （市商务局、财政局，各县（市、区）人民政府）: a bracket that only lists organs. */
function namesOrgans(content: string): boolean {
  const parts = splitTopLevel(content.replace(/、/g, '，'))
    .map((part) => part.text.trim())
    .filter((part) => part !== '' && !isDeadlinePhrase(part));
  return parts.length > 0 && parts.every((part) => part.length >= 3 && part.length <= 20 && ORGAN_SUFFIX.test(part));
}

function findInlineLabels(text: string, end: number): { start: number; end: number } | null {
  const match = INLINE_LABEL.exec(text);
  if (!match || match.index === 0) return null;
  return { start: match.index, end: Math.max(end, match.index + match[0].length) };
}

/** 完成时限：, 【时间节点】: the label of a deadline field (shared with labelled table cells). */
export const DEADLINE_LABEL = /^\s*[【[]?(?:完成|推进|办结)?(?:时限|时间|期限)(?:节点|要求|安排)?[】\]]?\s*[:：]\s*/;

/** The deadline as written without its label, which OCR may have spaced out ("完成时 限："). */
export function stripDeadlineLabel(text: string): string {
  const labelled = execSpaced(DEADLINE_LABEL, text);
  return labelled ? text.slice(labelled.length) : text;
}

export interface Attribution {
  /** The unit parts, labels kept (parseUnits reads 牵头单位：… itself), or '' when none. */
  unitsText: string;
  /** The deadline part as written, or null. */
  deadlineRaw: string | null;
}

/** Split an attribution's content into its unit parts and its deadline part. */
export function splitAttribution(content: string): Attribution {
  const bracketed = OPEN.has(content.charAt(0)) && CLOSE.has(content.charAt(content.length - 1));
  const inner = (bracketed ? content.slice(1, -1) : content)
    // "责任单位：市发改委  完成时限：2024年底前": a gap before a label separates two fields.
    .replace(/(?<!\s)\s+(?=[【[]?(?:牵头|责任|配合|主办|协办|参与|完成|时间|推进)[\u4e00-\u9fff]{0,4}[】\]]?[:：])/g, '；');
  let unitsText = '';
  let pending = '';
  const deadlines: string[] = [];
  for (const { text: part, separator } of splitTopLevel(inner)) {
    const text = part.trim();
    if (text === '') continue;
    const labelled = execSpaced(DEADLINE_LABEL, text);
    if (labelled) deadlines.push(text.slice(labelled.length));
    else if (isDeadlinePhrase(text)) deadlines.push(text);
    else {
      // Unit parts keep the separator written after them: ，between names, ；between fields.
      unitsText += pending + text;
      pending = separator || '；';
    }
  }
  return { unitsText, deadlineRaw: deadlines.length > 0 ? deadlines.join('，') : null };
}

/** A part that is only a time: 2024年底前, 2024年6月底前完成, 持续推进, 长期坚持. */
function isDeadlinePhrase(text: string): boolean {
  if (/(?:局|委|办|部|院|会|府|中心|队|社|厅|室|组)(?:牵头|负责|配合|参与)?$/.test(text)) return false;
  return parseDeadline(text.replace(/(?:前|底)?(?:完成|实现|到位|落实)$/, (tail) => tail.replace(/完成|实现|到位|落实/, ''))).kind !== 'unspecified';
}

/** Split on ；;，, outside brackets, so 各县（市、区）人民政府 stays whole. */
function splitTopLevel(text: string): { text: string; separator: string }[] {
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
