/**
 * What the service puts up with from one caller. Anything beyond is cut off
 * early and cheaply, so one slow or hostile caller cannot hold memory or CPU
 * that other agents' calls need.
 */
export interface ServiceLimits {
  /** Largest body accepted, in bytes (a return request is 1–5 kB). */
  readonly bodyBytes: number;
  /** Most JSON values (objects, arrays, strings, numbers…) in one body, counted before savedesk validates it. */
  readonly bodyValues: number;
  /** Most entries in any one list of a body (lines, items, tags, concessions). */
  readonly listEntries: number;
  /** Deepest nesting of a body. */
  readonly bodyDepth: number;
  /** Issues returned in one error; the rest are counted in `moreIssues`. */
  readonly issuesPerError: number;
  /** Characters of one issue's message returned. */
  readonly issueMessageLength: number;
  /** Milliseconds for a whole request (headers and body) to arrive. */
  readonly requestMs: number;
  /** Milliseconds for the headers to arrive. */
  readonly headersMs: number;
  /** Milliseconds a connection may sit idle (no bytes either way) before it is closed. */
  readonly idleMs: number;
  /** Milliseconds an idle keep-alive connection is kept between requests. */
  readonly keepAliveMs: number;
  /** How often, in milliseconds, connections are checked against the request and headers timeouts. */
  readonly checkEveryMs: number;
  /** Most connections open at once; one more is closed as it arrives. */
  readonly connections: number;
  /** Most minutes a request's `receivedAt` may be from the service's clock. */
  readonly clockSkewMinutes: number;
}

/** The defaults: generous for an agent's screen, tight for anything else. */
export const defaultLimits: ServiceLimits = {
  bodyBytes: 64 * 1024,
  bodyValues: 2000,
  listEntries: 200,
  bodyDepth: 16,
  issuesPerError: 20,
  issueMessageLength: 300,
  requestMs: 10_000,
  headersMs: 5_000,
  idleMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
  connections: 1_000,
  clockSkewMinutes: 5,
};
