import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { SavedeskError, type Issue } from 'savedesk';
import type { ServedClient } from './clients';
import { formatPathOf, issuesOf } from './issues';
import { messages } from './messages';

/** The level a portal key acts at: the shopper's own server, on the `portal` channel. */
export const PORTAL_LEVEL = 'portal';

/** One entry of the keys file: who holds the key, at which level, for which clients. */
export const KeyEntrySchema = z.strictObject({
  key: z.string().min(16, messages.keyTooShort(16)).max(200),
  agentId: z.string().min(1).max(200),
  level: z.string().min(1).max(200).describe('A level of each served client\'s escalation chain; "portal" for a portal key.'),
  clients: z.array(z.string().min(1).max(200)).min(1).max(1000),
});
export type KeyEntry = z.infer<typeof KeyEntrySchema>;

/** The keys file: a JSON array of {@link KeyEntry}. */
export const KeysFileSchema = z.array(KeyEntrySchema).max(100_000);

/** Who is calling, as their key says: the body never decides any of this. */
export interface Caller {
  readonly agentId: string;
  readonly level: string;
  /** A portal key: acts at the portal level, on the `portal` channel, and sees what a shopper may see. */
  readonly portal: boolean;
  readonly clients: ReadonlySet<string>;
}

/** Looks a bearer key up; `undefined` for a key nobody was given. */
export type KeyRing = (key: string) => Caller | undefined;

/** Keys are looked up by their SHA-256, so the lookup's timing says nothing about a key's text. */
function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Validates the keys against the loaded clients (each client exists, each
 * level is in that client's chain, no key twice) and indexes them. Like a
 * client folder, a bad keys file stops the start-up, listing every problem.
 */
export function keyRing(entries: unknown, clients: ReadonlyMap<string, ServedClient>, file = 'keys'): KeyRing {
  const parsed = KeysFileSchema.safeParse(entries);
  if (!parsed.success) {
    throw keysError(issuesOf(parsed.error, file));
  }
  const issues: Issue[] = [];
  const ring = new Map<string, Caller>();
  parsed.data.forEach((entry, index) => {
    for (const [position, clientId] of entry.clients.entries()) {
      const client = clients.get(clientId);
      const path = formatPathOf([index, 'clients', position]);
      if (client === undefined) issues.push({ code: 'invalid', file, path, message: messages.keyClientUnknown(clientId) });
      else if (!client.levels.includes(entry.level)) issues.push({ code: 'unknown-level', file, path: formatPathOf([index, 'level']), message: messages.keyLevelUnknown(entry.level, clientId) });
    }
    const hash = digest(entry.key);
    if (ring.has(hash)) issues.push({ code: 'duplicate', file, path: formatPathOf([index, 'key']), message: messages.keyRepeated });
    ring.set(hash, Object.freeze({ agentId: entry.agentId, level: entry.level, portal: entry.level === PORTAL_LEVEL, clients: new Set(entry.clients) }));
  });
  if (issues.length > 0) throw keysError(issues);
  return (key) => ring.get(digest(key));
}

/** Reads and validates a keys file (see {@link keyRing}). */
export async function readKeys(file: string, clients: ReadonlyMap<string, ServedClient>): Promise<KeyRing> {
  let entries: unknown;
  try {
    entries = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw keysError([{ code: 'unreadable', file, path: '', message: error instanceof Error ? error.message : String(error) }]);
  }
  return keyRing(entries, clients, file);
}

function keysError(issues: readonly Issue[]): SavedeskError {
  return new SavedeskError('invalid-config', messages.keysFileInvalid(issues.length), issues);
}

/** The bearer key of an `Authorization` header, or `undefined`. */
export function bearerKey(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1];
}
