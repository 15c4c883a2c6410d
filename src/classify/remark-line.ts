/**
 * A line that is only a blanket remark — （具体任务需由各乡（镇）人民政府落实）, 〔以下任务均需各县
 * （市、区）人民政府落实，不再列出〕 — governs the tasks after it; it continues no task.
 */
import { BLANKET_WORDS } from '../lexicon/remarks';
import { trailingBracketGroup } from './attribution';
import { closeUp } from './spaced';

export function isRemarkLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 160 || !/^[（(〔【[［]/.test(trimmed)) return false;
  const group = trailingBracketGroup(trimmed);
  return group !== null && group.start === 0 && BLANKET_WORDS.test(closeUp(trimmed));
}
