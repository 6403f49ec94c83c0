import * as z from 'zod';

/** A value kept as far as it is valid: an invalid field is left out, a list keeps its places (an invalid element is undefined). */
export type Salvaged<T> = T extends readonly (infer Element)[]
  ? ReadonlyArray<Salvaged<Element> | undefined>
  : T extends object
    ? { readonly [Key in keyof T]?: Salvaged<T[Key]> }
    : T;

/** Lists longer than this are not salvaged element by element (the schemas' own limits are far below it). */
const MAX_SALVAGED_LIST = 10_000;

/**
 * What of `raw` the schema accepts, field by field and element by element, so
 * that the checks of meaning (dates in order, lines within the order, known
 * levels) can run on a request or config whose shape is broken elsewhere, and
 * one error lists every problem. A field that does not parse is left out.
 */
export function salvage<T>(schema: z.ZodType<T>, raw: unknown): Salvaged<T> | undefined {
  return salvageAny(schema, raw) as Salvaged<T> | undefined;
}

function salvageAny(schema: z.ZodType, raw: unknown): unknown {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (raw === undefined || raw === null) return undefined;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return salvageAny(schema.unwrap() as z.ZodType, raw);
  if (schema instanceof z.ZodObject && typeof raw === 'object' && !Array.isArray(raw)) {
    const fields: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const value = Object.hasOwn(raw, key) ? salvageAny(field, (raw as Record<string, unknown>)[key]) : undefined;
      if (value !== undefined) fields[key] = value;
    }
    return fields;
  }
  if (schema instanceof z.ZodArray && Array.isArray(raw) && raw.length <= MAX_SALVAGED_LIST) {
    return raw.map((element) => salvageAny(schema.element as z.ZodType, element));
  }
  return undefined;
}
