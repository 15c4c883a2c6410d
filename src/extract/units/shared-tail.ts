/**
 * Levels that share one tail: `各市、县（区）人民政府` is one blanket unit, and
 * `城关镇、雪峰镇人民政府` is 城关镇人民政府 and 雪峰镇人民政府. An item that is only a place
 * (ends with its level character) borrows the tail of the whole unit that follows it.
 */
import { detectPrefix, endsLikeUnit, isBlanket } from './prefix';

const LEVEL_ONLY = /^各?[\u4e00-\u9fff]{0,6}[省市县区州盟旗乡镇](（[^（）]{1,8}）)?$/;
const LEVELS = '省市县区州盟旗乡镇';

export interface TailedName {
  name: string;
  /** Index of the item this name comes from (the last of a joined run). */
  source: number;
}

/** Where the place part of a prefixed name ends (after its last level character). */
function levelEnd(name: string): number {
  const prefix = detectPrefix(name);
  if (prefix === null) return -1;
  let end = prefix.text.length;
  while (end > 0 && !LEVELS.includes(name[end - 1] as string)) end--;
  return end;
}

export function joinSharedTails(names: string[]): TailedName[] {
  const out: TailedName[] = [];
  let run: number[] = [];
  names.forEach((name, index) => {
    if (index < names.length - 1 && LEVEL_ONLY.test(name)) {
      run.push(index);
      return;
    }
    const tailed = run.length > 0 && endsLikeUnit(name);
    const cut = tailed ? levelEnd(name) : -1;
    // 各 opens a blanket list (各市、县（区）人民政府); an item that starts with its own 各 (县、各厅) shares nothing.
    const blanket = tailed && !name.startsWith('各') && (isBlanket(name) || run.some((at) => (names[at] as string).startsWith('各')));
    if (blanket) out.push({ name: [...run.map((at) => names[at] as string), name].join('、'), source: index });
    else if (cut > 0) {
      const tail = name.slice(cut);
      for (const at of run) out.push({ name: (names[at] as string) + tail, source: at });
      out.push({ name, source: index });
    } else {
      for (const at of run) out.push({ name: names[at] as string, source: at });
      out.push({ name, source: index });
    }
    run = [];
  });
  for (const at of run) out.push({ name: names[at] as string, source: at });
  return out;
}
