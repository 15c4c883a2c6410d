/**
 * fengong in the unified ecosystem: fengongParse yields the notice tree and the model, the
 * compilers give exactly what the plain emitters give, and the diagnostics are vfile messages.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fengongCsv, fengongJson, fengongMarkdown, fengongNdjson, fengongParse, parse, toCsv, toJson, toMarkdown, toNdjson } from '../../src';
import { seed } from './run-cli';

const seedText = readFileSync(seed, 'utf8');
const NAME = 'notices/seed.txt';
const { notice } = parse(seedText, { name: NAME });

interface Node {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: Node[];
}

function allNodes(node: Node): Node[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

describe('fengongParse + a compiler: the same output as the plain emitters', () => {
  const processor = (compiler: 'csv' | 'json' | 'ndjson' | 'md') => {
    const base = unified().use(fengongParse);
    if (compiler === 'csv') return base.use(fengongCsv, { table: 'assignments' });
    if (compiler === 'json') return base.use(fengongJson);
    if (compiler === 'ndjson') return base.use(fengongNdjson);
    return base.use(fengongMarkdown);
  };
  const run = (compiler: Parameters<typeof processor>[0]) => processor(compiler).processSync(new VFile({ path: NAME, value: seedText }));

  it('fengongCsv with {table: "assignments"} equals toCsv', () => {
    const plainText = unified().use(fengongParse).use(fengongCsv, { table: 'assignments' }).processSync(seedText);
    expect(String(plainText)).toBe(toCsv(parse(seedText).notice, { table: 'assignments' }));
    expect(String(run('csv'))).toBe(toCsv(notice, { table: 'assignments' }));
  });

  it('fengongCsv passes its options on (tasks table, no BOM)', () => {
    const file = unified().use(fengongParse).use(fengongCsv, { table: 'tasks', bom: false }).processSync(new VFile({ path: NAME, value: seedText }));
    expect(String(file)).toBe(toCsv(notice, { bom: false }));
    expect(String(file).startsWith('source,')).toBe(true);
  });

  it('fengongJson equals toJson, and the file name becomes source.name', () => {
    const file = run('json');
    expect(String(file)).toBe(toJson(notice));
    expect(JSON.parse(String(file)).source.name).toBe(NAME);
  });

  it('fengongNdjson equals toNdjson', () => {
    expect(String(run('ndjson'))).toBe(toNdjson(notice));
  });

  it('fengongMarkdown equals toMarkdown', () => {
    expect(String(run('md'))).toBe(toMarkdown(notice));
  });

  it('leaves the model on file.data.notice', () => {
    expect(run('json').data.notice).toEqual(notice);
  });

  it('reads GB18030 bytes given as the file value, as parse does', () => {
    const bytes = new Uint8Array(iconv.encode(seedText, 'gb18030'));
    const file = unified().use(fengongParse).use(fengongJson).processSync(bytes);
    const fromBytes = JSON.parse(String(file));
    expect(fromBytes.source.encoding).toBe('gb18030');
    expect(fromBytes.tasks).toEqual(JSON.parse(JSON.stringify(notice.tasks)));
  });

  it('reports bytes that are not text as a message instead of throwing', () => {
    const file = unified().use(fengongParse).use(fengongJson).processSync(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 0]));
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['decode-binary', true]]);
    expect(JSON.parse(String(file)).tasks).toEqual([]);
  });

  it('fails clearly when the file lacks the notice fengongParse leaves', () => {
    const processor = unified().use(fengongParse).use(fengongJson);
    expect(() => processor.stringify(processor.parse(seedText))).toThrow(/fengongParse first/);
  });
});

describe('fengongParse: diagnostics are vfile messages', () => {
  const file = unified().use(fengongParse).use(fengongJson).processSync(new VFile({ path: NAME, value: seedText }));

  it('holds every diagnostic of the model, with its line, column and rule', () => {
    expect(file.messages).toHaveLength(notice.diagnostics.length);
    expect(notice.diagnostics.length).toBeGreaterThan(0);
    const messages = file.messages.map((message) => ({
      ruleId: message.ruleId,
      message: message.reason,
      line: message.line,
      column: message.column,
      source: message.source,
      file: message.file,
    }));
    expect(messages).toEqual(
      notice.diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.ruleId,
        message: diagnostic.message,
        line: diagnostic.line,
        column: diagnostic.column,
        source: 'fengong',
        file: NAME,
      })),
    );
    expect(file.messages.every((message) => typeof message.line === 'number' && typeof message.column === 'number')).toBe(true);
  });

  it('marks severity as vfile does: warnings not fatal, infos fatal undefined, errors fatal', () => {
    const severityOf = (fatal: boolean | null | undefined) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info');
    expect(file.messages.map((message) => severityOf(message.fatal))).toEqual(notice.diagnostics.map((diagnostic) => diagnostic.severity));
    const bad = unified().use(fengongParse).use(fengongJson).processSync('这不是一份通知');
    expect(bad.messages.some((message) => message.fatal === true && message.ruleId === 'no-tasks')).toBe(true);
  });

  it('prints as a reporter line file:line:column', () => {
    const mismatch = file.messages.find((message) => message.ruleId === 'attachment-title-mismatch')!;
    expect(String(mismatch)).toMatch(new RegExp(`^${NAME}:\\d+:\\d+(-\\d+:\\d+)?: `));
  });
});

describe('fengongParse: the tree has a position on every node', () => {
  const processor = unified().use(fengongParse);
  const tree = processor.parse(seedText) as unknown as Node;
  const nodes = allNodes(tree);

  it('is a unist root with the notice in it', () => {
    expect(tree.type).toBe('root');
    expect(nodes.filter((node) => node.type === 'task')).toHaveLength(99);
  });

  it('gives every node a start and an end, in order, inside the text', () => {
    for (const node of nodes) {
      expect(node.position, node.type).toBeDefined();
      const { start, end } = node.position!;
      expect(start.line).toBeGreaterThanOrEqual(1);
      expect(start.column).toBeGreaterThanOrEqual(1);
      expect(end.offset!).toBeGreaterThanOrEqual(start.offset!);
      expect(end.offset!).toBeLessThanOrEqual(seedText.length);
    }
  });

  it('places a task where the model says it is', () => {
    const task = nodes.find((node) => node.type === 'task')!;
    expect(task.position).toEqual(notice.tasks[0]!.position);
  });
});
