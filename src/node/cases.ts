import { basename, join } from 'node:path';
import type { Issue } from '../errors/issue';
import { SavedeskConfigError } from '../errors/SavedeskError';
import { LIMITS } from '../limits';
import { CaseSchema, type ValidCase } from '../schema/case';
import { clientLayout } from './clientFolder';
import { listJsonFiles } from './listJsonFiles';
import { readJsonFile } from './readJson';

/** One `cases/*.json` file: the case it holds, or what is wrong with it. */
export interface CaseFile {
  /** Path of the file. */
  readonly file: string;
  /** The case's `name`, or the file's name when the case could not be read. */
  readonly name: string;
  /** The case, when the file is valid. */
  readonly case?: ValidCase;
  /** What is wrong with the file, each with its JSON path; empty when valid. */
  readonly issues: readonly Issue[];
}

/**
 * Reads every `cases/*.json` of a client folder, sorted by file name. A file
 * that is not a valid case does not stop the others: it comes back with its
 * `issues`, so a test run can report it as one failing case.
 * @throws SavedeskConfigError only when the `cases` folder cannot be listed.
 */
export async function loadCases(dir: string): Promise<CaseFile[]> {
  const files = await listJsonFiles(join(dir, clientLayout.casesDir));
  if (!files.ok) throw new SavedeskConfigError(files.issues);
  return Promise.all(
    files.value.map(async (file): Promise<CaseFile> => {
      // The request sits one level down in a case, so the case may nest one level more than a request.
      const read = await readJsonFile(file, CaseSchema, LIMITS.maxDepth + 1);
      return read.ok ? { file, name: read.value.name, case: read.value, issues: [] } : { file, name: basename(file, '.json'), issues: read.issues };
    }),
  );
}
