/**
 * Size limits on what savedesk accepts. Anything larger is refused with a
 * clear issue instead of being processed slowly: a decision is made while a
 * customer waits, and a rule file is data from people, not code.
 */
export const LIMITS = {
  /** Characters in an id, code, SKU, label or name. */
  maxNameLength: 200,
  /** Characters in free text: a reason note, a guidance template. */
  maxTextLength: 4000,
  /** Lines in one return request. */
  maxLines: 500,
  /** Items in one order. */
  maxItems: 1000,
  /** Tags on a customer or item. */
  maxTags: 100,
  /** Past concessions listed on a customer. */
  maxConcessions: 1000,
  /** Offers in a catalog. */
  maxOffers: 2000,
  /** Rules in a client. */
  maxRules: 5000,
  /** Levels in an escalation chain. */
  maxLevels: 20,
  /** Nesting depth of any JSON document (a rule's conditions included). */
  maxDepth: 32,
  /** SKU × reason pairs in a watch list. */
  maxWatchEntries: 10_000,
  /** Values in a list inside a rule condition. */
  maxListValues: 1000,
} as const;
