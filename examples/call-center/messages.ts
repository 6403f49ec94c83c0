/**
 * Every message the call-center service writes into a response, in one place.
 * (The example's own: savedesk's core keeps its messages in `src/errors/messages.ts`,
 * and nothing of an HTTP service belongs in the core's bundle.)
 */
export const messages = {
  // Keys and who may do what.
  noKey: 'send your key as "Authorization: Bearer <key>"',
  unknownKey: 'this key is not known to the service',
  clientNotServed: (clientId: string) => `this key does not serve client "${clientId}"`,
  levelNotGranted: (claimed: string, granted: string) =>
    `the request claims level "${claimed}" but this key acts at level "${granted}"; leave agent.level out, the key sets it`,
  agentNotKey: (claimed: string) => `the request names agent "${claimed}", which is not this key's agent; leave agent.id out, the key sets it`,
  portalChannelOnly: (claimed: string) => `a portal key decides on the "portal" channel only, not "${claimed}"`,
  portalKeyOnly: 'only a portal key decides on the "portal" channel',
  approverUnknown: 'the approver key is not known to the service',
  approverNotForClient: (clientId: string) => `the approver key does not serve client "${clientId}"`,
  approvalNeeded: (detail: string) => `${detail}; ask someone at that level to approve with their key (approverKey)`,

  // Keys file.
  keysFileInvalid: (count: number) => `The keys file has ${count === 1 ? '1 problem' : `${count} problems`}:`,
  keyLevelUnknown: (level: string, clientId: string) => `level "${level}" is not in client "${clientId}"'s escalation chain`,
  keyClientUnknown: (clientId: string) => `no client "${clientId}" is loaded`,
  keyRepeated: 'this key appears more than once',
  keyTooShort: (length: number) => `a key has at least ${length} characters`,

  // Requests.
  unknownClient: (clientId: string) => `no client "${clientId}" is loaded`,
  notFound: 'no such route',
  receivedAtSkewed: (minutes: number) =>
    `must be within ${minutes} minutes of the service's clock; leave it out and the service sets it`,
  tooManyValues: (limit: number) => `the request holds more than ${limit} JSON values; a return request needs far fewer`,
  listTooLong: (limit: number) => `more than ${limit} entries; the service takes at most ${limit} in one list`,
  tooDeep: (limit: number) => `nested deeper than ${limit} levels`,
  bodyTooLarge: (bytes: number) => `the body is larger than ${bytes} bytes`,
  notJson: 'the body is not valid JSON',
  notJsonObject: 'must be a JSON object',
  notJsonType: 'send the body as application/json',
  badRequest: 'the request could not be read',
  invalidBody: 'The body has problems:',
  invalidRequest: 'The return request has problems:',
  ledgerUnavailable: 'The ledger cannot be reached, so nothing was decided, recorded or accepted; the error is logged on the server.',
  internal: 'The service could not answer this request; the error is logged on the server.',
  timeout: 'the request took too long to arrive',
} as const;
