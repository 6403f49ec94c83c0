/**
 * The API docs show every field of ReturnRequest, ClientConfig, Offer and
 * Policy with the schema's description (scripts/typedoc/schemaDescriptions.mjs
 * copies them into the docs); this holds every field to having one.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { ClientConfigSchema, OfferSchema, PolicySchema, ReturnRequestSchema } from '../src/index';

type Node = { description?: string; def?: { type?: string; innerType?: Node; element?: Node; options?: Node[]; shape?: Record<string, Node> } };

/** The paths of the fields below `schema` that have no description, on them or on the optional / default / list around them. */
function undescribed(schema: Node, path = ''): string[] {
  let inner = schema;
  let description = schema.description;
  while (inner.def?.innerType ?? inner.def?.element) {
    inner = (inner.def.innerType ?? inner.def.element)!;
    description ??= inner.description;
  }
  const own = path !== '' && description === undefined ? [path] : [];
  const options = inner.def?.type === 'union' ? inner.def.options! : [inner];
  const fields = options.flatMap((option) => Object.entries(option.def?.shape ?? {}));
  return [...new Set([...own, ...fields.flatMap(([key, field]) => undescribed(field, path === '' ? key : `${path}.${key}`))])];
}

describe('schema descriptions, as the API docs show them', () => {
  it('finds a field without one, however it is wrapped', () => {
    const schema = z.strictObject({ a: z.string(), b: z.array(z.strictObject({ c: z.number().optional().describe('C.') })).describe('B.'), d: z.string().default('x') });
    expect(undescribed(schema as z.ZodType as Node)).toEqual(['a', 'd']);
  });

  it.each([
    ['ReturnRequest', ReturnRequestSchema],
    ['ClientConfig', ClientConfigSchema.omit({ rules: true })],
    ['Offer', OfferSchema],
    ['Policy', PolicySchema],
  ] as const)('every field of %s is described', (_, schema) => {
    expect(undescribed(schema as z.ZodType as Node)).toEqual([]);
  });
});
