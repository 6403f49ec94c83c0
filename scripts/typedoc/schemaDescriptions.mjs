// @ts-check
/**
 * A TypeDoc plugin: the fields of the types made from savedesk's zod schemas
 * (ReturnRequest, ClientConfig, Offer, Policy, …) get the schemas'
 * `.describe()` texts as their comments, so the API docs say what each field
 * means in the words the JSON Schemas give editors, written once.
 */
import { Comment, Converter, ReflectionKind } from 'typedoc';
import { tsImport } from 'tsx/esm/api';

/** The schema each documented type is made from. */
const typesAndSchemas = {
  ReturnRequest: 'ReturnRequestSchema',
  ValidRequest: 'ReturnRequestSchema',
  ClientConfig: 'ClientConfigSchema',
  ValidConfig: 'ClientConfigSchema',
  Offer: 'OfferSchema',
  Policy: 'PolicySchema',
};

/** @param {import('typedoc').Application} app */
export async function load(app) {
  const core = await tsImport('../../src/index.ts', import.meta.url);
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const [typeName, schemaName] of Object.entries(typesAndSchemas)) {
      const reflection = context.project.getChildByName(['savedesk', typeName]);
      if (reflection) describeFields(reflection, core[schemaName]);
    }
  });
}

/** The description on a schema or any wrapper it sits in (optional, default), and the object fields inside. */
function unwrap(schema) {
  let description = schema?.description;
  let inner = schema;
  for (;;) {
    const type = inner?.def?.type;
    if (type === 'optional' || type === 'default' || type === 'nullable' || type === 'readonly') inner = inner.def.innerType;
    else if (type === 'array') inner = inner.def.element;
    else if (type === 'lazy') inner = inner.def.getter();
    else break;
    description ??= inner?.description;
  }
  const options = inner?.def?.type === 'union' ? inner.def.options : [inner];
  const fields = Object.assign({}, ...options.map((option) => (option?.def?.type === 'object' ? option.def.shape : {})));
  return { description, fields };
}

/** Gives every field of `reflection` (properties, or the members of its object types) its schema's description. */
function describeFields(reflection, schema) {
  const { fields } = unwrap(schema);
  const members = [...(reflection.children ?? []), ...declarationsIn(reflection.type).flatMap((declaration) => declaration.children ?? [])];
  for (const member of members) {
    if (!member.kindOf(ReflectionKind.Property) || !(member.name in fields)) continue;
    const field = unwrap(fields[member.name]);
    if (field.description && !member.comment) member.comment = new Comment([{ kind: 'text', text: field.description }]);
    describeFields(member, fields[member.name]);
  }
}

/** The object-type declarations inside a type: itself, the members of a union, the element of an array. */
function declarationsIn(type) {
  if (!type) return [];
  if (type.type === 'reflection') return [type.declaration];
  if (type.type === 'union' || type.type === 'intersection') return type.types.flatMap(declarationsIn);
  if (type.type === 'array') return declarationsIn(type.elementType);
  return [];
}
