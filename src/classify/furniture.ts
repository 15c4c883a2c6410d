/**
 * Page furniture: what a PDF viewer or OCR engine adds around the text and what no reader
 * means as content. Each pattern is anchored and linear.
 */
const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-—–－―─~]{1,2} ?\d{1,4} ?[-—–－―─~]{1,2}$/, // — 7 —, - 7 -
  /^第 ?\d{1,4} ?页(?: ?[,，\/]? ?共 ?\d{1,4} ?页)?$/, // 第 7 页 共 12 页
  /^共 ?\d{1,4} ?页 ?第 ?\d{1,4} ?页$/,
  /^\d{1,4} ?\/ ?\d{1,4}$/, // 7/12
  /^(?:page|Page|PAGE) ?\d{1,4}(?: ?(?:of|\/) ?\d{1,4})?$/,
];

export function isPageNumber(view: string): boolean {
  const text = view.trim();
  return text.length <= 24 && PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(text));
}
