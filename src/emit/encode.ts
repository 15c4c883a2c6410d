/**
 * Output bytes for `--out-encoding`: UTF-8 through the platform's TextEncoder, GB18030 through
 * iconv-lite (for spreadsheet programs on Chinese Windows that read CSV in the ANSI code page).
 */
import iconv from 'iconv-lite';

export type OutputEncoding = 'utf8' | 'gb18030';

const BOM = '\uFEFF';

/**
 * The text as bytes. A leading BOM is kept for UTF-8 and dropped for GB18030: a GB18030 BOM
 * (84 31 95 33) shows as garbage where the file is read as GBK, the usual reason to pick it.
 */
export function encodeOutput(text: string, encoding: OutputEncoding): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(text);
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const bytes = iconv.encode(body, 'gb18030');
  // A plain Uint8Array copy: iconv-lite hands back a Buffer (a Node subclass, maybe pooled).
  return Uint8Array.from(bytes);
}
