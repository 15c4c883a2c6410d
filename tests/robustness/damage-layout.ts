/**
 * Damage to a copy's layout: page furniture, table headers, rows broken across lines, numbers
 * and headings glued to their text or split from it.
 */
import { isHeader, isRow, mapLines, planStart, planTitle, ROW, SUBSECTION, type Damage } from './damage-base';

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

/** A table going on over a page break marks it: 续表, （续表）, 续上表 after a page number. */
export const continuedTables: Damage = (text, rng) =>
  mapLines(furniture(text, rng), (line) => (isPageNumberLine(line) && rng.chance(0.7) ? [line, rng.pick(['续表', '（续表）', '续上表'])] : line));

const isPageNumberLine = (line: string): boolean => PAGE_STYLES.some((style) => new RegExp(`^${style(9, 99).replace(/\d+/g, '\\d+')}$`).test(line));

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
