/**
 * JSON: the notice exactly as the model has it (shared/CONTRACT.md), one document per notice.
 */
import type { Notice } from '../model/schema';

export interface JsonOptions {
  /** Indent with two spaces (default true); false gives one compact line. */
  pretty?: boolean;
}

/** The notice as JSON text, ending with a newline. */
export function toJson(notice: Notice, options: JsonOptions = {}): string {
  const pretty = options.pretty ?? true;
  return `${JSON.stringify(notice, null, pretty ? 2 : undefined)}\n`;
}
