/**
 * An attribution's parts (found by src/classify/attribution.ts): its unit parts, its leaders and
 * its deadline — （牵头单位：市发改委；责任单位：市财政局；完成时限：2024年6月底前）,
 * 〔责任单位：省发展改革委，各设区市人民政府按职责分工负责〕, （市政府办公室牵头，…，年内持续推进）.
 */
import { parseDeadline } from './deadlines';
import { execSpaced } from '../classify/spaced';
import { CLOSE, OPEN, splitTopLevel } from '../classify/attribution';
import { labelWords, spacedAlternation } from '../lexicon/labels';
import { endsLikeOrgan } from '../lexicon/organs';

export { findTrailingAttribution, trailingBracketGroup } from '../classify/attribution';

/** 完成时限：, 【时间节点】: the label of a deadline field (shared with labelled table cells). */
export const DEADLINE_LABEL = new RegExp(`^\\s*[【[]?(?:${spacedAlternation(labelWords('deadline'))})[】\\]]?\\s*[:：]\\s*`);

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

/** "责任单位：市发改委  完成时限：2024年底前": a gap before a label separates two fields. */
const LABEL_AFTER_GAP = new RegExp(`(?<!\\s)\\s+(?=[【[]?(?:${spacedAlternation(labelWords('units', 'deadline', 'leader').filter((word) => word.length >= 3))})[】\\]]?[:：])`, 'g');

/** Split an attribution's content into its unit parts and its deadline part. */
export function splitAttribution(content: string): Attribution {
  const bracketed = OPEN.has(content.charAt(0)) && CLOSE.has(content.charAt(content.length - 1));
  const inner = (bracketed ? content.slice(1, -1) : content)
    // "责任单位：市发改委  完成时限：2024年底前": a gap before a label separates two fields.
    .replace(LABEL_AFTER_GAP, '；');
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
  if (endsLikeOrgan(text.replace(/(?:牵头|负责|配合|参与)$/, ''))) return false;
  return parseDeadline(text.replace(/(?:前|底)?(?:完成|实现|到位|落实)$/, (tail) => tail.replace(/完成|实现|到位|落实/, ''))).kind !== 'unspecified';
}
