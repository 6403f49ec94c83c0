import type { ReturnRequest } from 'savedesk';
import data from './shop.json';

/** One way an item comes (size, colour), the values it comes in, and the one the shopper has. */
export interface VariantOption {
  readonly name: string;
  readonly values: readonly string[];
  readonly current: string;
}

/** A reason as the shop words it; `person` marks the reasons (faulty, damaged) where a person can do more. */
export interface ShopReason {
  readonly code: string;
  readonly label: string;
  readonly person?: boolean;
}

const DAY_MS = 86_400_000;
const daysAgo = (today: Date, days: number) => new Date(today.getTime() - days * DAY_MS).toISOString().slice(0, 10);
const { placedDaysAgo, deliveredDaysAgo, ...order } = data.order;

/**
 * The shop's own data, which a real portal gets from the shop: its name and
 * support contacts, the wording of the return reasons, the signed-in
 * shopper's order and the variants each item comes in. None of it is the
 * client's savedesk config: no costs, no limits, no rules. The sample order
 * is dated relative to the page's today, so its return window is open.
 */
export const shop = {
  ...data,
  reasons: data.reasons as readonly ShopReason[],
  variants: data.variants as Readonly<Record<string, readonly VariantOption[]>>,
  order: { ...order, placedAt: daysAgo(new Date(), placedDaysAgo), deliveredAt: daysAgo(new Date(), deliveredDaysAgo) } satisfies ReturnRequest['order'],
};
