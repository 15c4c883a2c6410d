/**
 * The JSON Schema of the notice, generated from the zod model (the one source of truth), for
 * tools that validate fengong output without TypeScript (shipped as fengong/schema.json).
 */
import { z } from 'zod';
import { NoticeSchema } from './schema';

export const NOTICE_SCHEMA_ID = 'urn:fengong:schema:notice:2';

let cached: Record<string, unknown> | undefined;

/**
 * Draft 2020-12, the output side of the model. Objects stay open (no
 * `additionalProperties: false`): the contract lets later versions add keys, and a consumer
 * pinned to this schema must still accept their output. The result is cached and frozen.
 */
export function noticeJsonSchema(): object {
  if (cached) return cached;
  const schema = z.toJSONSchema(NoticeSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  cached = deepFreeze({
    ...schema,
    $id: NOTICE_SCHEMA_ID,
    title: 'fengong notice',
    description: 'A Chinese government task-division notice (分工方案) parsed by fengong, schemaVersion 2.',
  });
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
