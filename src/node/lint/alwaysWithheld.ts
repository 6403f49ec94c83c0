import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import type { ValidConfig } from '../../schema/config';
import { salesKinds, type Offer } from '../../schema/offer';
import type { Condition } from '../../schema/rule';
import { proposals } from './ruleParts';

/**
 * Offers a rule proposes that the catalog's own constraints withhold every
 * time the rule fires. Only what is decidable without a request is checked:
 * a sales kind while the policy suppresses sales offers, a stock of 0, and an
 * offer's `reasons` that share none of the reasons the rule's conditions allow
 * (read from `reason` compared with `equal` or `in` under `all` / `any`).
 * Categories, amounts and dates depend on the request and are left to cases.
 */
export function alwaysWithheld(config: ValidConfig): Issue[] {
  const catalog = new Map(config.catalog.map((offer) => [offer.id, offer]));
  return config.rules.flatMap((rule, k) => {
    const ruleReasons = possibleReasons(rule.conditions);
    return proposals(rule, k).flatMap(({ offerId, path }) => {
      const offer = catalog.get(offerId);
      const message = offer && whyAlwaysWithheld(offer, ruleReasons, config.policy.allowSalesOffers);
      return message ? [{ code: 'always-withheld' as const, path, message }] : [];
    });
  });
}

function whyAlwaysWithheld(offer: Offer, ruleReasons: ReadonlySet<string> | null, allowSalesOffers: boolean): string | null {
  if (salesKinds.includes(offer.kind) && !allowSalesOffers) return messages.alwaysSalesSuppressed(offer.id, offer.kind);
  if (offer.stock === 0) return messages.alwaysOutOfStock(offer.id);
  if (ruleReasons && offer.reasons && !offer.reasons.some((reason) => ruleReasons.has(reason))) {
    return messages.alwaysWrongReason(offer.id, [...ruleReasons], offer.reasons);
  }
  return null;
}

/** The reason codes under which a condition can hold, or null when it does not restrict the reason. */
function possibleReasons(condition: Condition): ReadonlySet<string> | null {
  if ('all' in condition) {
    const restricting = condition.all.map(possibleReasons).filter((reasons) => reasons !== null);
    if (restricting.length === 0) return null;
    return new Set([...restricting[0]!].filter((reason) => restricting.every((reasons) => reasons.has(reason))));
  }
  if ('any' in condition) {
    const branches = condition.any.map(possibleReasons);
    if (branches.length === 0 || branches.some((reasons) => reasons === null)) return null;
    return new Set(branches.flatMap((reasons) => [...reasons!]));
  }
  if ('not' in condition || condition.fact !== 'reason' || condition.path !== undefined) return null;
  const { operator, value } = condition;
  if (operator === 'equal' && typeof value === 'string') return new Set([value]);
  if (operator === 'in' && Array.isArray(value) && value.every((item) => typeof item === 'string')) return new Set(value as string[]);
  return null;
}
