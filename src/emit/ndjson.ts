/**
 * NDJSON: one task per line, each carrying its document's identity, so that the tasks of
 * thousands of notices stream into one table (`cat *.ndjson | duckdb …`).
 */
import type { Notice, Task } from '../model/schema';
import { outlineOf } from './outline';

export interface TaskRecord extends Task {
  source: string | null;
  sha256: string;
  docNumber: string | null;
  title: string | null;
  planTitle: string | null;
  sectionTitle: string | null;
  subsectionTitle: string | null;
}

/** Each task of the notice with its document's identity and its section titles. */
export function taskRecords(notice: Notice): TaskRecord[] {
  const outline = outlineOf(notice);
  return notice.tasks.map((task) => ({
    source: notice.source.name,
    sha256: notice.source.sha256,
    docNumber: notice.meta.docNumber,
    title: notice.meta.title,
    planTitle: outline.plan(task)?.title ?? null,
    sectionTitle: outline.section(task)?.title ?? null,
    subsectionTitle: outline.subsection(task)?.title ?? null,
    ...task,
  }));
}

// JSON.stringify leaves U+2028/U+2029 raw; readers that split on every Unicode line break
// (Python's str.splitlines, some log shippers) would cut a record in two.
const UNICODE_LINE_BREAKS = /[\u2028\u2029]/g;

function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    UNICODE_LINE_BREAKS,
    (ch) => `\\u${ch.charCodeAt(0).toString(16)}`,
  );
}

/** One JSON object per task, each line ending with "\n"; "" when the notice has no tasks. */
export function toNdjson(notice: Notice): string {
  return taskRecords(notice)
    .map((record) => `${jsonLine(record)}\n`)
    .join('');
}
