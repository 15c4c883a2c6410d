/**
 * Stage 2: text → lines with offsets, plus a normalized view for the classifiers.
 * The view keeps every character's index (1:1 mapping), so a match in the view is a
 * position in the source.
 */
import { CodeSet } from './chars';

export interface SourceLine {
  /** 1-based line number in the decoded text. */
  line: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character (line ending excluded). */
  end: number;
  /** The line as written. */
  raw: string;
  /** Same length as `raw`: full-width digits, letters and spaces folded to ASCII. */
  view: string;
  /** The line break after the line as written ('\n', '\r\n', '\r', …; '' for the last line). */
  eol: string;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    lines.push(makeLine(text.slice(start, match.index), number, start, match[0]));
    start = match.index + match[0].length;
    number += 1;
  }
  if (start < text.length || lines.length === 0) lines.push(makeLine(text.slice(start), number, start, ''));
  return lines;
}

function makeLine(raw: string, line: number, start: number, eol: string): SourceLine {
  return { line, start, end: start + raw.length, raw, view: foldWidth(raw), eol };
}

/**
 * Full-width ASCII forms (ＡＢ１２，：（）) → ASCII; ideographic, no-break and other spaces, and
 * the invisible marks web pages, OCR and pdftotext leave (zero-width space, a stray BOM, a form
 * feed at a page break) → ' '.
 * One character in, one out, so indices stay valid. Chinese punctuation such as 、。〔〕 stays.
 */
const WIDE_FORM = new CodeSet('\x0b\x0c\u3000\u00a0\u1680\u202f\u205f\u2060\ufeff', [
  [0xff01, 0xff5e],
  [0x2000, 0x200d],
]);

export function foldWidth(text: string): string {
  // Most lines of a Chinese notice hold full-width punctuation (，：（）): rewrite by code, copying
  // the stretches between as they are.
  let pieces: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!WIDE_FORM.has(code)) continue;
    pieces ??= [];
    pieces.push(text.slice(copied, i), code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ');
    copied = i + 1;
  }
  if (pieces === null) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}
