/**
 * fengong: Chinese task-division notices (分工方案) → typed data.
 * This file is the table of contents of the public API; the work lives in the stages.
 */
export { parse, type ParseOptions, type ParseResult } from './parse';
export { decode, DecodeError, setSha256, type DecodeOptions, type Decoded, type EncodingName, type Sha256Hex } from './decode';
export * from './model/schema';
export { noticeJsonSchema } from './model/json-schema';
export { toJson, toNdjson, toCsv, toMarkdown, toMarkdownTree, type CsvOptions, type CsvTable } from './emit';
export { parseUnits, splitUnits, carryPrefix, canonicalUnitName, type ParsedUnits, type UnitRemark } from './extract/units';
export { parseDeadline, findMilestones, type DeadlineContext } from './extract/deadlines';
export type { Root as NoticeTree } from './tree';
export { fengongParse, fengongJson, fengongNdjson, fengongCsv, fengongMarkdown } from './unified';
