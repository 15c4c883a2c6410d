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

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [low, high]. */
  between(low: number, high: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, good enough to shuffle test inputs. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (low, high) => low + int(high - low + 1),
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)]!,
  };
}

export type Damage = (text: string, rng: Rng) => string;

// ---------------------------------------------------------------------------------------------
// What the clean copy looks like (tab form): rows "12⇥text⇥units⇥deadline", continuation rows
// "⇥text⇥⇥", headings "一、…" / "(一) …", header rows "主要任务⇥⇥责任单位⇥推进时间".

const ROW = /^(\d{1,3})\t/;
const HEADER_WORDS = /(?:责任|牵头|配合)(?:单位|部门)/;
const SECTION = /^[一二三四五六七八九十]{1,3}、/;
const SUBSECTION = /^[(（][一二三四五六七八九十]{1,3}[)）] ?/;
const ATTACHMENT = /^附\s*件\s*\d{0,2}$/;

export const isRow = (line: string): boolean => ROW.test(line);
export const isHeader = (line: string): boolean =>
  line.includes('\t') && line.trim().length <= 40 && HEADER_WORDS.test(line) && !/^\s*\d/.test(line) && !/[。，]/.test(line);
const isHeading = (line: string): boolean => SECTION.test(line) || SUBSECTION.test(line);

function planStart(lines: string[]): number {
  const index = lines.findIndex((line) => ATTACHMENT.test(line.trim()));
  return index < 0 ? 0 : index;
}

/** The plan's title: the non-blank lines between 附件 and the first header or heading. */
function planTitle(lines: string[]): string | null {
  const start = planStart(lines);
  const parts: string[] = [];
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (isHeader(lines[index]!) || isHeading(line) || isRow(lines[index]!)) break;
    parts.push(line);
  }
  return parts.length > 0 ? parts.join('') : null;
}

const mapLines = (text: string, change: (line: string, index: number, lines: string[]) => string | string[]): string => {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => change(line, index, lines)).join('\n');
};

// ---------------------------------------------------------------------------------------------
// Column gaps

/** Tabs → runs of 2–6 spaces (a PDF viewer's copy, or OCR that kept the layout). */
export const spaceGaps: Damage = (text, rng) =>
  mapLines(text, (line) => line.replace(/\t+/g, () => ' '.repeat(rng.between(2, 6))).replace(/ +$/, (tail) => (rng.chance(0.5) ? tail : '')));

/** Tabs → one tab per gap: empty cells vanish, trailing tabs too. */
export const singleTabGaps: Damage = (text) => mapLines(text, (line) => line.replace(/\t+$/, '').replace(/\t+/g, '\t'));

/** Tabs → a gap of one to three full-width spaces (　), the way some OCR engines mark a column. */
export const ideographicGaps: Damage = (text, rng) =>
  mapLines(text, (line) => line.replace(/\t+$/, '').replace(/\t+/g, () => '\u3000'.repeat(rng.between(1, 3))));

/** One tab per gap, or full-width-space gaps: one style per document. */
export const tightGaps: Damage = (text, rng) => (rng.chance(0.5) ? ideographicGaps(text, rng) : singleTabGaps(text, rng));

// ---------------------------------------------------------------------------------------------
// Width and punctuation forms

const FULL_DIGIT = (digit: string): string => String.fromCharCode(digit.charCodeAt(0) + 0xfee0);

/**
 * Full- and half-width forms mixed, per occurrence: digits (１８), parentheses, 〔〕 as [] ［］ or
 * 【】 (in unit cells and doc numbers, where 〔〕 is not text), quotes as "…", colons and commas.
 * The pair of a bracket or quote changes together, as an OCR engine reads a pair.
 */
export const widthMix: Damage = (text, rng) => {
  const p = 0.3 + rng.next() * 0.4;
  return mapLines(text, (line) => {
    let out = line.replace(/\d/g, (digit) => (rng.chance(p) ? FULL_DIGIT(digit) : digit));
    out = out.replace(/（([^（）]*)）/g, (all, inner: string) => (rng.chance(p) ? `(${inner})` : all));
    out = out.replace(/\(([^()]*)\)/g, (all, inner: string) => (rng.chance(p) ? `（${inner}）` : all));
    out = out.replace(/“([^“”]*)”/g, (all, inner: string) => (rng.chance(p) ? `"${inner}"` : all));
    out = out.replace(/〔([^〔〕]*)〕/g, (all, inner: string, offset: number) => {
      if (!rng.chance(p)) return all;
      // In running text 〔〕 keeps its kind (【】 there is a different mark); in a unit cell or
      // a doc number any bracket OCR gives is fine.
      const pairs = inUnitsOrDocNumber(out, offset) ? ['[]', '［］', '【】'] : ['[]', '［］'];
      const pair = rng.pick(pairs);
      return `${pair[0]}${inner}${pair[1]}`;
    });
    out = out.replace(/[：:]/g, (colon) => (rng.chance(p) ? (colon === '：' ? ':' : '：') : colon));
    out = out.replace(/，/g, (comma, offset: number, whole: string) =>
      rng.chance(p) && !(/\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + 1] ?? '')) ? ',' : comma,
    );
    return out;
  });
};

/** A bracket at `offset` of a row line sits in a unit cell, or the line is not a table row (doc numbers). */
function inUnitsOrDocNumber(line: string, offset: number): boolean {
  if (/\d{4}/.test(line.slice(offset, offset + 6))) return true;
  if (!isRow(line) && !line.startsWith('\t')) return false;
  const cells = line.split('\t');
  let at = 0;
  for (let index = 0; index < cells.length; index++) {
    const end = at + cells[index]!.length;
    if (offset >= at && offset < end) return index >= 2;
    at = end + 1;
  }
  return false;
}

/** Spaces between Chinese characters and figures: "2023 年 4 月", "15 分钟", "第 1 名"; a few between characters. */
export const cjkSpaces: Damage = (text, rng) => {
  const p = 0.3 + rng.next() * 0.5;
  return mapLines(text, (line) =>
    // Between a character and a figure, now and then between two characters ("城乡 社区"), never
    // two spaces in a row (that is a column gap).
    line.replace(/(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (_empty, offset: number, whole: string) =>
      rng.chance(/\d/.test(whole[offset] ?? '') || /\d/.test(whole[offset - 1] ?? '') ? p : 0.01) ? ' ' : '',
    ),
  );
};

// ---------------------------------------------------------------------------------------------
// Page furniture

const PAGE_STYLES: ((page: number, pages: number) => string)[] = [
  (page) => `— ${page} —`,
  (page) => `- ${page} -`,
  (page) => `—${page}—`,
  (page, pages) => `第 ${page} 页 共 ${pages} 页`,
  (page, pages) => `第${page}页，共${pages}页`,
  (page, pages) => `${page}/${pages}`,
];

/**
 * Page breaks every 10–25 lines: blank-line runs (some with stray spaces or tabs), a page
 * number in one style per document, and in the plan a running header (the plan's title) at the
 * top of the next page. Breaks fall anywhere, inside a row split over two lines too.
 */
export const furniture: Damage = (text, rng) => {
  const lines = text.split('\n');
  const start = planStart(lines);
  const title = planTitle(lines);
  const style = rng.pick(PAGE_STYLES);
  const pages = Math.ceil(lines.length / 15) + 1;
  const runningHeader = rng.chance(0.7);
  const out: string[] = [];
  let page = 1;
  let next = rng.between(10, 25);
  lines.forEach((line, index) => {
    out.push(line);
    if (index + 1 < next || index === lines.length - 1) return;
    next = index + 1 + rng.between(10, 25);
    const blank = (): string => rng.pick(['', '', ' ', '\t', '\u3000']);
    for (let count = rng.between(1, 4); count > 0; count--) out.push(blank());
    out.push(style(page, pages));
    page += 1;
    for (let count = rng.between(0, 3); count > 0; count--) out.push(blank());
    if (runningHeader && title && index > start + 2) {
      out.push(rng.chance(0.5) ? title : title.replace(/(.{8,20})(.*)/, '$1 $2'));
      if (rng.chance(0.5)) out.push('');
    }
  });
  // A blank-line run here and there where the copy had one blank line.
  return out.flatMap((line) => (line === '' && rng.chance(0.3) ? Array.from({ length: rng.between(2, 5) }, () => '') : [line])).join('\n');
};

// ---------------------------------------------------------------------------------------------
// Table headers

/**
 * Header rows repeated at page breaks in other layouts: a 序号 column added or dropped, cells
 * merged or split (a tab more or less), letter-spaced words (责 任 单 位), spaces for tabs.
 */
export const headersRelaid: Damage = (text, rng) => {
  let first = true;
  return mapLines(text, (line) => {
    if (!isHeader(line)) return line;
    if (first) {
      first = false;
      return line;
    }
    let words = line.split('\t').filter((word) => word.trim() !== '');
    if (words[0] === '序号' && rng.chance(0.3)) words = words.slice(1);
    else if (words[0] !== '序号' && rng.chance(0.5)) words = ['序号', ...words];
    if (rng.chance(0.25)) words = words.map((word) => [...word].join(' '));
    const gap = (): string => (rng.chance(0.2) ? '  ' : rng.pick(['\t', '\t', '\t\t']));
    const body = words.join(gap());
    return `${rng.chance(0.3) ? '\t' : ''}${body}${rng.pick(['', '\t', '\t\t'])}`;
  });
};

/** Every table header row gone, the first one too (a copy that kept only the rows). */
export const headersRemoved: Damage = (text) => text.split('\n').filter((line) => !isHeader(line)).join('\n');

// ---------------------------------------------------------------------------------------------
// Rows broken across lines

/**
 * A row continued on the next line(s): its task text cut anywhere, once or twice
 * ("…完善" / "社区…⇥units⇥time"); its unit cell cut ("…县民⇥time" / "政局、…"); both cut, the
 * pieces side by side on the next line as a PDF lays out a wrapped row ("⇥text2⇥units2"); or its
 * time cut ("持续" / "推进"). A continuation starts with or without the tab of the empty number cell.
 */
export const brokenRows: Damage = (text, rng) =>
  mapLines(text, (line) => {
    const match = ROW.exec(line);
    if (!match || !rng.chance(0.3)) return line;
    const [number, task = '', units = '', deadline = '', ...extra] = line.split('\t');
    const rest = [units, deadline, ...extra];
    const lead = (): string => (rng.chance(0.5) ? '\t' : '');
    const cut = (cell: string): [string, string] => {
      const at = rng.between(Math.min(3, cell.length - 1), Math.max(3, cell.length - 3));
      return [cell.slice(0, at), cell.slice(at)];
    };
    const start = rng.int(4);
    // The first of the four cuts, from a random one on, that the row allows.
    for (let step = 0; step < 4; step++) {
    const style = (start + step) % 4;
    if (style === 0 && task.length > 12) {
      const [first, second] = cut(task);
      if (second.length > 12 && rng.chance(0.4)) {
        const [middle, last] = cut(second);
        return [`${number}\t${first}`, `${lead()}${middle}`, `${lead()}${last}\t${rest.join('\t')}`];
      }
      return [`${number}\t${first}`, `${lead()}${second}\t${rest.join('\t')}`];
    }
    if (style === 1 && units.length >= 6) {
      const [first, second] = cut(units);
      const tabs = rng.chance(0.5) ? '\t\t' : '';
      return [`${number}\t${task}\t${first}\t${[deadline, ...extra].join('\t')}`, `${tabs}${second}`];
    }
    if (style === 2 && task.length > 12 && units.length >= 6) {
      const [text1, text2] = cut(task);
      const [units1, units2] = cut(units);
      return [`${number}\t${text1}\t${units1}\t${[deadline, ...extra].join('\t')}`, `${lead()}${text2}\t${units2}`];
    }
    if (style === 3 && deadline.length >= 4 && extra.length === 0) {
      const at = rng.between(2, deadline.length - 2);
      return [`${number}\t${task}\t${units}\t${deadline.slice(0, at)}`, `${rng.chance(0.5) ? '\t\t\t' : ''}${deadline.slice(at)}`];
    }
    }
    return line;
  });

// ---------------------------------------------------------------------------------------------
// Numbers and headings glued to their text, or split from it

/** "18在村…", "18 在村…", "18.在村…": the gap after a row's number lost; "(一)充分…". */
export const gluedNumbers: Damage = (text, rng) =>
  mapLines(text, (line) => {
    if (isRow(line) && rng.chance(0.4)) return line.replace(ROW, (_all, number: string) => `${number}${rng.pick(['', '', ' ', '.', '、'])}`);
    if (SUBSECTION.test(line)) return line.replace(/^([(（][一二三四五六七八九十]{1,3}[)）]) /, '$1');
    return line;
  });

/** A row's number, or a heading's marker, on a line of its own: "18" / "在村…⇥units⇥time". */
export const splitNumbers: Damage = (text, rng) =>
  mapLines(text, (line) => {
    const row = ROW.exec(line);
    if (row && rng.chance(0.3)) return [row[1]!, `${rng.chance(0.5) ? '\t' : ''}${line.slice(row[0].length)}`];
    const heading = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]) ?(?=\S)/.exec(line);
    if (heading && rng.chance(0.4)) return [heading[1]!, line.slice(heading[0].length)];
    return line;
  });

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
  widthMix,
  cjkSpaces,
  furniture,
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
export function damageAll(text: string, seed: number): string {
  const rng = makeRng(seed);
  let out = text.replace(/\r\n?/g, '\n');
  out = brokenRows(out, rng);
  out = rng.chance(0.5) ? gluedNumbers(out, rng) : splitNumbers(out, rng);
  out = rng.chance(0.7) ? headersRelaid(out, rng) : headersRemoved(out, rng);
  out = furniture(out, rng);
  out = cjkSpaces(out, rng);
  out = widthMix(out, rng);
  out = rng.chance(0.5) ? spaceGaps(out, rng) : tightGaps(out, rng);
  return lineEndings(out, rng);
}
