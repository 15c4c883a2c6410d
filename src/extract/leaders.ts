/**
 * Leaders: people answerable for a task, never units. A 牵头领导 / 责任人 cell, a labelled line
 * (牵头市领导：沈卫东、吴敏), a field in a bracket (责任领导：程立军) or a section's annotation
 * (牵头领导：周立新、韩雪梅) lists them; the model keeps names only, titles taken off
 * (王丹县长 → 王丹, 李明常务副县长 → 李明).
 */
import { LEADER_TITLES } from '../lexicon/leaders';
import { labelWords, spacedAlternation } from '../lexicon/labels';

const SEPARATORS = /[、，,；;/／\s]+/;
const LABEL = new RegExp(`^[【[]?(?:${spacedAlternation(labelWords('leader'))})[】\\]]?\\s*[:：]?\\s*`);

/** The names a leader cell or field lists, in written order, each once. */
export function readLeaders(text: string): string[] {
  const names: string[] = [];
  const body = text.trim().replace(LABEL, '').replace(/^[（(〔【[]|[）)〕】\]]$/g, '');
  for (const item of body.split(SEPARATORS)) {
    const name = withoutTitle(item.replace(/^[（(]|[）)]$/g, '').trim());
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}

/** 王丹县长 → 王丹; a title alone (县长) or a title that is all there is stays as written. */
export function withoutTitle(item: string): string {
  let name = item.replace(/同志$/, '');
  for (const title of LEADER_TITLES) {
    if (name.length > title.length + 1 && name.endsWith(title)) {
      name = name.slice(0, -title.length);
      break;
    }
  }
  return name;
}
