/**
 * Bench inputs built from the seed: a big plan (the seed's cover letter once, then its attachment
 * body repeated with task numbers running on: 1…99, 100…198, …) of about N MB, and many small
 * notices (the seed with its task numbers shifted) for the batch run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

export const project = path.join(import.meta.dirname, '..', '..');
export const seedPath = path.join(project, 'seeds', 'mingxi-2023-16.txt');

const TASK_ROW = /^(\d+)(\t)/;
// Top-level section headings of the attachment: 一、… 八、 (a table row with empty cells).
const SECTION = /^[一二三四五六七八九十百]+、/;

/**
 * The seed in three parts: the cover letter up to its attachment label (附件), the attachment's
 * title and table header, and the body (sections and task rows).
 */
function splitSeed(text) {
  const lines = text.split('\n');
  const label = lines.findIndex((line) => line.trim() === '附件');
  const header = lines.findIndex((line) => /^主要任务\t/.test(line));
  if (label < 0 || header < label) throw new Error('bench: the seed has no attachment with a table header');
  return { cover: lines.slice(0, label), attachment: lines.slice(label + 1, header + 1), body: lines.slice(header + 1) };
}

function chineseNumeral(n) {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return `${digits[Math.floor(n / 100)]}百${tail}`;
}

/** The body once more, task numbers shifted by `offset` and sections renumbered from `sectionBase`. */
function bodyCopy(body, offset, sectionBase) {
  let section = sectionBase;
  return body.map((line) => {
    const row = TASK_ROW.exec(line);
    if (row) return `${Number(row[1]) + offset}${line.slice(row[1].length)}`;
    if (SECTION.test(line)) {
      section += 1;
      // Past 九百九十九 section numerals would need 千; start the count again (a new part).
      return line.replace(SECTION, `${chineseNumeral(((section - 1) % 999) + 1)}、`);
    }
    return line;
  });
}

/** Table number cells hold at most 4 digits (1…9999), so a plan holds at most this many copies. */
const COPIES_PER_ATTACHMENT = 100;

/**
 * One notice of about `megabytes` MB (UTF-8): the cover letter, then attachments 附件1, 附件2, …
 * each a big plan of up to 100 copies of the seed's body, tasks numbered on (1…9900).
 */
export function bigNotice(megabytes, seedText = readFileSync(seedPath, 'utf8')) {
  const { cover, attachment, body } = splitSeed(seedText.replace(/\r\n?/g, '\n'));
  const tasksPerCopy = body.filter((line) => TASK_ROW.test(line)).length;
  const sectionsPerCopy = body.filter((line) => SECTION.test(line)).length;
  const target = megabytes * 1024 * 1024;
  const parts = [cover.join('\n')];
  let size = Buffer.byteLength(parts[0]);
  for (let copy = 0; size < target; copy += 1) {
    const within = copy % COPIES_PER_ATTACHMENT;
    if (within === 0) parts.push(`附件${copy / COPIES_PER_ATTACHMENT + 1}`, attachment.join('\n'));
    const text = bodyCopy(body, within * tasksPerCopy, within * sectionsPerCopy).join('\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return parts.join('\n');
}

/**
 * The `index`-th notice of a batch, as file bytes: the seed with its plan cut to its first 5–8
 * sections (so sizes vary), and every tenth one in GB18030 as mainland Windows machines save it.
 */
export function noticeVariant(index, seedText = readFileSync(seedPath, 'utf8')) {
  const { cover, attachment, body } = splitSeed(seedText.replace(/\r\n?/g, '\n'));
  const keep = 5 + (index % 4);
  let sections = 0;
  const end = body.findIndex((line) => SECTION.test(line) && ++sections > keep);
  const text = [...cover, '附件', ...attachment, ...(end < 0 ? body : body.slice(0, end))].join('\n');
  return index % 10 === 9 ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
}
