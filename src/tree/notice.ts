/**
 * The notice's own part, top to bottom: letterhead, title, addressees, body (paragraphs and
 * numbered points), attachment note, signature, date, disclosure, imprint. A small state
 * machine over lines, since what a line is depends on where it stands.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines';
import { isPageNumber } from '../classify/furniture';
import {
  endsSentence,
  findDocNumber,
  isImprint,
  isOrganMark,
  isTelegramBanner,
  matchAddresseeLine,
  matchAttachmentNote,
  matchChinesePoint,
  matchDateLine,
  matchDisclosure,
  matchHeaderField,
} from '../classify/notice-lines';
import { report } from '../diagnostics';
import { enclose, trimmedSpanOf } from './position';
import type { HeaderLine, NoticeChild, Paragraph, Segment } from './types';
import { closeUp } from '../classify/spaced';

type Phase = 'letterhead' | 'title' | 'body';

export function segmentOf(line: SourceLine): Segment {
  const position = trimmedSpanOf(line);
  return {
    type: 'segment',
    value: line.raw.slice(position.start.column - 1, position.end.column - 1),
    position,
  };
}

export function buildNoticePart(lines: SourceLine[], file: VFile): NoticeChild[] {
  const nodes: NoticeChild[] = [];
  let phase: Phase = 'letterhead';
  let titleSegments: Segment[] = [];

  const flushTitle = (): void => {
    if (titleSegments.length > 0) {
      nodes.push({ type: 'title', children: titleSegments, position: enclose(titleSegments, titleSegments[0]!.position) });
    }
    titleSegments = [];
    phase = 'body';
  };

  for (const line of lines) {
    const text = line.view.trim();
    if (text === '') continue;
    const segment = segmentOf(line);
    if (isPageNumber(text)) {
      nodes.push({ ...segment, type: 'furniture' });
      continue;
    }
    if (phase === 'letterhead') {
      const header = letterheadLine(text, segment);
      if (header) {
        nodes.push(header);
        continue;
      }
      phase = 'title';
    }
    if (phase === 'title') {
      // Some layouts print the doc number under the title rather than above it.
      const docNumberLine = letterheadLine(text, segment);
      if (docNumberLine?.label === '发文字号') {
        nodes.push(docNumberLine);
        continue;
      }
      const addressees = matchAddresseeLine(text);
      if (addressees !== null) {
        flushTitle();
        nodes.push({ type: 'addressees', children: [segment], position: segment.position });
        continue;
      }
      if (!looksLikeBody(text)) {
        titleSegments.push(segment);
        continue;
      }
      flushTitle();
    }
    addBodyLine(nodes, text, segment, file);
  }
  if (phase === 'title') flushTitle();
  return nodes;
}

function letterheadLine(spaced: string, segment: Segment): HeaderLine | null {
  // Letterheads are letter-spaced ("福建 省发电", "签发盖 章 张三"): read with the blanks inside words closed up.
  const text = closeUp(spaced);
  if (isTelegramBanner(text) || isOrganMark(text)) return { ...segment, type: 'headerLine', label: null };
  const field = matchHeaderField(text);
  if (field) return { ...segment, type: 'headerLine', label: field.label };
  // GB/T 9704 prints 份号 (000123), 密级 and 紧急程度 (特急) as bare words at the top.
  if (/^\d{6}$/.test(text)) return { ...segment, type: 'headerLine', label: '份号' };
  if (/^(?:特急|加急|平急|特提|急件)(?: ?[·•] ?\S+)?$/.test(text)) return { ...segment, type: 'headerLine', label: '紧急程度' };
  if (/^(?:绝密|机密|秘密)(?: ?★ ?\S*)?$/.test(text)) return { ...segment, type: 'headerLine', label: '密级' };
  const docNumber = findDocNumber(text);
  // A letterhead line holding only the doc number (and perhaps 签发人：…).
  const besides = docNumber ? (text.slice(0, docNumber.index) + text.slice(docNumber.index + docNumber.length)).replace(/签发人? ?[:：]? ?[\u4e00-\u9fff·]{2,8}/, '').replace(/\s+/g, '') : '';
  if (docNumber && besides.length < 6 && !/[。，]/.test(text)) {
    return { ...segment, type: 'headerLine', label: '发文字号' };
  }
  return null;
}

/** Body text rather than a title line: a full sentence, or a numbered point. */
function looksLikeBody(text: string): boolean {
  return /[。；]/.test(text) || matchChinesePoint(text) !== null || text.length > 80;
}

function addBodyLine(nodes: NoticeChild[], text: string, segment: Segment, file: VFile): void {
  const note = matchAttachmentNote(text);
  if (note) {
    nodes.push({ type: 'attachmentNote', children: [segment], position: segment.position });
    return;
  }
  // Page furniture between two lines of a paragraph (a page break) does not end the paragraph.
  const last = lastContent(nodes);
  if (last?.type === 'attachmentNote' && /^\d{1,2} ?[.．、]/.test(text)) {
    last.children.push(segment);
    last.position = enclose(last.children, last.position);
    return;
  }
  if (matchDateLine(text)) {
    markSignatures(nodes);
    nodes.push({ ...segment, type: 'date' });
    return;
  }
  if (matchDisclosure(text) !== null) {
    nodes.push({ ...segment, type: 'disclosure' });
    return;
  }
  if (isImprint(text)) {
    nodes.push({ ...segment, type: 'imprint' });
    return;
  }
  const point = matchChinesePoint(text);
  if (point) {
    nodes.push({ type: 'point', label: point.label, number: point.number, children: [segment], position: segment.position });
    return;
  }
  if ((last?.type === 'paragraph' || last?.type === 'point') && !endsSentence(last.children.at(-1)!.value)) {
    // A paragraph broken by a page break: "…建立健全工" / "作机制，…".
    last.children.push(segment);
    last.position = enclose(last.children, last.position);
    return;
  }
  if (last?.type === 'date' || last?.type === 'disclosure') {
    report(file, 'warning', 'unrecognized-line', `line ${segment.position.start.line}: text after the notice's date fits no known part`, segment.position);
    nodes.push({ ...segment, type: 'unknown' });
    return;
  }
  nodes.push({ type: 'paragraph', children: [segment], position: segment.position });
}

function lastContent(nodes: NoticeChild[]): NoticeChild | undefined {
  for (let index = nodes.length - 1; index >= 0; index--) if (nodes[index]!.type !== 'furniture') return nodes[index];
  return undefined;
}

/** The short lines right above the date are the issuer's signature (several for a joint notice). */
function markSignatures(nodes: NoticeChild[]): void {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    if (node.type === 'furniture') continue;
    if (!isSignatureLike(node)) break;
    // Joint notices sign with one organ a line; the page-break join may have merged them.
    const signatures = (node as Paragraph).children.map((segment): NoticeChild => ({ ...segment, type: 'signature' }));
    nodes.splice(index, 1, ...signatures);
  }
}

function isSignatureLike(node: NoticeChild): boolean {
  if (node.type !== 'paragraph' || node.children.length > 4) return false;
  return node.children.every((segment) => segment.value.trim().length <= 40 && !/[。，,；;：:！？]/.test(segment.value));
}
