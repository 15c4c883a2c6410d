import { describe, expect, it } from 'vitest';
import { toJson, toNdjson } from '../../src/emit';
import { NoticeSchema } from '../../src/model/schema';
import { MARKUP_TEXT, sampleNotice } from './sample-notice';

describe('json: the notice as the model has it', () => {
  it('parses back to the same notice, valid against the model', () => {
    const notice = sampleNotice();
    const back = JSON.parse(toJson(notice));
    expect(back).toEqual(notice);
    expect(NoticeSchema.safeParse(back).success).toBe(true);
  });

  it('is indented by default and one line with pretty: false, ending with a newline', () => {
    const pretty = toJson(sampleNotice());
    const compact = toJson(sampleNotice(), { pretty: false });
    expect(pretty).toMatch(/^\{\n {2}"schemaVersion": 2,/);
    expect(compact.split('\n')).toEqual([expect.stringMatching(/^\{"schemaVersion":2,/), '']);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
  });
});

describe('ndjson: one task per line with its document identity', () => {
  const lines = () => toNdjson(sampleNotice()).split('\n');

  it('writes one line per task, each ending with a newline', () => {
    const all = lines();
    expect(all).toHaveLength(sampleNotice().tasks.length + 1);
    expect(all.at(-1)).toBe('');
  });

  it('carries the source, sha256, doc number, titles and the whole task', () => {
    const notice = sampleNotice();
    const record = JSON.parse(lines()[1]!);
    expect(record).toEqual({
      source: 'sample.txt',
      sha256: notice.source.sha256,
      docNumber: '示政办〔2023〕7号',
      title: notice.meta.title,
      planTitle: '示例工作分工方案',
      sectionTitle: '健全工作机制',
      subsectionTitle: '完善组织体系',
      ...notice.tasks[1],
    });
    expect(record.text).toBe(MARKUP_TEXT);
    expect(JSON.parse(lines()[0]!).subsectionTitle).toBeNull();
  });

  it('has null titles where the outline lacks the task’s section', () => {
    const record = JSON.parse(toNdjson(sampleNotice({ sections: [] })).split('\n')[0]!);
    expect(record).toMatchObject({ sectionTitle: null, subsectionTitle: null, section: 1 });
  });

  it('keeps a record on one line even with U+2028/U+2029 in the text', () => {
    const notice = sampleNotice();
    notice.tasks[0]!.text = '甲\u2028乙\u2029丙';
    const out = toNdjson(notice);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out.split('\n')[0]!).text).toBe('甲\u2028乙\u2029丙');
  });

  it('writes nothing for a notice without tasks', () => {
    expect(toNdjson(sampleNotice({ tasks: [] }))).toBe('');
  });
});
