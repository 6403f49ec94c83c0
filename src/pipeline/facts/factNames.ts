/**
 * The facts savedesk derives from every request, with what each means. The
 * README's facts table is this list; a rule may name these and facts a host
 * registers from code, nothing else.
 */
export const factDescriptions = {
  reason: 'the reason code the customer gave (string)',
  fault: 'who was at fault: merchant, carrier, customer or unknown (default unknown)',
  channel: 'phone, chat, email or portal',
  purpose: 'return, exchange or cancel',
  agentLevel: 'the level the caller acts at: agent.level, else the policy\'s level for the channel',
  returnValue: 'value of the returned lines (number, order currency)',
  orderTotal: 'the order total (number)',
  returnShare: 'returnValue ÷ orderTotal, 0..1 (0 when the total is 0)',
  daysSinceDelivery: 'whole days from order.deliveredAt to receivedAt (null when not delivered)',
  daysSinceOrder: 'whole days from order.placedAt to receivedAt',
  customerSegment: 'customer.segment (null when absent)',
  customerTags: 'customer.tags (array, empty when absent)',
  tenureDays: 'whole days from customer.since to receivedAt (null when absent)',
  lifetimeValue: 'customer.lifetimeValue (number, 0 when absent)',
  orderCount: 'customer.orderCount (0 when absent)',
  returnCount: 'customer.returnCount (0 when absent)',
  returnRate: 'returnCount ÷ orderCount (0 when there are no orders)',
  concessionsCost: 'cost of the customer\'s concessions in the cap window (number)',
  concessionsCount: 'how many concessions the customer had in the cap window',
  categories: 'categories of the returned items (array)',
  skus: 'SKUs of the returned lines (array)',
  itemTags: 'tags of the returned items (array)',
  watched: 'true when a returned SKU with this reason is on the client\'s watch list (`watch.json`): a suspected product problem; the decision is flagged `recall-candidate`',
  request: 'the whole validated request, amounts as numbers, for `path` conditions',
} as const;

/** A fact savedesk derives. */
export type FactName = keyof typeof factDescriptions;
/** The names of the facts savedesk derives. */
export const factNames = Object.keys(factDescriptions) as FactName[];

/** The JSON type of a fact's value, for checking a condition's value against it. */
export type FactType = 'number' | 'string' | 'boolean' | 'array' | 'object';

/**
 * The type of each fact's value (`null` aside: a fact described as null when
 * something is absent may also be null). The arrays hold text. `savedesk lint`
 * warns when a condition compares a fact with a value of another type, which
 * json-rules-engine would never match as meant (`returnValue greaterThan "lots"`).
 */
export const factTypes = {
  reason: 'string',
  fault: 'string',
  channel: 'string',
  purpose: 'string',
  agentLevel: 'string',
  returnValue: 'number',
  orderTotal: 'number',
  returnShare: 'number',
  daysSinceDelivery: 'number',
  daysSinceOrder: 'number',
  customerSegment: 'string',
  customerTags: 'array',
  tenureDays: 'number',
  lifetimeValue: 'number',
  orderCount: 'number',
  returnCount: 'number',
  returnRate: 'number',
  concessionsCost: 'number',
  concessionsCount: 'number',
  categories: 'array',
  skus: 'array',
  itemTags: 'array',
  request: 'object',
  watched: 'boolean',
} as const satisfies Record<FactName, FactType>;
