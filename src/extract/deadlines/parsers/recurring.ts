/**
 * Repeating deadlines: 每年, 每半年, 每季度, 每月, 每周, 每天, 按年度推进, 按季度, 年度, 逐年,
 * 一年一次; 定期 and 每两年 repeat with no cycle of the schema's. A part of the cycle may follow and is part of the phrase
 * (每年12月底前, 每季度末, 每月10日前): the cycle is what a reader files it under, so start and
 * end stay null unless a span is written before it (2023—2025年每年, see the refiners).
 */
import type { DeadlineCycle } from '../../../model/schema';
import { MOD, SUB } from '../grammar';
import type { Parser } from '../types';

const CYCLE: Record<string, DeadlineCycle | null> = {
  年: 'year', 年度: 'year', 年年: 'year', 逐年: 'year',
  半年: 'half-year',
  季: 'quarter', 季度: 'quarter',
  月: 'month', 月度: 'month', 月月: 'month',
  周: 'week', 星期: 'week',
  天: 'day', 日: 'day', 工作日: 'day',
  旬: null, 定期: null,
};

const UNIT =
  '(?:每(?:个|一)?(?<each>年度?|半年|季度?|月度?|旬|周|星期|工作日|天|日)' +
  '|每[两二三四五2-5]个?(?:年|季度|月|周|天)' + // every n units: repeats, but no cycle of ours fits
  '|[一1]?(?<once>半年|年|季度|季|月|周)[一1]次(?!性)' +
  '|按(?<per>年度?|半年|季度?|月度?|周|日|天)(?![\\d程])' +
  '|(?<word>年度(?![内底末终前初])|季度|月度|年年|月月|逐年|定期))';

export const recurringParser: Parser = {
  name: 'recurring',
  needs: '每次按年季月定',
  pattern: new RegExp(`${UNIT}(?:${SUB}|\\d{1,2}[日号]|年(?=[底末终初内]))?${MOD}`, 'g'),
  extract(m) {
    const g = m.groups ?? {};
    const unit = g.each ?? g.per ?? g.word ?? g.once ?? '定期';
    const cycle = CYCLE[unit];
    if (cycle === undefined) return null;
    return {
      from: m.index,
      to: m.index + m[0].length,
      kind: 'recurring',
      start: null,
      end: null,
      cycle,
      span: null,
      dated: false,
    };
  },
};
