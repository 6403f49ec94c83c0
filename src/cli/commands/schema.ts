import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { CaseSchema } from '../../schema/case';
import { ClientFileSchema } from '../../schema/config';
import { ReturnRequestSchema } from '../../schema/request';
import { RuleFileSchema } from '../../schema/rule';
import { AcceptanceModelSchema } from '../../learning/AcceptanceModel';
import { WatchListSchema } from '../../schema/watch';
import type { CommandRegistration } from '../main';

/** The JSON Schemas editors check client folders with, by file name. */
const jsonSchemas: Readonly<Record<string, z.ZodType>> = {
  'client.schema.json': ClientFileSchema,
  'rules.schema.json': RuleFileSchema,
  'case.schema.json': CaseSchema,
  'request.schema.json': ReturnRequestSchema,
  'acceptance.schema.json': AcceptanceModelSchema,
  'watch.schema.json': WatchListSchema,
};

/** `savedesk schema [out-dir]`: writes the JSON Schemas of the files in a client folder. */
export const schemaCommand: CommandRegistration = (program, terminal) => {
  program
    .command('schema')
    .description('Write the JSON Schemas of client.json, rules files, case files, requests and acceptance.json, made from the zod schemas.')
    .argument('[out-dir]', 'where to write them', 'schemas/')
    .addHelpText('after', `
Files: ${Object.keys(jsonSchemas).join(', ')}.
A client.json points at its schema with "$schema": "../../schemas/client.schema.json".

Example:
  savedesk schema schemas/`)
    .action(async (outDir: string) => {
      await mkdir(outDir, { recursive: true });
      for (const [name, schema] of Object.entries(jsonSchemas)) {
        const file = join(outDir, name);
        // The input side: what a person writes, with defaults still optional.
        await writeFile(file, `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`);
        terminal.out(`wrote ${file}`);
      }
    });
};
