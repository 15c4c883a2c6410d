/**
 * Notice metadata from the letterhead and closing nodes. Telegram headers pack several
 * fields on one line ("等级 平急 · 明电明政办发明电〔2023〕16号 明机发 号"), so each field is
 * found by its own pattern within the line.
 */
import type { Meta } from '../model/schema';
import type { Root, HeaderLine, NoticeChild } from '../tree';
import { findDocNumber, matchAttachmentNote, matchDateLine, matchDisclosure } from '../classify/notice-lines';
import { foldWidth } from '../lines';
import { splitUnits } from '../extract/units';
import { cleanJoined, cleanText } from '../extract/text';
import { closeUp } from '../classify/spaced';

const URGENCY = /(特急|特提|加急|平急|急件|特快)/;
const TELEGRAM_CLASS = /(明电|密电)/;

export function readMeta(root: Root): Meta {
  const children = root.children;
  const headerLines = children.filter((node): node is HeaderLine => node.type === 'headerLine');
  const meta: Meta = {
    title: null,
    docNumber: null,
    issuer: null,
    date: null,
    addressees: [],
    signer: null,
    urgency: null,
    disclosure: null,
    sender: null,
    telegramClass: null,
    attachments: [],
  };
  for (const line of headerLines) readHeaderLine(meta, line);
  const signatures: string[] = [];
  for (const node of children) readClosingNode(meta, node, signatures);
  if (signatures.length > 0) meta.issuer = signatures.join('、');
  return meta;
}

function fieldValue(line: HeaderLine): string {
  // Letterheads are letter-spaced ("签发盖 章 张三"): read with the blanks inside words closed up.
  const view = closeUp(foldWidth(line.value).trim());
  if (!line.label || !view.startsWith(line.label)) return view;
  return view.slice(line.label.length).replace(/^ ?[:：] ?/, '').trim();
}

function readHeaderLine(meta: Meta, line: HeaderLine): void {
  const value = fieldValue(line);
  switch (line.label) {
    case '发电单位':
    case '发文机关':
      meta.sender = cleanText(value);
      return;
    case '签发盖章':
    case '签发人':
    case '签发':
      if (value) meta.signer = cleanText(value).replace(/ /g, '');
      return;
    case '紧急程度':
      meta.urgency = URGENCY.exec(value)?.[1] ?? (value || null);
      return;
    case null:
      if (/文件$/.test(value)) meta.sender ??= cleanText(value.replace(/文件$/, ''));
      break;
    default:
      break;
  }
  meta.urgency ??= URGENCY.exec(value)?.[1] ?? null;
  readDocNumber(meta, value);
  readInlineSigner(meta, value);
}

function readDocNumber(meta: Meta, value: string): void {
  if (meta.docNumber) return;
  const telegramClass = TELEGRAM_CLASS.exec(value);
  const found = findDocNumber(value);
  if (!found) return;
  let docNumber = found.value;
  // "明电明政办发明电〔2023〕16号": the telegram class stands glued before the doc number.
  if (telegramClass && telegramClass.index <= found.index && docNumber.startsWith(telegramClass[1]!) && docNumber.length > 10) {
    meta.telegramClass = telegramClass[1]!;
    docNumber = docNumber.slice(telegramClass[1]!.length);
  } else if (telegramClass) meta.telegramClass = telegramClass[1]!;
  meta.docNumber = docNumber;
}

/** "明政办〔2023〕6号  签发人：张三" on one letterhead line. */
function readInlineSigner(meta: Meta, value: string): void {
  if (meta.signer) return;
  const match = /签发人? ?[:：]? ?([\u4e00-\u9fff·]{2,8})/.exec(value);
  if (match) meta.signer = match[1]!;
}

function readClosingNode(meta: Meta, node: NoticeChild, signatures: string[]): void {
  switch (node.type) {
    case 'title':
      meta.title ??= cleanJoined(node.children.map((segment) => segment.value));
      return;
    case 'addressees':
      if (meta.addressees.length === 0) {
        const text = cleanJoined(node.children.map((segment) => segment.value)).replace(/[:：]$/, '');
        meta.addressees = splitUnits(text).flat().map((name) => name.trim()).filter((name) => name !== '');
      }
      return;
    case 'attachmentNote':
      for (const segment of node.children) {
        const note = matchAttachmentNote(foldWidth(segment.value).trim());
        const title = cleanText(note ? note.title : segment.value);
        // 附件：1.…  2.… — a numbered list names 附件1, 附件2.
        const numbered = /^(\d{1,2}) ?[.．、] ?/.exec(title);
        const label = numbered && (note?.label ?? '附件') === '附件' ? `附件${numbered[1]}` : (note?.label ?? '附件');
        meta.attachments.push({ label, title: numbered ? title.slice(numbered[0].length) : title });
      }
      return;
    case 'signature':
      signatures.push(cleanText(node.value));
      return;
    case 'date':
      meta.date ??= matchDateLine(foldWidth(node.value));
      return;
    case 'disclosure':
      meta.disclosure ??= matchDisclosure(foldWidth(node.value).trim());
      return;
    default:
      return;
  }
}

