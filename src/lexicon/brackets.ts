/** Bracket pairs as notices and their copies write them; OCR swaps one kind for another now and then. */
export const OPENING_BRACKETS = '（(〔[【［{｛';
export const CLOSING_BRACKETS = '）)〕]】］}｝';

/** The brackets of a group that may hold a remark or an attribution (not 《》 or quotes). */
export const GROUP_OPEN = '[〔[【［(（{｛]';
export const GROUP_CLOSE = '[〕\\]】］)）}｝]';
