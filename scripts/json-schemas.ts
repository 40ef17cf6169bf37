import * as z from 'zod';
import {
  DecisionSchema,
  MemberSchema,
  MetaFileSchema,
  PurposeTimelineFileSchema,
  RegionsFileSchema,
  SourcesFileSchema,
  VocabularyFileSchema,
} from '../src/schema/index.js';

/** Each generated JSON Schema file under data/schema/, by name, with the zod schema it is generated from. */
export const JSON_SCHEMA_SOURCES = {
  'meta.schema.json': MetaFileSchema,
  'vocabulary.schema.json': VocabularyFileSchema,
  'sources.schema.json': SourcesFileSchema,
  'regions.schema.json': RegionsFileSchema,
  'timeline.schema.json': PurposeTimelineFileSchema,
  'member.schema.json': MemberSchema,
  'decision.schema.json': DecisionSchema,
} as const;

/** The text of a generated JSON Schema file: what data editors validate against. */
export function renderJsonSchema(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    // JSON has no dates: wherever the API takes or gives a Date, JSON carries an ISO 8601 string.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}
