import type { Desk, DeskOptions } from '../desk';
import type { AcceptanceModel } from '../learning/AcceptanceModel';
import type { ValidConfig } from '../schema/config';
import { readClientFolder } from './clientFolder';
import { folderDesk } from './folderDesk';

/** A client folder, loaded: its config and a desk ready to decide. */
export interface LoadedClient {
  /** The folder, as given. */
  readonly dir: string;
  /** `client.json` with the rules of every `rules/*.json` (in file-name order), validated, defaults filled in. */
  readonly config: ValidConfig;
  /** The compiled client, as `createDesk` returns it. */
  readonly desk: Desk;
  /** `acceptance.json`, what `savedesk learn` wrote, when the folder has one: the desk ranks by it. */
  readonly acceptance?: AcceptanceModel;
}

/**
 * Reads a client folder — `client.json` and every `rules/*.json`, sorted by
 * file name, each a JSON array of rules — validates it and compiles it with
 * `createDesk`.
 * @param dir the client folder, e.g. `rules/nordhem`.
 * @param options custom facts and operators, as for `createDesk`.
 * @throws SavedeskConfigError with every problem at once, each naming its file
 * and JSON path in that file, e.g. `rules/acme/rules/defects.json: [3].event.params.offer: no offer "pct-50" in the catalog`
 * or, for a file that is not JSON, `not valid JSON at 12:5: unexpected "}"`.
 * @example
 * ```ts
 * const { config, desk } = await loadClient('rules/nordhem');
 * const decision = await desk.decide(request);
 * ```
 */
export async function loadClient(dir: string, options: DeskOptions = {}): Promise<LoadedClient> {
  const folder = await readClientFolder(dir, options);
  return { dir, config: folder.config, desk: folderDesk(folder, options), ...(folder.acceptance === undefined ? {} : { acceptance: folder.acceptance }) };
}
