/**
 * People answerable for a task — 牵头领导：周立新、韩雪梅, 一、王丹县长牵头重点工作 — are named with a
 * title after the name. The titles are taken off: the model keeps names only.
 */

/** Titles after a leader's name, longest first: 常务副县长 before 副县长 before 县长. */
export const LEADER_TITLES: readonly string[] = [
  '常务副县长', '常务副市长', '常务副区长', '常务副省长', '常务副主任',
  '副县长', '副市长', '副区长', '副省长', '副旗长', '副州长', '副乡长', '副镇长', '副书记', '副主任', '副部长', '副局长', '副主席',
  '县长', '市长', '区长', '省长', '旗长', '州长', '乡长', '镇长', '书记', '主任', '部长', '局长', '主席', '秘书长', '政委',
  '同志', '领导',
].slice().sort((a, b) => b.length - a.length);

/** A heading named after a leader: 一、王丹县长牵头重点工作, （二）李明副县长牵头事项. */
export const LEADER_HEADING = new RegExp(
  `^([\\u4e00-\\u9fff·]{2,4}?)(${LEADER_TITLES.filter((title) => title !== '同志' && title !== '领导').join('|')})(?:同志)?(?:牵头|负责|分管|联系)`,
);
