import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { noticeJsonSchema } from '../../src/model/json-schema';
import { sampleNotice } from './sample-notice';

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(noticeJsonSchema());
/** The sample notice as plain JSON, as a consumer would load it. */
const plainNotice = () => JSON.parse(JSON.stringify(sampleNotice()));

describe('json schema: generated from the zod model, draft 2020-12', () => {
  it('names its draft, id and title', () => {
    expect(noticeJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.stringMatching(/^urn:fengong:/),
      title: expect.any(String),
      type: 'object',
    });
  });

  it('compiles under strict ajv (no unknown keywords)', () => {
    expect(() => new Ajv2020({ strict: true }).compile(noticeJsonSchema())).not.toThrow();
  });

  it('is built once and cannot be changed by a caller', () => {
    const schema = noticeJsonSchema();
    expect(noticeJsonSchema()).toBe(schema);
    expect(Object.isFrozen(schema)).toBe(true);
  });

  it('accepts a valid notice', () => {
    expect(validate(plainNotice()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts keys a later version may add (the contract lets keys be added)', () => {
    const notice = plainNotice();
    notice.meta.newField = 'x';
    notice.tasks[0].units[0].newField = 1;
    expect(validate(notice)).toBe(true);
  });

  const breakers: [string, (notice: ReturnType<typeof plainNotice>) => void][] = [
    ['a missing tasks array', (n) => delete n.tasks],
    ['another schemaVersion', (n) => (n.schemaVersion = 1)],
    ['a date that is not YYYY-MM-DD', (n) => (n.meta.date = '2023年4月17日')],
    ['an unknown unit role', (n) => (n.tasks[0].units[0].role = 'owner')],
    ['an unknown deadline kind', (n) => (n.tasks[0].deadline.kind = 'soon')],
    ['implicit as a string', (n) => (n.tasks[0].units[0].implicit = 'true')],
    ['a task number that is not an integer', (n) => (n.tasks[0].number = 1.5)],
    ['a bad sha256', (n) => (n.source.sha256 = 'xyz')],
  ];

  for (const [what, breakIt] of breakers) {
    it(`rejects a notice with ${what}`, () => {
      const notice = plainNotice();
      breakIt(notice);
      expect(validate(notice)).toBe(false);
    });
  }
});
