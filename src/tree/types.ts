/**
 * The notice as a unist-style syntax tree. Every node has a `position` in the decoded text;
 * every leaf holds its source text in `value`, so the leaves in order account for every
 * non-blank character of the input (see `leafText`).
 */
import type { Position } from '../model/schema';
import type { Column } from '../classify/table-header';

export interface Leaf<Type extends string = string> {
  type: Type;
  value: string;
  position: Position;
}

export interface Parent<Type extends string, Child> {
  type: Type;
  children: Child[];
  position: Position;
}

/** A line of the letterhead: 发电单位 …, 签发盖章 …, 等级 …, a bare doc number, 福建省发电. */
export type HeaderLine = Leaf<'headerLine'> & { label: string | null };
export type Segment = Leaf<'segment'>;
export type Title = Parent<'title', Segment>;
export type Addressees = Parent<'addressees', Segment>;
export type Paragraph = Parent<'paragraph', Segment>;
export type BodyPoint = Parent<'point', Segment> & { label: string; number: number };
export type AttachmentNote = Parent<'attachmentNote', Segment>;
export type Signature = Leaf<'signature'>;
export type DateLine = Leaf<'date'>;
export type Disclosure = Leaf<'disclosure'>;
/** 抄送, 印发 and the like: the imprint at the end of an official document. */
export type Imprint = Leaf<'imprint'>;
export type AttachmentStart = Leaf<'attachmentStart'>;
export type Furniture = Leaf<'furniture'>;
/** A line that fits nowhere: kept, and reported. */
export type Unknown = Leaf<'unknown'>;

/** A cell of a task: a table cell, a piece of prose, an inline attribution, or a labelled line. */
export type Cell = Leaf<'cell'> & { column: Column['kind'] | 'attribution'; role?: Column['role']; label?: string };
export type Task = Parent<'task', Cell> & { number: number; label: string };
export type TableHeader = Leaf<'tableHeader'> & { columns: Column[] };
export type Heading = Leaf<'heading'>;
export type Subsection = Parent<'subsection', Heading | Paragraph | Task | Furniture | TableHeader | Unknown> & {
  number: number;
  label: string;
};
export type Section = Parent<'section', Heading | Paragraph | Subsection | Task | Furniture | TableHeader | Unknown> & {
  number: number;
  label: string;
};
export type PlanTitle = Parent<'planTitle', Segment>;
export type PlanChild = PlanTitle | TableHeader | Section | Subsection | Task | Furniture | Unknown | Paragraph | Imprint;
/** `layout`: how the plan states its tasks — a table, or numbered prose. */
export type Plan = Parent<'plan', PlanChild> & { layout?: 'table' | 'prose' };

export type NoticeChild =
  | HeaderLine
  | Title
  | Addressees
  | Paragraph
  | BodyPoint
  | AttachmentNote
  | Signature
  | DateLine
  | Disclosure
  | Imprint
  | AttachmentStart
  | Furniture
  | Unknown
  | Plan;

export type Root = Parent<'root', NoticeChild>;

export type AnyNode = Root | NoticeChild | PlanChild | Section | Subsection | Task | Cell | Heading | Segment;
