import type { Issue } from '../../errors/issue';
import type { ValidCase } from '../../schema/case';
import type { ValidConfig } from '../../schema/config';
import { loadCases } from '../cases';
import { readClientFolder } from '../clientFolder';
import { folderDesk, locateIssue } from '../folderDesk';
import { alwaysWithheld } from './alwaysWithheld';
import { capBelowLevels } from './capBelowLevels';
import { duplicateRuleNames } from './duplicateRuleNames';
import { hostVocabulary, stubHostVocabulary } from './hostVocabulary';
import { unusedLevels } from './unusedLevels';
import { unusedOffers } from './unusedOffers';
import { valueTypes } from './valueTypes';

const checks: ReadonlyArray<(config: ValidConfig, cases: readonly ValidCase[]) => Issue[]> = [
  unusedOffers,
  alwaysWithheld,
  hostVocabulary,
  duplicateRuleNames,
  unusedLevels,
  valueTypes,
  capBelowLevels,
];

/**
 * Finds what is probably a mistake in a client folder although the client
 * loads: an offer no rule proposes; an offer a rule proposes that the
 * catalog's own constraints always withhold; a fact or operator savedesk does
 * not provide (the host must register it), with the name it probably meant;
 * rules sharing a name; a level nobody acts at or asks for; a condition whose
 * value is not of its fact's type; a customer cap below a level's limit. Facts and operators the host registers are
 * accepted here, since the CLI cannot run host code.
 * @returns the warnings, each naming its file and JSON path, grouped by file.
 * @throws SavedeskConfigError when the folder does not load (as {@link loadClient} would report it).
 */
export async function lintClient(dir: string): Promise<Issue[]> {
  const folder = await readClientFolder(dir);
  folderDesk(folder, stubHostVocabulary(folder.config));
  const cases = (await loadCases(dir)).flatMap((caseFile) => (caseFile.case ? [caseFile.case] : []));
  const warnings = checks.flatMap((check) => check(folder.config, cases)).map((issue) => locateIssue(folder, issue));
  // Sorted by code unit, as file names are everywhere else, so the order is the same in every locale.
  return warnings.sort((a, b) => (a.file! < b.file! ? -1 : a.file! > b.file! ? 1 : 0));
}
