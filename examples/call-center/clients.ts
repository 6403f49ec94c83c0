import type { Desk, ValidConfig } from 'savedesk';
import { findClientFolders, loadClient } from 'savedesk/node';

/** A client the service decides for: its compiled desk and what an agent's screen shows of it. */
export interface ServedClient {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  /** The escalation chain's level ids, lowest first. */
  readonly levels: readonly string[];
  /** The reason taxonomy an agent picks from (empty when the client has none). */
  readonly reasons: readonly { readonly code: string; readonly label: string }[];
  readonly desk: Desk;
}

/**
 * Loads every client folder under `rulesDir`, keyed by client id. An invalid
 * folder stops the start-up: a call center should not take calls with a
 * client's rules half loaded.
 */
export async function loadClients(rulesDir: string): Promise<ReadonlyMap<string, ServedClient>> {
  const loaded = await Promise.all((await findClientFolders([rulesDir])).map((folder) => loadClient(folder)));
  return new Map(loaded.map(({ config, desk }) => [config.client.id, servedClient(config, desk)]));
}

function servedClient(config: ValidConfig, desk: Desk): ServedClient {
  return {
    id: config.client.id,
    name: config.client.name,
    currency: config.currency,
    levels: config.policy.levels.map((level) => level.id),
    reasons: (config.reasons ?? []).map(({ code, label }) => ({ code, label })),
    desk,
  };
}
