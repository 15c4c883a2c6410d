/** The emitters: a parsed Notice as JSON, NDJSON, CSV or Markdown text. */
export { toJson, type JsonOptions } from './json';
export { toNdjson, taskRecords, type TaskRecord } from './ndjson';
export { toCsv, type CsvOptions, type CsvTable } from './csv';
export { toMarkdown, toMarkdownTree } from './markdown';
