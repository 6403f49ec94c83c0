import type { OrderItem } from 'savedesk';
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

/**
 * The shop's own data, which a real portal gets from the shop: its name and
 * support contacts, the wording of the return reasons, the signed-in
 * shopper's order and the variants each item comes in. None of it is the
 * client's savedesk config: no costs, no limits, no rules.
 */
export const shop = data as typeof data & {
  readonly reasons: readonly ShopReason[];
  readonly order: typeof data.order & { readonly items: readonly OrderItem[] };
  readonly variants: Readonly<Record<string, readonly VariantOption[]>>;
};
