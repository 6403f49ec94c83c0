import { access, readFile } from 'node:fs/promises';
import type * as z from 'zod';
import type { Issue } from '../errors/issue';
import { messages } from '../errors/messages';
import { LIMITS } from '../limits';
import { depthIssue } from '../pipeline/validate/depth';
import { parseIssues } from '../pipeline/validate/zodIssues';
import { isMissing, unreadable } from './fsProblem';
import { findJsonSyntaxError } from './jsonSyntax';

/**
 * What reading a file gave: its value, or every problem found, each naming
 * the file; `json` is the file's JSON when it parsed but its shape was refused.
 */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[]; readonly json?: unknown };

/**
 * Parses JSON text from `file`; a syntax error is reported at its
 * line:column. A leading byte-order mark is dropped, as some editors write one.
 */
export function parseJson(text: string, file: string): Read<unknown> {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const at = findJsonSyntaxError(json);
    // The scanner and JSON.parse agree on what JSON is; were they ever not to, V8's own message is all there is.
    const message = at ? messages.notJsonText(at.line, at.column, at.problem) : String(error);
    return { ok: false, issues: [{ code: 'not-json', file, path: '', message }] };
  }
}

/** Reads the text of `file`, or the problem that kept it from being read. */
export async function readText(file: string): Promise<Read<string>> {
  try {
    return { ok: true, value: await readFile(file, 'utf8') };
  } catch (error) {
    return { ok: false, issues: [{ code: 'unreadable', file, path: '', message: unreadable(error) }] };
  }
}

/**
 * Reads a JSON file and checks it against `schema`, every problem with the
 * file and its JSON path. `depthLimit` is how deep the file may nest: less
 * than `LIMITS.maxDepth` for a file that sits inside a larger document.
 */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S, depthLimit: number = LIMITS.maxDepth): Promise<Read<z.output<S>>> {
  const text = await readText(file);
  if (!text.ok) return text;
  const json = parseJson(text.value, file);
  if (!json.ok) return json;
  const tooDeep = depthIssue(json.value, depthLimit);
  if (tooDeep) return { ok: false, issues: [{ ...tooDeep, file }] };
  const parsed = parseIssues(schema as z.ZodType<z.output<S>>, json.value);
  if (parsed.issues) return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, file })), json: json.value };
  return { ok: true, value: parsed.data };
}

/** {@link readJsonFile} for a file a folder may leave out: `undefined` when it does not exist. */
export async function readOptionalJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<Read<z.output<S> | undefined>> {
  try {
    await access(file);
  } catch (error) {
    if (isMissing(error)) return { ok: true, value: undefined };
  }
  return readJsonFile(file, schema);
}
