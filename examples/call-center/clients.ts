import type { Desk } from 'savedesk';
import { findClientFolders, loadClient } from 'savedesk/node';

/** A client the service decides for: its display name and its compiled desk. */
export interface ServedClient {
  readonly id: string;
  readonly name: string;
  readonly desk: Desk;
}

/**
 * Loads every client folder under `rulesDir`, keyed by client id. An invalid
 * folder stops the start-up: a call center should not take calls with a
 * client's rules half loaded.
 */
export async function loadClients(rulesDir: string): Promise<ReadonlyMap<string, ServedClient>> {
  const loaded = await Promise.all((await findClientFolders([rulesDir])).map((folder) => loadClient(folder)));
  return new Map(loaded.map(({ config, desk }) => [config.client.id, { id: config.client.id, name: config.client.name, desk }]));
}
