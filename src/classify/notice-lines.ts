/**
 * Line patterns of the notice itself (GB/T 9704 layout and the telegram variant): letterhead
 * fields, dates, the disclosure note, attachment notes, numbered points. Each works on the
 * width-folded view of one line and is anchored, so it never scans past the line.
 */
import { CHINESE_NUMERAL, chineseToNumber } from './numerals';

/** 福建省发电, 中共XX县委办公室发电: the banner of a telegram-style notice. */
export function isTelegramBanner(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,20}发电$/.test(text) && !/单位发电$/.test(text);
}

/** 人民政府办公室文件: the issuing organ's red letterhead. */
export function isOrganMark(text: string): boolean {
  return /^[\u4e00-\u9fff（）()、 ]{2,40}文件$/.test(text);
}

export const HEADER_FIELD_LABELS = [
  '发电单位', '签发盖章', '签发人', '签发', '等级', '紧急程度', '密级', '份号', '发文字号', '文号', '发文机关',
];
const HEADER_FIELD = new RegExp(`^(${HEADER_FIELD_LABELS.join('|')}) ?[:：]? ?(.*)$`);

export function matchHeaderField(text: string): { label: string; value: string } | null {
  const match = HEADER_FIELD.exec(text);
  if (!match) return null;
  const value = match[2]!.trim();
  // "签发" alone is a field only when a name follows; "签发时间" etc. would be another label.
  if (value === '' && match[1] !== '签发盖章') return null;
  return { label: match[1]!, value };
}

const BRACKET_OPEN = '[〔\\[【(（［{｛]';
const BRACKET_CLOSE = '[〕\\]】)）］}｝]';
const DOC_NUMBER = new RegExp(
  `([\\u4e00-\\u9fff]{1,20}) ?${BRACKET_OPEN} ?(\\d{4}) ?${BRACKET_CLOSE} ?(\\d{1,5}) ?号`,
);

/** 明政办〔2023〕6号, with any bracket OCR gave it; returned with 〔〕 as the canonical brackets. */
export function findDocNumber(text: string): { value: string; index: number; length: number } | null {
  const match = DOC_NUMBER.exec(text);
  if (!match) return null;
  return {
    value: `${match[1]}〔${match[2]}〕${Number(match[3])}号`,
    index: match.index,
    length: match[0].length,
  };
}

const YEAR = '(\\d{4}|[〇零○一二三四五六七八九]{4})';
const SMALL = `(\\d{1,2}|${CHINESE_NUMERAL})`;
const DATE_LINE = new RegExp(`^${YEAR} ?年 ?${SMALL} ?月 ?${SMALL} ?日$`);

/** 2023 年 4 月 17 日, 二〇二三年四月十七日 → 2023-04-17. */
export function matchDateLine(text: string): string | null {
  const match = DATE_LINE.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const year = yearValue(match[1]!);
  const month = chineseToNumber(match[2]!);
  const day = chineseToNumber(match[3]!);
  if (year === null || !month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function yearValue(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((char) => (/[〇零○]/.test(char) ? 0 : chineseToNumber(char)));
  return digits.some((digit) => digit === null) ? null : Number(digits.join(''));
}

/** （此件主动公开）, (此件公开发布), （此件不予公开） → the disclosure words. */
export function matchDisclosure(text: string): string | null {
  const match = /^[(（] ?此件 ?([\u4e00-\u9fff ]{2,12}?) ?[)）]$/.exec(text);
  return match ? match[1]!.replace(/ /g, '') : null;
}

/** 附件：XX方案, 附件1：…; a list of attachments may follow on the next lines as "2.…". */
export function matchAttachmentNote(text: string): { label: string; title: string } | null {
  const match = /^(附 ?件 ?\d{0,2}) ?[:：] ?(.+)$/.exec(text);
  return match ? { label: match[1]!.replace(/ /g, ''), title: match[2]!.trim() } : null;
}

/** A line that is only 附件 / 附件1: the attachment itself starts below it. */
export function matchAttachmentStart(text: string): string | null {
  const match = /^(附 ?件 ?\d{0,2})$/.exec(text);
  return match ? match[1]!.replace(/ /g, '') : null;
}

const POINT = new RegExp(`^(${CHINESE_NUMERAL}) ?[、.，,] ?(.*)$`);

/** 一、加强组织领导。… → the point's marker and its text. */
export function matchChinesePoint(text: string): { number: number; label: string; rest: string } | null {
  const match = POINT.exec(text);
  if (!match) return null;
  const number = chineseToNumber(match[1]!);
  return number ? { number, label: `${match[1]}、`, rest: match[2]! } : null;
}

/** 各乡（镇）人民政府，县直有关单位： — the addressees end with a colon and say nothing else. */
export function matchAddresseeLine(text: string): string | null {
  const match = /^([^。！？:：]{2,200})[:：]$/.exec(text.trim());
  if (!match) return null;
  const body = match[1]!;
  // A heading such as "现将有关事项通知如下：" ends with a colon too; addressees name organs.
  if (/如下$|通知$|要求$/.test(body)) return null;
  return body;
}

/** 抄送：…, XX办公室 2023年4月17日印发: the imprint closing an official document. */
export function isImprint(text: string): boolean {
  // OCR may space the words out ("抄 送：").
  return /^(?:抄 ?送|抄 ?报|分 ?送|主 ?送|印 ?发) ?[:：]/.test(text) || /印 ?发$/.test(text);
}

/** A sentence is over: the next line starts a new paragraph rather than continuing it. */
export function endsSentence(text: string): boolean {
  return /[。！？!?；;：:]["”’）)]?$/.test(text.trim());
}
