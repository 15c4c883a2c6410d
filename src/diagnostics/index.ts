/**
 * Problems are data: every stage reports through the notice's VFile (`file.message`), the
 * way remark plugins do; the model carries them as plain objects.
 */
import type { VFile } from 'vfile';
import type { Diagnostic, Position, Severity } from '../model/schema';
import type { RuleId } from './rules';

export { RULES, isRuleId, type Rule, type RuleId } from './rules';

export const SOURCE = 'fengong';

export function report(
  file: VFile,
  severity: Severity,
  ruleId: RuleId,
  reason: string,
  place?: Position | null,
): void {
  // A VFileMessage is an Error: V8 captures a stack trace on construction, which vfile-message
  // then overwrites with ''. Capturing none saves most of its cost (a noisy notice reports hundreds).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: ReturnType<VFile['message']>;
  try {
    message = file.message(reason, { place: place ?? undefined, ruleId, source: SOURCE });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages.map((message) => ({
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId ?? 'unknown',
    message: message.reason,
    line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
    column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? null),
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
  }));
}
