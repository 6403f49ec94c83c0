import { join } from 'node:path';
import { createDesk, type Desk, type DeskOptions } from '../desk';
import type { Issue } from '../errors/issue';
import { SavedeskConfigError } from '../errors/SavedeskError';
import { clientLayout, type ClientFolder } from './clientFolder';

const RULE_PATH = /^rules\[(\d+)\](.*)$/;
const ACCEPTANCE_PATH = /^acceptance(?:\.(.*))?$/;

/**
 * `createDesk` for a client folder: its issues, which point into the merged
 * config (`rules[12].event.params.offer`), are moved to the file that holds
 * that part (`rules/defects.json`, `[3].event.params.offer`).
 * @throws SavedeskConfigError naming the file and JSON path of every problem.
 */
export function folderDesk(folder: ClientFolder, options: DeskOptions = {}): Desk {
  try {
    const acceptance = options.acceptance ?? folder.acceptance;
    const watch = options.watch ?? folder.watch;
    return createDesk(folder.config, { ...options, ...(acceptance === undefined ? {} : { acceptance }), ...(watch === undefined ? {} : { watch }) });
  } catch (error) {
    if (error instanceof SavedeskConfigError) throw new SavedeskConfigError(error.issues.map((issue) => locateIssue(folder, issue)));
    throw error;
  }
}

/** The file and in-file path of an issue found in the merged config of `folder`. */
export function locateIssue(folder: Pick<ClientFolder, 'dir' | 'clientFile' | 'ruleSources'>, issue: Issue): Issue {
  const rule = RULE_PATH.exec(issue.path);
  const source = rule ? folder.ruleSources[Number(rule[1])] : undefined;
  if (rule && source) return { ...issue, file: source.file, path: `[${source.index}]${rule[2]}` };
  const acceptance = ACCEPTANCE_PATH.exec(issue.path);
  if (acceptance) return { ...issue, file: join(folder.dir, clientLayout.acceptanceFile), path: acceptance[1] ?? '' };
  // The rule list as a whole (too many rules) is the rules folder, not any one file.
  if (/^watch(?:\.|$)/.test(issue.path)) return { ...issue, file: join(folder.dir, clientLayout.watchFile), path: issue.path.replace(/^watch\.?/, '') };
  if (issue.path === 'rules') return { ...issue, file: join(folder.dir, clientLayout.rulesDir), path: '' };
  return { ...issue, file: folder.clientFile };
}
