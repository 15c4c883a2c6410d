/**
 * The administrative prefix of a unit name: optional place name + level character
 * (江西省, 赣州市, 青田县, 城关乡 …), several in a row (江西省赣州市), plus 委 for party-committee
 * organs (县委组织部 → 县委). Found by shape, not from a list of places, so any notice works.
 */
import { CodeSet } from '../../lines/chars';
import { endsLikeOrgan } from '../../lexicon/organs';

const LEVELS = '省市县区州盟旗乡镇';
const LEVEL_CODES = new CodeSet(LEVELS);

/** Does the name end like a whole unit (…局, …委, …办公室, …中心, …单位: the vocabulary's organ endings)? */
export const endsLikeUnit = endsLikeOrgan;

/** Level character + next character that is a word, not a level: 县市场监督管理局 is 县 + 市场…. */
const LEVEL_WORDS = new Set(['市场', '市容', '市域', '区域', '区块', '区划', '县域', '省域', '乡村', '乡镇', '乡贤', '镇村', '镇街']);
/** 市政府/市政协/市政法委 carry a 市 prefix; 市政工程/市政公用… are the municipal-works trade. */
const MUNICIPAL_WORKS = '工公设园管建维养环排';
/** Preceding character + level character that never ends a place name (住房和城乡建设局, 工业园区). */
const NEVER_PLACE_END = new Set([
  '城乡', '下乡', '乡镇', '社区', '园区', '景区', '小区', '辖区', '片区', '街区', '校区', '湾区',
  '灾区', '库区', '护区', '验区', '范区', '发区', '作区', '能区', '超市', '夜市', '上市', '民盟', '联盟',
]);
/** Words that end a place name only when the place is longer (晋城市, 成都市) — not 城市管理局. */
const SOLE_CHAR_WORDS = new Set(['城市', '都市', '集市', '城镇', '村镇', '集镇', '城区', '市区', '郊区', '山区', '老区', '矿区', '牧区']);
/** 杭州市, 通州区: a place name may itself end in a level character. */
const DOUBLE_LEVEL = new Set(['州市', '州区', '州县', '州盟']);

/** Are name[from, to) all CJK ideographs (U+4E00–U+9FFF)? */
function ideographsOnly(name: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}
const MAX_PLACE = 4;
const MAX_AUTONOMOUS_PLACE = 10; // 恩施土家族苗族自治州

export interface AdminPrefix {
  /** The prefix as written at the start of the name: 中共青田县委, 江西省, 县. */
  text: string;
  /** What later items of the group inherit: the same, except 团县委 hands on only 县. */
  carry: string;
}

function isLevel(char: string | undefined): boolean {
  return char !== undefined && LEVEL_CODES.has(char.charCodeAt(0));
}

/** Is name[at] a level character that really ends a place segment starting at `from`? */
function endsSegment(name: string, from: number, at: number, first: boolean): boolean {
  if (at + 1 >= name.length) return false; // a unit is never its prefix alone
  if (!ideographsOnly(name, from, at)) return false;
  const placeLength = at - from; // the place is name[from, at)
  // 自治州, 特别行政区: the place ends in 自治 or 特别行政.
  const autonomous = (placeLength >= 2 && name.endsWith('自治', at)) || (placeLength >= 4 && name.endsWith('特别行政', at));
  if (placeLength > (autonomous ? MAX_AUTONOMOUS_PLACE : MAX_PLACE)) return false;
  const level = name[at] as string;
  if (placeLength === 0 && !first && !DOUBLE_LEVEL.has(`${name[at - 1]}${level}`)) return false;
  const next = name.slice(at, at + 2);
  if (LEVEL_WORDS.has(next)) return false;
  if (next === '市政' && MUNICIPAL_WORKS.includes(name[at + 2] ?? '')) return false;
  const pair = `${name[at - 1] ?? ''}${level}`;
  if (placeLength > 0 && NEVER_PLACE_END.has(pair)) return false;
  if (placeLength === 1 && SOLE_CHAR_WORDS.has(pair)) return false;
  return true;
}

function firstLevelFrom(name: string, from: number): number {
  const stop = Math.min(name.length, from + MAX_AUTONOMOUS_PLACE + 1);
  for (let i = from; i < stop; i++) if (LEVEL_CODES.has(name.charCodeAt(i))) return i;
  return -1;
}

export function detectPrefix(name: string): AdminPrefix | null {
  let lead = '';
  if (name.startsWith('中共')) lead = '中共';
  else if (name.startsWith('共青团')) lead = '共青团';
  else if (name[0] === '团' && isLevel(name[1])) lead = '团';
  let end = lead.length;
  let segments = 0;
  while (segments < 5) {
    const at = firstLevelFrom(name, end);
    if (at < 0 || !endsSegment(name, end, at, segments === 0)) break;
    end = at + 1;
    segments++;
  }
  if (segments === 0) return null;
  if (name[end] === '级' && end + 1 < name.length) end++; // 省级财政部门
  // 县委组织部, 中共三明市委宣传部: the party committee is part of what later items share.
  else if (name[end] === '委' && end + 1 < name.length && name[end + 1] !== '员') end++;
  const text = name.slice(0, end);
  // 团县委 is the Youth League's committee: its neighbours are county units, not league ones.
  const carry = lead === '团' || lead === '共青团' ? name.slice(lead.length, end).replace(/委$/, '') : text;
  return { text, carry };
}

/**
 * Units that stand for many and take no prefix: 各乡（镇）人民政府, 县直有关单位, 市级各有关部门,
 * 各成员单位, 乡镇人民政府, 县（市、区）人民政府, 村（居）委会.
 */
const BLANKET_START = /^(各|全|有关|相关|其他|其它|乡镇|镇乡|乡（镇）|镇（乡）|村（居）|村（社区）|村委|居委|村民委员会|居民委员会|[省市县区州]（)/;
const BLANKET_ANYWHERE = /各有关|各相关|各级|各部门|各单位|有关单位|有关部门|相关单位|相关部门|成员单位|各乡|各镇|各县|各区|各市/;
const LEVEL_WIDE = /^[省市县区州](直|级)(各|有关|相关|属)?(单位|部门|机关)$/;

export function isBlanket(name: string): boolean {
  return BLANKET_START.test(name) || BLANKET_ANYWHERE.test(name) || LEVEL_WIDE.test(name);
}

/** Does the item name its own level already (县民政局, 三明市财政局, 中共…), or need none? */
export function isPrefixed(name: string): boolean {
  return isBlanket(name) || detectPrefix(name) !== null;
}

/**
 * Items of one 、-group share the head's prefix (县民政局、自然资源局 → 县自然资源局); an item that
 * names its own level keeps it (省发展改革委、省财政厅). Groups never lend to each other.
 */
export function carryGroupPrefix(items: string[]): string[] {
  const head = items[0];
  if (head === undefined) return [];
  const prefix = isBlanket(head) ? null : detectPrefix(head);
  return items.map((item, index) =>
    index === 0 || prefix === null || item === '' || isPrefixed(item) ? item : prefix.carry + item,
  );
}

export function carryPrefix(groups: string[][]): string[] {
  return groups.flatMap(carryGroupPrefix);
}
