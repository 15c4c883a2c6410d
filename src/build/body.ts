/** The notice's own text: unnumbered paragraphs (preamble) and numbered points (一、…). */
import type { BodyPoint } from '../model/schema';
import type { Root } from '../tree';
import { cleanJoined } from '../extract/text';
import { foldWidth } from '../lines';
import { matchChinesePoint } from '../classify/notice-lines';

export function readBody(root: Root): { preamble: string[]; body: BodyPoint[] } {
  const preamble: string[] = [];
  const body: BodyPoint[] = [];
  for (const node of root.children) {
    if (node.type === 'paragraph') {
      if (body.length === 0) preamble.push(cleanJoined(node.children.map((segment) => segment.value)));
    } else if (node.type === 'point') {
      const [first, ...rest] = node.children;
      const marker = matchChinesePoint(foldWidth(first!.value).trim());
      const content = first!.value.trim().slice(first!.value.trim().length - (marker?.rest.length ?? first!.value.trim().length));
      const text = cleanJoined([content, ...rest.map((segment) => segment.value)]);
      const split = splitLeadSentence(text);
      body.push({ label: node.label, number: node.number, title: split.title, text: split.text, position: node.position });
    }
  }
  return { preamble, body };
}

/** 加强组织领导。各部门要… → title 加强组织领导, text 各部门要… (a lead sentence is short). */
function splitLeadSentence(text: string): { title: string | null; text: string } {
  const end = text.search(/[。！]/);
  if (end > 0 && end <= 40) return { title: text.slice(0, end), text: text.slice(end + 1).trim() };
  return { title: null, text };
}
