/**
 * Page furniture: what a PDF viewer or OCR engine adds around the text and what no reader
 * means as content. Each pattern is anchored and linear.
 */
const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-—–－―─~·•一]{1,2} ?\d{1,4} ?[-—–－―─~·•一]{1,2}$/, // — 7 —, - 7 -, · 7 ·, and OCR's 一 7 一
  /^第 ?\d{1,4} ?页(?: ?[,，\/]? ?共 ?\d{1,4} ?页)?$/, // 第 7 页 共 12 页
  /^共 ?\d{1,4} ?页 ?第 ?\d{1,4} ?页$/,
  /^\d{1,4} ?\/ ?\d{1,4}$/, // 7/12
  /^(?:page|Page|PAGE) ?\d{1,4}(?: ?(?:of|\/) ?\d{1,4})?$/,
];

/** 续表, （续表）, 续上表, 接上表, 表1（续）: a table going on over a page break. */
const CONTINUED_TABLE = /^[(（]?(?:续 ?表 ?\d{0,2}|续 ?上 ?表|接 ?上 ?表|表 ?\d{0,2} ?[(（]续[)）])[)）]?$/;

/** A ruled table's border, empty row or Markdown rule: |---|:---:|, +----+, ┌──┬──┐, |  |  |. */
const TABLE_RULE = /^[-|｜│┃+=:：─━┌┐└┘├┤┬┴┼ ]+$/;
const RULE_MARK = /[|｜│┃┌┐└┘├┤┬┴┼]|[-=─━]{3}/;

/** A page number, the mark a table carries at the top of its next page (续表), or a table's rule line. */
export function isPageNumber(view: string): boolean {
  const text = view.trim();
  if (TABLE_RULE.test(text) && RULE_MARK.test(text)) return true;
  return text.length <= 24 && (PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(text)) || CONTINUED_TABLE.test(text));
}
