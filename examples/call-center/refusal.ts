import type { Issue } from 'savedesk';

/**
 * A request the service answers with a 4xx of its own: who may not do what,
 * or a body it will not read. Thrown by a route, answered by the error handler.
 */
export class ServiceRefusal extends Error {
  constructor(
    /** The HTTP status. */
    readonly status: 400 | 401 | 403 | 404,
    /** A stable code, the `error` of the answer. */
    readonly code: string,
    message: string,
    /** Each problem with its path, for a 400. */
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'ServiceRefusal';
  }
}
