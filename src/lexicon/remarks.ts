/**
 * Remark words: what makes a bracket or a line a remark about units rather than a name or task
 * text — 〔以下均需各乡（镇）人民政府落实，不再列出…下同〕, （具体任务需由各乡（镇）人民政府落实）,
 * （本部分任务均涉及各县（市、区）人民政府）. The scope words say how far a remark reaches.
 */

/** Words that make a bracket among units a remark (duty words too: a bracket of duties names no unit). */
export const REMARK_WORDS = /以下|以上|下同|同上|后同|均需|均须|均由|均涉及|不再|职责|负责|落实|牵头|配合|协助|参与|本部分|本章|本节|分工|有关单位|有关部门|涉及|需要|需由|注：/;

/** Words that make an unbracketed clause, a heading's bracket or a line of its own a blanket remark. */
export const BLANKET_WORDS = /以下|下同|同上|后同|以后|均需|均须|均涉及|均由|不再|本部分|本章|本节|本大项|具体任务|各项任务|需由|须由/;

/** Words that keep a remark to the section it stands in. */
export const SECTION_SCOPE_WORDS = /本部分|本章|本节|本篇|本大项|本板块|本领域|本方面|此部分|该部分|这部分/;

/** Words that carry a remark on to the rest of the plan. */
export const PLAN_SCOPE_WORDS = /以下|下同|后同|以后|不再/;

/** Who the remark makes implicit follows one of these: 均需各乡（镇）人民政府落实, 均涉及各县（市、区）人民政府. */
export const OBLIGATION = /均需要|均需|均须|需要|需由|需|须|均由|统一由|(?<!自)由|均涉及|涉及|均要求|要求/;

/** The opening words of a remark before the units it names: 以下各项任务均…, 具体任务… */
export const SCOPE_LEAD = /^(以下|以上|上述|本部分|本章|本节|本项|具体)?(的)?(各项|所有|全部)?(任务|工作)?(均|都)?/;
