/**
 * Role words written after a unit rather than before it: 市发改委牵头, 县财政局配合, 县民政局（牵头）,
 * X为牵头单位. Labels before units (牵头单位：…) are in labels.ts.
 */
import type { UnitRole } from '../model/schema';

export const ROLE_SUFFIXES: readonly (readonly [string, UnitRole])[] = [
  ['牵头负责', 'lead'], ['负责牵头', 'lead'], ['牵头落实', 'lead'], ['牵头抓总', 'lead'], ['为牵头单位', 'lead'],
  ['牵头单位', 'lead'], ['牵头', 'lead'], ['（牵头）', 'lead'], ['（牵头单位）', 'lead'], ['（主责）', 'lead'],
  ['主办', 'lead'], ['（主办）', 'lead'],
  ['配合落实', 'support'], ['配合实施', 'support'], ['共同配合', 'support'], ['协助落实', 'support'],
  ['为配合单位', 'support'], ['配合单位', 'support'], ['参与单位', 'support'], ['配合', 'support'],
  ['协助', 'support'], ['协同', 'support'], ['参与', 'support'], ['协办', 'support'],
  ['（配合）', 'support'], ['（配合单位）', 'support'], ['（协办）', 'support'], ['（参与）', 'support'],
  ['为责任单位', 'responsible'], ['（责任单位）', 'responsible'],
];

/**
 * "The first listed leads", in the wordings notices use: 排在第一位的为牵头单位, 列第一位的为牵头（或汇总）
 * 单位, 首位单位为牵头单位, 第一个单位为牵头单位. Read on text with blanks removed.
 */
export const FIRST_IS_LEAD =
  /(?:排在?第一(?:位|个)?|排名第一|列(?:在)?第一(?:位|个)?|首位|第一(?:个|位|家)?)(?:的)?(?:责任)?(?:单位|部门)?(?:为|是|即为)牵头/;
