import { SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';

/**
 * Runs a call on the store, failing closed: anything but a `SavedeskError`
 * (a refused connection, a dropped server, a full disk) becomes
 * `ledger-unavailable`, with the cause's message and no stack.
 */
export async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw unavailable(error);
  }
}

/** The error for a store that failed: `ledger-unavailable`, unless it is already a `SavedeskError`. */
export function unavailable(error: unknown): SavedeskError {
  if (error instanceof SavedeskError) return error;
  const cause = error instanceof Error ? error.message || error.name : String(error);
  return new SavedeskError('ledger-unavailable', messages.ledgerUnavailable(cause), []);
}
