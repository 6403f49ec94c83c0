import { suggest } from './suggest';

/**
 * Every message savedesk writes into an issue, in one place so that wording
 * stays consistent and a translation or a docs page has a single source.
 */
export const messages = {
  unknownCurrency: (code: string) => `"${code}" is not an ISO 4217 currency savedesk knows`,
  currencyMismatch: (order: string, client: string) =>
    `the order is in ${order} but this client's amounts are in ${client}; convert before deciding`,
  tooManyDecimals: (currency: string, digits: number) =>
    `${currency} amounts have at most ${digits} decimal place${digits === 1 ? '' : 's'}`,
  duplicate: (what: string, id: string) => `${what} "${id}" appears more than once`,
  lineNotInOrder: (sku: string) => `SKU "${sku}" is not in the order`,
  lineOverOrdered: (sku: string, returned: number, ordered: number) =>
    `${returned} of SKU "${sku}" returned but only ${ordered} ordered`,
  noSuchOrderLine: (lineId: string, known: readonly string[]) =>
    `no order line has lineId "${lineId}"${known.length === 0 ? ' (the order\'s items give no lineId)' : `; the order's lines are ${quoted(known)}`}${didYouMean(lineId, known)}`,
  lineSkuDiffers: (lineId: string, ordered: string, returned: string) =>
    `order line "${lineId}" is SKU "${ordered}", not "${returned}"`,
  unknownLevel: (level: string, levels: readonly string[]) =>
    `no level "${level}" in the policy's escalation chain (${quoted(levels)})${didYouMean(level, levels)}`,
  noCallerLevel: (channel: string) =>
    `no agent level given and policy.channelLevels sets none for the "${channel}" channel`,
  unknownReason: (code: string, codes: readonly string[]) =>
    `reason "${code}" is not in the client's reason taxonomy (${quoted(codes)})${didYouMean(code, codes)}`,
  dateAfter: (earlier: string, earlierAt: string, later: string, laterAt: string) =>
    `${earlier} (${earlierAt}) is after ${later} (${laterAt}); it must be on or before it`,
  offerOrOffers: 'give exactly one of "offer" or "offers"',
  offerOrKind: 'give "offer" or "kind", not both',
  excludeNeedsTarget: 'give the "offer" or "kind" to exclude',
  percentOrAmount: 'give exactly one of "percent" or "amount"',
  maxAmountNeedsPercent: '"maxAmount" caps a percent; it has no meaning with "amount"',
  rangeReversed: (low: string, high: string) => `"${low}" is after "${high}"`,
  unknownFact: (fact: string, known: readonly string[]) =>
    `no fact "${fact}"${didYouMean(fact, known)}; known facts: ${known.join(', ')}`,
  unknownOperator: (operator: string, known: readonly string[]) => `no operator "${operator}"${didYouMean(operator, known)}`,
  unknownOffer: (id: string, known: readonly string[]) => `no offer "${id}" in the catalog${didYouMean(id, known)}`,
  valueNotList: (operator: string) => `"${operator}" compares with a list (or, for in / notIn, a text): give an array like ["a", "b"]`,
  unsafePath: (path: string) =>
    `path "${path}" is not allowed: use $ followed by .name or [index] steps (no filters, scripts or wildcards)`,
  unknownPlaceholder: (placeholder: string) =>
    `placeholder {{${placeholder}}} does not name a field of the request (customer, order, reason, agent, …)`,
  tooDeep: (limit: number) => `nested deeper than ${limit} levels`,
  unknownKey: (key: string, accepted: readonly string[]) =>
    `unknown field "${key}"${didYouMean(key, accepted) || (accepted.length > 0 ? `; the fields here are ${quoted(accepted)}` : '')}`,
  wrongType: (expected: string) => `must be ${typeNames[expected] ?? expected}`,
  notOneOf: (allowed: readonly string[], given: unknown) =>
    `must be one of ${quoted(allowed)}${typeof given === 'string' ? didYouMean(given, allowed) : ''}`,
  tooBig: (what: string, maximum: string) => `must ${sizes[what]?.max ?? 'be at most'} ${counted(maximum, sizes[what]?.unit)}`,
  tooSmall: (what: string, minimum: string) => `must ${sizes[what]?.min ?? 'be at least'} ${counted(minimum, sizes[what]?.unit)}`,
  invalidFormat: (format: string) => `must be ${formatNames[format] ?? `a valid ${format}`}`,
  tooManyEntries: (limit: number) => `must have at most ${limit} entries`,
  required: 'is required',
  notAnAmount: 'must be a decimal string like "1799.00" (no sign, no exponent, at most 4 decimals)',
  notAUnitAmount: 'must be a decimal string like "0.85" or "0.001" (no sign, no exponent, at most 6 decimals)',
  evaluationFailed: 'The rules could not be evaluated, so no decision was made:',
  hostCodeThrew: (who: string, cause: string) => `${who} threw: ${cause}`,

  // Decisions: details a person reads in withheld[] and the fallback.
  notCheaperThanReturn: (cost: string, loss: string) => `costs ${cost}, not less than the return's loss of ${loss}`,
  outsideWindowNotGoodwill: 'outside the return window no refund is owed: only an offer a rule marks goodwill is made',
  noRefundOwed: (since: 'delivered' | 'ordered', days: number, windowDays: number) =>
    `${since} ${plural(days, 'day')} ago; the return window is ${plural(windowDays, 'day')}: no refund is owed`,

  // Client folders (savedesk/node).
  notJsonText: (line: number, column: number, problem: string) => `not valid JSON at ${line}:${column}: ${problem}`,
  jsonEndsEarly: 'the text ends too early',
  jsonUnexpected: (found: string) => `unexpected ${JSON.stringify(found)}`,
  cannotRead: (cause: string) => `cannot be read: ${cause}`,
  cannotWrite: (cause: string) => `cannot be written: ${cause}`,
  missing: 'does not exist',

  // savedesk lint: warnings that do not stop a client from loading.
  offerNeverProposed: (offerId: string) => `offer "${offerId}" is in the catalog but no rule offers it`,
  alwaysSalesSuppressed: (offerId: string, kind: string) =>
    `offer "${offerId}" is always withheld: ${kind} offers are suppressed on returns unless policy.allowSalesOffers is on`,
  alwaysOutOfStock: (offerId: string) => `offer "${offerId}" is always withheld: its stock is 0`,
  alwaysWrongReason: (offerId: string, ruleReasons: readonly string[], offerReasons: readonly string[]) =>
    `offer "${offerId}" is always withheld: this rule fires only for reason ${ruleReasons.join(', ')}, the offer is only for ${offerReasons.join(', ')}`,
  hostFact: (fact: string) =>
    `fact "${fact}" is not one of savedesk's facts: the host must register it with createDesk(config, { facts })`,
  hostOperator: (operator: string) =>
    `operator "${operator}" is not built in: the host must register it with createDesk(config, { operators })`,
  valueOfWrongType: (fact: string, factType: string, operator: string, value: unknown) =>
    `fact "${fact}" is ${article(factType)} but ${operator} compares it with ${describeValue(value)}: the condition never holds as meant`,
  notANumberFact: (fact: string, factType: string, operator: string) =>
    `${operator} compares numbers but fact "${fact}" is ${article(factType)}: the condition never holds as meant`,
  wholeListCompared: (fact: string, operator: string) =>
    `fact "${fact}" is an array: ${operator} compares the whole list, never one item; use ${operator === 'equal' ? 'contains' : 'doesNotContain'}`,
  listInList: (fact: string, operator: string) =>
    `fact "${fact}" is an array: ${operator} looks for the whole list in the value; use ${operator === 'in' ? 'someFact:in' : 'everyFact:notIn'} for its items`,
  containsOnNonList: (fact: string, factType: string, operator: string) =>
    `${operator} looks inside an array but fact "${fact}" is ${article(factType)}: the condition never holds as meant; use ${operator === 'contains' ? 'equal or in' : 'notEqual or notIn'}`,
  capBelowLevels: (cap: string, levels: readonly string[]) =>
    `the customer cap's maxCost (${cap}) is below the maxCost of ${levels.join(', ')}: no customer can be given more than the cap, whatever the level`,
  didYouMean: (name: string) => ` (did you mean "${name}"?)`,
  levelUnused: (level: string) =>
    `level "${level}" is used nowhere: no channel acts at it, no rule requires it, no case's agent has it, and it is not the top of the chain`,

  // The savedesk CLI.
  noClientFolder: 'has no client folder (a folder with client.json) in or below it',
  unexpected: (cause: string) => `savedesk stopped on an unexpected error: ${cause}`,
  againstCurrency: (other: string, client: string) =>
    `this client's amounts are in ${other} but the replayed client's are in ${client}: costs cannot be compared`,
  brokenClientsCounted: (failures: number, clients: number) =>
    `(${failures} of them from ${clients === 1 ? 'a client' : `${clients} clients`} that did not load, one per case file)`,
  lintTally: (clients: number, warnings: number, broken: number) =>
    `${plural(clients, 'client')}: ${plural(warnings, 'warning')}${broken === 0 ? '' : `, ${broken} did not load`}`,
  moreSkipped: (count: number) => `… and ${plural(count, 'more skipped line')} not shown`,
  workerCount: (value: string) => `"${value}" is not a number of workers: give a whole number, 1 or more`,

  // Save reports (saveReport, savedesk report).
  reportOptions: (count: number) => `The report options have ${plural(count, 'problem')}:`,
  reportNotWritten: 'The report could not be written:',
  reportNeedsOutcomes: 'give the outcomes to report on: --outcomes <file.ndjson[.gz]> or --ledger <url>',
  reportDateTime: 'give an ISO 8601 date-time with a zone, e.g. 2026-11-01T00:00:00Z',
  reportNeedsOutput: 'say where the report goes: --out <report.html>, or --json to print its data',
  liftPoints: 'give the lift in percentage points, more than 0 and less than 100 (e.g. 2)',

  // Learning what customers accept.
  invalidLearning: (count: number) => `Cannot learn from these outcomes and options: ${plural(count, 'problem')}:`,
  acceptanceForOtherClient: (modelClient: string, client: string) =>
    `this acceptance model was learned for client "${modelClient}", not "${client}"; run savedesk learn for this client`,
  acceptanceUnknownOffer: (id: string) => `no offer "${id}" in the catalog; learn again after changing the catalog`,

  // One, few, or many? (findRecallCandidates, watch lists, savedesk signals).
  invalidRecallOptions: (count: number) => `The recall search options have ${plural(count, 'problem')}:`,
  duplicateWatch: (sku: string, reason: string) => `SKU "${sku}" with reason "${reason}" is watched more than once`,
  notCsv: (cause: string) => `is not valid CSV: ${cause}`,
  salesColumns: (missing: readonly string[]) => `has no ${missing.map((column) => `"${column}"`).join(' or ')} column: the first line must name the columns, e.g. sku,units`,
  salesUnits: (units: string) => `"${units}" is not a number of units sold (0 or more)`,

  // The ledger (savedesk/ledger).
  ledgerAddress: 'The ledger address is not one savedesk can open:',
  ledgerUrl: (url: string) =>
    `"${url}" is not a ledger address: use memory:, pglite:<folder> or postgres://user@host:port/database`,
  ledgerDriverMissing: (scheme: string, driver: string) =>
    `the ${scheme} ledger needs the optional package "${driver}": npm install ${driver}`,
  ledgerUnavailable: (cause: string) => `The ledger cannot be reached, so nothing was recorded or accepted: ${cause}`,
  ledgerClosed: 'the ledger is closed',
  ledgerLocked: (folder: string, pid: number) =>
    `The ledger folder ${folder} is in use by process ${pid}: PGlite holds one process; use PostgreSQL (postgres://…) for several`,
  ledgerNewer: (found: number, known: number) =>
    `the database is at schema version ${found}, newer than this savedesk knows (${known}): upgrade savedesk`,
  unknownDecision: (clientId: string, requestId: string) => `no recorded decision for request "${requestId}" of client "${clientId}"`,
  decisionOfAnotherCustomer: (requestId: string, customerId: string) =>
    `request "${requestId}" was recorded for customer "${customerId}"; a decision cannot move to another customer`,
  decisionMismatch: 'the decision was not made for this request: its requestId differs from request.id',
  deskMismatch: (deskClient: string, decisionClient: string) =>
    `the desk is client "${deskClient}" but the decision is client "${decisionClient}"`,
  alreadyAccepted: (requestId: string, offerId: string) => `request "${requestId}" was already decided: offer "${offerId}" was accepted`,
  alreadyDeclined: (requestId: string) => `request "${requestId}" was already decided: the customer declined`,
  offerNotMade: (offerId: string, requestId: string) => `offer "${offerId}" was not among the offers made for request "${requestId}"`,
  offerLeftCatalog: (offerId: string) => `offer "${offerId}" is no longer in the client's catalog`,
  approvalRequired: (offerId: string, level: string, given: string | undefined) =>
    `offer "${offerId}" needs approval at level "${level}" or above${given === undefined ? '' : `; "${given}" is not`}`,
  outOfStock: (offerId: string, accepted: number, stock: number) =>
    `offer "${offerId}" is out of stock: ${accepted} accepted of a stock of ${stock}`,
  perCustomerLimit: (offerId: string, given: number, max: number) =>
    `the customer already had offer "${offerId}" ${given} time(s); maxPerCustomer is ${max}`,
  refused: (requestId: string) => `The acceptance for request "${requestId}" was refused:`,
  outcomesOrLedger: 'give exactly one of --outcomes <file> or --ledger <url>',

  // Case files and checkCase.
  emptyExpectation: 'give at least one of "offers", "withheld", "flags" or "approval"',
  listsDiffer: (expected: readonly string[], actual: readonly string[]) =>
    `expected ${listOrNone(expected)}, got ${listOrNone(actual)}`,
  notWithheldAs: (offerId: string, why: string, actually: string) =>
    `expected "${offerId}" to be withheld as "${why}", but ${actually}`,
  approvalDiffers: (offerId: string, level: string | null, actually: string) =>
    `expected "${offerId}" ${level === null ? 'to need no approval' : `to need approval from "${level}"`}, but ${actually}`,
  wasWithheld: (why: string, detail: string) => `it was withheld as "${why}" (${detail})`,
  wasOffered: (rank: number) => `it was offered at rank ${rank}`,
  wasNoCandidate: 'no rule made it a candidate',
  wasNotOffered: 'it was not offered',
  needsNoApproval: 'the caller may give it',
  needsApproval: (level: string) => `it needs approval from "${level}"`,
} as const;

/** How a type zod expects reads in a message. */
const typeNames: Readonly<Record<string, string>> = {
  string: 'a string (text in quotes)', number: 'a number', int: 'a whole number', boolean: 'true or false',
  object: 'an object ({ … })', array: 'a list ([ … ])', record: 'an object ({ … })', null: 'null',
};

/** How the sizes of things read in "must have at most …". */
const sizes: Readonly<Record<string, { readonly min: string; readonly max: string; readonly unit?: readonly [string, string] }>> = {
  string: { min: 'have at least', max: 'have at most', unit: ['character', 'characters'] },
  array: { min: 'have at least', max: 'have at most', unit: ['item', 'items'] },
  set: { min: 'have at least', max: 'have at most', unit: ['item', 'items'] },
  object: { min: 'have at least', max: 'have at most', unit: ['entry', 'entries'] },
  number: { min: 'be at least', max: 'be at most' },
};

/** `1 item`, `20 items`, or the bare number for a number's bound. */
function counted(count: string, unit: readonly [string, string] | undefined): string {
  return unit === undefined ? count : `${count} ${count === '1' ? unit[0] : unit[1]}`;
}

/** What a string format zod checks must look like. */
const formatNames: Readonly<Record<string, string>> = {
  datetime: 'an ISO 8601 date-time with a zone, e.g. 2026-03-01T10:00:00Z',
  date: 'an ISO 8601 date, e.g. 2026-03-01',
};

/** `; did you mean "value"?` when a known name is near `typed`, else nothing. */
export function didYouMean(typed: string, known: Iterable<string>): string {
  const near = suggest(typed, known);
  return near === null ? '' : `; did you mean "${near}"?`;
}

/** `"a", "b", "c"`. */
export function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `a number`, `an array`. */
function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** A condition's value as a warning quotes it: its type and, when short, itself. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  const type = Array.isArray(value) ? 'an array' : article(typeof value);
  const text = JSON.stringify(value);
  return text.length <= 40 ? `${type} (${text})` : type;
}

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}
