/**
 * The notice model: the one source of fengong's types (`z.infer`) and of its JSON Schema.
 * Names follow the output contract, schemaVersion 2 (docs/OUTPUT.md is the project's own
 * reference); keys may be added, never renamed or dropped without a new schemaVersion.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .describe('A place in the decoded text: 1-based line and column, 0-based offset (UTF-16 units).');

export const PositionSchema = z
  .object({ start: PointSchema, end: PointSchema })
  .describe('Where a thing stands in the decoded text; end is exclusive.');

export const SourceSchema = z.object({
  name: z.string().nullable().describe('File name, or null for a string or stdin.'),
  encoding: z.string().describe('The encoding the bytes were decoded with (utf8, gb18030, …).'),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const AttachmentNoteSchema = z.object({
  label: z.string().describe('附件, 附件1, …'),
  title: z.string(),
});

export const MetaSchema = z.object({
  title: z.string().nullable().describe('标题, OCR line-join spaces between CJK characters removed.'),
  docNumber: z.string().nullable().describe('发文字号 with 〔〕 as the brackets.'),
  issuer: z.string().nullable().describe('发文机关署名.'),
  date: isoDate.nullable().describe('成文日期.'),
  addressees: z.array(z.string()).describe('主送机关, one entry per addressee.'),
  signer: z.string().nullable().describe('签发人.'),
  urgency: z.string().nullable().describe('紧急程度 / 等级.'),
  disclosure: z.string().nullable().describe('公开属性, e.g. 主动公开.'),
  sender: z.string().nullable().describe('发电单位 of a telegram header, else the issuing organ mark.'),
  telegramClass: z.string().nullable().describe('明电 / 密电 of a telegram header.'),
  attachments: z.array(AttachmentNoteSchema).describe('附件说明: attachments the notice announces.'),
});

export const BodyPointSchema = z.object({
  label: z.string().describe('The point marker as written, e.g. 一、'),
  number: z.number().int().min(1),
  title: z.string().nullable().describe('The lead sentence, e.g. 加强组织领导'),
  text: z.string().describe('The rest of the point, page-break splits joined.'),
  position: PositionSchema,
});

export const DeclaredSchema = z
  .object({
    sections: z.number().int().nullable().describe('Section count the text states (8 项, 4个方面), or null.'),
    tasks: z.number().int().nullable().describe('Task count the text states (99 个主要任务, 21项), or null.'),
  })
  .describe('Counts the text itself states, in any phrasing; a mismatch with what was found is a diagnostic.');

export const PlanSchema = z
  .object({
    index: z.number().int().min(1).describe('1, 2, … in document order.'),
    label: z.string().nullable().describe('附件1, 附件2, … as announced, or null.'),
    title: z.string().nullable().describe("The plan's own title (usually the attachment's)."),
    layout: z
      .string()
      .nullable()
      .describe('How the plan states its tasks: table, prose, … or null when no task was found.'),
    declared: DeclaredSchema,
    position: PositionSchema.optional(),
  })
  .describe('One task plan of the notice (an attachment, or one decomposition of several).');

export const SubsectionSchema = z.object({
  number: z.number().int().min(1),
  label: z.string().describe('As written, normalized: （一）'),
  title: z.string(),
  position: PositionSchema,
});

export const SectionSchema = z.object({
  plan: z.number().int().min(1).describe('Index of the plan the section belongs to (plans[].index).'),
  number: z.number().int().min(1),
  label: z.string().describe('As written, normalized: 一、'),
  title: z.string(),
  subsections: z.array(SubsectionSchema),
  position: PositionSchema,
});

export const UnitRoleSchema = z.enum(['lead', 'support', 'responsible']);

export const UnitSchema = z.object({
  name: z.string().describe('One unit, administrative prefix expanded.'),
  role: UnitRoleSchema,
  implicit: z.boolean().describe('True where the unit comes from a remark governing this task.'),
  canonical: z
    .string()
    .describe('The full official name where fengong knows the abbreviation (县卫健局 → 县卫生健康局), else the name itself.'),
});

export const DeadlineKindSchema = z.enum(['date', 'by', 'period', 'ongoing', 'recurring', 'unspecified']);
export const DeadlineCycleSchema = z.enum(['year', 'half-year', 'quarter', 'month', 'week', 'day']);

export const DeadlineSchema = z.object({
  raw: z.string().nullable().describe('As written.'),
  kind: DeadlineKindSchema,
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  cycle: DeadlineCycleSchema.nullable().describe('How often a recurring deadline repeats; null for every other kind.'),
});

export const MilestoneSchema = DeadlineSchema.extend({
  offset: z.number().int().min(0).describe('Where in the task text the milestone phrase starts.'),
});

export const TaskSchema = z.object({
  ordinal: z
    .number()
    .int()
    .min(1)
    .describe("1, 2, … in document order over the whole notice: the task's key, unique where printed numbers restart."),
  plan: z.number().int().min(1).describe('Index of its plan (plans[].index).'),
  number: z.number().int().min(0).describe('The number as printed; it may repeat across sections and plans.'),
  label: z.string().describe('The numbering as written: 1, 1., （1）, ①'),
  section: z
    .number()
    .int()
    .min(0)
    .describe('Ordinal of its section within its plan (一 = 1; a group of a category column counts as one); 0 where the plan has none.'),
  subsection: z.number().int().min(1).nullable(),
  text: z.string(),
  units: z.array(UnitSchema),
  leaders: z
    .array(z.string())
    .describe('People answerable for the task (牵头领导, 责任领导, 责任人 …), names only, in written order; [] where none.'),
  unitsRaw: z.string().nullable(),
  note: z.string().nullable().describe('A remark found among the units (〔以下均需…下同〕), or the 备注 column.'),
  deadline: DeadlineSchema,
  milestones: z.array(MilestoneSchema).describe('Dated targets stated inside the task text.'),
  position: PositionSchema,
});

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  ruleId: z.string(),
  message: z.string(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
  endLine: z.number().int().min(1).nullable().optional(),
  endColumn: z.number().int().min(1).nullable().optional(),
});

export const ImprintSchema = z
  .object({
    copiedTo: z.array(z.string()).describe('抄送: one entry per organ.'),
    printer: z.string().nullable().describe('印发机关 of the 版记.'),
    printDate: isoDate.nullable().describe('印发日期 of the 版记.'),
  })
  .describe('The 版记 that closes an official document.');

export const NoticeSchema = z.object({
  schemaVersion: z.literal(2),
  source: SourceSchema,
  meta: MetaSchema,
  preamble: z.array(z.string()).describe('Unnumbered paragraphs of the notice before its points.'),
  body: z.array(BodyPointSchema),
  closing: z.array(z.string()).describe('Paragraphs after the points: after the signature, between or after the plans.'),
  imprint: ImprintSchema,
  plans: z.array(PlanSchema).describe('Every task plan of the notice, in document order.'),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type AttachmentNote = z.infer<typeof AttachmentNoteSchema>;
export type BodyPoint = z.infer<typeof BodyPointSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Declared = z.infer<typeof DeclaredSchema>;
export type Imprint = z.infer<typeof ImprintSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Subsection = z.infer<typeof SubsectionSchema>;
export type UnitRole = z.infer<typeof UnitRoleSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type DeadlineCycle = z.infer<typeof DeadlineCycleSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
