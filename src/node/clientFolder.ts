import { access } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { SavedeskConfigError } from '../errors/SavedeskError';
import { LIMITS } from '../limits';
import { ClientFileSchema, type ValidConfig } from '../schema/config';
import { RuleFileSchema } from '../schema/rule';
import { listJsonFiles } from './listJsonFiles';
import { vocabularyOf, type DeskOptions } from '../desk';
import type { Issue } from '../errors/issue';
import { configMeaningIssues } from '../pipeline/validate/validateConfig';
import { locateIssue } from './folderDesk';
import { readJsonFile, readOptionalJsonFile, type Read } from './readJson';
import { isMissing } from './fsProblem';
import { WatchListSchema, type WatchList } from '../schema/watch';
import { AcceptanceModelSchema, type AcceptanceModel } from '../learning/AcceptanceModel';

/** The layout of a client folder (DESIGN.md, *Client folders*). */
export const clientLayout = { clientFile: 'client.json', rulesDir: 'rules', casesDir: 'cases', watchFile: 'watch.json', acceptanceFile: 'acceptance.json' } as const;

/** A client folder's name in test output: its last path segment, resolved first so that `.` has one. */
export function folderName(dir: string): string {
  return basename(resolve(dir));
}

/** Where one rule of a merged config was written: its file and its index in that file. */
export interface RuleSource {
  readonly file: string;
  readonly index: number;
}

/** A client folder read and checked file by file, before the config's cross-references are. */
export interface ClientFolder {
  /** The folder, as given. */
  readonly dir: string;
  /** Path of its `client.json`. */
  readonly clientFile: string;
  /** `client.json` with the rules of every rules file, in file-name order. */
  readonly config: ValidConfig;
  /** `ruleSources[k]` is where `config.rules[k]` was written. */
  readonly ruleSources: readonly RuleSource[];
  /** Path of its `acceptance.json`, whether or not there is one. */
  readonly acceptanceFile: string;
  /** `acceptance.json` (what `savedesk learn` wrote), when the folder has one. */
  readonly acceptance?: AcceptanceModel;
  /** `watch.json`, when the folder has one: the SKU × reason pairs under watch. */
  readonly watch?: WatchList;
}

/**
 * Reads `client.json`, every `rules/*.json` and `acceptance.json` (when there is one) of a client folder and checks
 * each file's shape, so that problems are reported in the file's own terms.
 * When a shape is refused, what the rest means is checked too (as `createDesk`
 * would, with the facts and operators of `options`), so one error lists every problem.
 * `parts: { acceptance: false }` leaves `acceptance.json` unread (to learn it again).
 * @throws SavedeskConfigError with every problem of every file, each naming its file.
 */
export async function readClientFolder(dir: string, options: DeskOptions = {}, parts: { acceptance?: boolean } = {}): Promise<ClientFolder> {
  const clientFile = join(dir, clientLayout.clientFile);
  const acceptanceFile = join(dir, clientLayout.acceptanceFile);
  const ruleFiles = await listJsonFiles(join(dir, clientLayout.rulesDir));
  const files = ruleFiles.ok ? ruleFiles.value : [];
  // A rules file is one level down in the merged config (under `rules`), so it may nest one level less.
  const [client, reads, watch, acceptance] = await Promise.all([
    readJsonFile(clientFile, ClientFileSchema),
    Promise.all(files.map((file) => readJsonFile(file, RuleFileSchema, LIMITS.maxDepth - 1))),
    readWatchFile(join(dir, clientLayout.watchFile)),
    parts.acceptance === false ? { ok: true as const, value: undefined } : readOptionalJsonFile(acceptanceFile, AcceptanceModelSchema),
  ]);
  const issues = [ruleFiles, client, ...reads, watch, acceptance].flatMap((read) => (read.ok ? [] : read.issues));
  if (!client.ok || issues.length > 0) throw new SavedeskConfigError([...issues, ...meaningOfRefused(dir, clientFile, client, reads, files, options)]);
  const ruleLists = reads.map((read) => (read.ok ? read.value : []));
  return {
    dir,
    clientFile,
    config: { ...client.value, rules: ruleLists.flat() },
    ruleSources: ruleLists.flatMap((rules, i) => rules.map((_, index) => ({ file: files[i]!, index }))),
    ...(watch.ok && watch.value !== undefined ? { watch: watch.value } : {}),
    acceptanceFile,
    ...(acceptance.ok && acceptance.value !== undefined ? { acceptance: acceptance.value } : {}),
  };
}

/** A folder's `watch.json`; a folder without one watches nothing. */
async function readWatchFile(file: string): Promise<Read<WatchList | undefined>> {
  const exists = await access(file).then(
    () => true,
    (error: unknown) => !isMissing(error),
  );
  return exists ? readJsonFile(file, WatchListSchema) : { ok: true, value: undefined };
}

/**
 * What the folder means, checked on the parts whose shape was accepted or
 * salvaged, each issue moved to its file: only when client.json is JSON (the
 * catalog and levels every reference needs), and rules files only when they are lists.
 */
function meaningOfRefused(dir: string, clientFile: string, client: Read<unknown>, reads: readonly Read<unknown>[], files: readonly string[], options: DeskOptions): Issue[] {
  const clientJson = client.ok ? client.value : client.json;
  if (clientJson === null || typeof clientJson !== 'object' || Array.isArray(clientJson)) return [];
  const ruleLists = reads.map((read) => {
    const rules = read.ok ? read.value : read.json;
    return Array.isArray(rules) ? (rules as unknown[]) : [];
  });
  const ruleSources = ruleLists.flatMap((rules, i) => rules.map((_, index) => ({ file: files[i]!, index })));
  const merged = { ...clientJson, rules: ruleLists.flat() };
  return configMeaningIssues(merged, vocabularyOf(options)).map((issue) => locateIssue({ dir, clientFile, ruleSources }, issue));
}
