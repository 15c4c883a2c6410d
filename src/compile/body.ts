/**
 * The notice's own text: unnumbered paragraphs before its points (preamble), the numbered points
 * (一、…) with any unnumbered paragraph that goes on with one, and the paragraphs after the last
 * point (closing: 特此通知, a note after the signature).
 */
import type { BodyPoint } from '../model/schema';
import type { Root } from '../tree';
import { cleanJoined } from '../extract/text';
import { foldWidth } from '../lines';
import { matchChinesePoint } from '../classify/notice-lines';

export interface NoticeText {
  preamble: string[];
  body: BodyPoint[];
  closing: string[];
}

export function readBody(root: Root): NoticeText {
  const preamble: string[] = [];
  const body: BodyPoint[] = [];
  const closing: string[] = [];
  // Paragraphs after a point wait here: the next point makes them the point's own, the end of the notice closing.
  let pending: string[] = [];
  const settle = (): void => {
    const last = body[body.length - 1];
    if (last && pending.length > 0) last.text = [last.text, ...pending].filter((part) => part !== '').join('\n');
    pending = [];
  };
  for (const node of root.children) {
    if (node.type === 'paragraph') {
      const text = cleanJoined(node.children.map((segment) => segment.value));
      if (body.length === 0) preamble.push(text);
      else pending.push(text);
    } else if (node.type === 'point') {
      settle();
      const [first, ...rest] = node.children;
      const marker = matchChinesePoint(foldWidth(first!.value).trim());
      const content = first!.value.trim().slice(first!.value.trim().length - (marker?.rest.length ?? first!.value.trim().length));
      const text = cleanJoined([content, ...rest.map((segment) => segment.value)]);
      const split = splitLeadSentence(text);
      body.push({ label: node.label, number: node.number, title: split.title, text: split.text, position: node.position });
    } else if (node.type === 'signature' || node.type === 'date' || node.type === 'attachmentNote' || node.type === 'plan') {
      // The points are over: what follows closes the notice.
      closing.push(...pending);
      pending = [];
    }
  }
  closing.push(...pending);
  return { preamble, body, closing };
}

/** 加强组织领导。各部门要… → title 加强组织领导, text 各部门要… (a lead sentence is short). */
function splitLeadSentence(text: string): { title: string | null; text: string } {
  const end = text.search(/[。！]/);
  if (end > 0 && end <= 40) return { title: text.slice(0, end), text: text.slice(end + 1).trim() };
  return { title: null, text };
}
