/** Diagnostics on stderr in the vfile-reporter shape: file:line:column  severity  message  rule-id. */
import type { Diagnostic } from '../model/schema';

export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.line === null ? `${file}` : `${file}:${diagnostic.line}:${diagnostic.column ?? 1}`;
  return `${place}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.ruleId}`;
}

export interface Totals {
  files: number;
  tasks: number;
  errors: number;
  warnings: number;
  unreadable: number;
}

export function formatSummary(totals: Totals): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [plural(totals.files, 'file'), plural(totals.tasks, 'task'), plural(totals.warnings, 'warning'), plural(totals.errors, 'error')];
  if (totals.unreadable > 0) parts.push(`${totals.unreadable} unreadable`);
  return `fengong: ${parts.join(', ')}`;
}
