import type { CustomerView, ReturnRequest } from 'savedesk';

/**
 * What the page sends: no `receivedAt` (the service stamps it from its clock)
 * and no `agent` (the portal key decides the level, never the page).
 */
export type PortalRequest = Omit<ReturnRequest, 'receivedAt' | 'agent'>;

/** An answer from the service that is not a success, with its stable `error` code. */
export class ServiceError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Posts to the portal's own `/api/…`: the server side of the page (the Vite
 * proxy here) forwards it to the call-center service with the portal key.
 */
async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`./api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!response.ok) throw new ServiceError(response.status, answer.error ?? 'unknown', answer.message ?? response.statusText);
  return answer as T;
}

/** The shopper's options for a return: what the service's decision lets a shopper see. */
export function askForOptions(request: PortalRequest): Promise<{ requestId: string; view: CustomerView }> {
  return post('decisions', request);
}

/** Takes an offer; the service's ledger checks it was offered and is still within every limit. */
export function accept(requestId: string, offerId: string): Promise<unknown> {
  return post(`decisions/${encodeURIComponent(requestId)}/accept`, { offerId });
}

/** Declines every offer: the plain return goes ahead. */
export function decline(requestId: string): Promise<unknown> {
  return post(`decisions/${encodeURIComponent(requestId)}/decline`, {});
}
