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
  unknownLevel: (level: string) => `no level "${level}" in the policy's escalation chain`,
  noCallerLevel: (channel: string) =>
    `no agent level given and policy.channelLevels sets none for the "${channel}" channel`,
  unknownReason: (code: string) => `reason "${code}" is not in the client's reason taxonomy`,
  unknownOffer: (id: string) => `no offer "${id}" in the catalog`,
  offerOrOffers: 'give exactly one of "offer" or "offers"',
  offerOrKind: 'give "offer" or "kind", not both',
  excludeNeedsTarget: 'give the "offer" or "kind" to exclude',
  percentOrAmount: 'give exactly one of "percent" or "amount"',
  maxAmountNeedsPercent: '"maxAmount" caps a percent; it has no meaning with "amount"',
  rangeReversed: (low: string, high: string) => `"${low}" is after "${high}"`,
  unknownFact: (fact: string, known: readonly string[]) =>
    `no fact "${fact}"; known facts: ${known.join(', ')}`,
  unknownOperator: (operator: string) => `no operator "${operator}"`,
  unsafePath: (path: string) =>
    `path "${path}" is not allowed: use $ followed by .name or [index] steps (no filters, scripts or wildcards)`,
  unknownPlaceholder: (placeholder: string) =>
    `placeholder {{${placeholder}}} does not name a field of the request (customer, order, reason, agent, …)`,
  tooDeep: (limit: number) => `nested deeper than ${limit} levels`,
  required: 'is required',
  evaluationFailed: 'The rules could not be evaluated, so no decision was made:',
  hostCodeThrew: (who: string, cause: string) => `${who} threw: ${cause}`,
} as const;
