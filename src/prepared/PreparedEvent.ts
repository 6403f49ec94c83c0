import type { Policy } from '../schema/policy';
import type { FollowUp } from '../schema/decision';
import type { Rule } from '../schema/rule';
import type { PreparedOffer } from './PreparedOffer';

/**
 * A rule's event as the stages read it, worked out once at `createDesk`: the
 * offers it proposes (resolved in the catalog); what an `exclude` /
 * `require-level` event targets (the catalog slots of the offer or kind it
 * names, or every offer) with its reason or level index; a guide's text, a
 * flag, a follow-up. One shape for every event, so reading a fired rule's
 * event costs the same whatever the rule said.
 */
export interface PreparedEvent {
  /** An `offer` event's offers, in the rule's order; null for any other event. */
  readonly offers: readonly PreparedOffer[] | null;
  readonly weight: number;
  readonly goodwill: boolean;
  /**
   * An `exclude` or `require-level` event's targets: the catalog slots of the
   * offer it names and of the offers of the kind it names (either applies), or
   * `'every'` when it names neither; null for any other event.
   */
  readonly targets: readonly number[] | 'every' | null;
  /** An `exclude` event's `why`; null for any other event. */
  readonly excludeWhy: string | null;
  /** A `require-level` event's level, as its index in the chain; -1 for any other event. */
  readonly level: number;
  /** A `guide` event's text, a `flag` event's flag, a `follow-up` event's contact as a decision lists it (its rule named); null for any other event. */
  readonly guide: string | null;
  readonly flag: string | null;
  readonly followUp: FollowUp | null;
}

/** Prepares every rule's event, indexed like the rules; the config is valid, so every offer and level named exists. */
export function prepareEvents(rules: readonly Rule[], catalog: ReadonlyMap<string, PreparedOffer>, policy: Policy): PreparedEvent[] {
  return rules.map(({ name, event }) => {
    const none = { offers: null, weight: 1, goodwill: false, targets: null, excludeWhy: null, level: -1, guide: null, flag: null, followUp: null };
    switch (event.type) {
      case 'offer': {
        const { offers, offer, weight = 1, goodwill } = event.params;
        return { ...none, offers: (offers ?? [offer!]).map((id) => catalog.get(id)!), weight, goodwill: goodwill === true };
      }
      case 'exclude':
      case 'require-level': {
        const { offer, kind } = event.params;
        const targets = offer === undefined && kind === undefined ? 'every' : [...catalog.values()].filter((prepared) => prepared.id === offer || prepared.kind === kind).map((prepared) => prepared.slot);
        return event.type === 'exclude'
          ? { ...none, targets, excludeWhy: event.params.why }
          : { ...none, targets, level: policy.levels.findIndex((level) => level.id === event.params.level) };
      }
      case 'guide':
        return { ...none, guide: event.params.text };
      case 'flag':
        return { ...none, flag: event.params.flag };
      case 'follow-up':
        return { ...none, followUp: Object.freeze({ ...event.params, rule: name }) };
      default:
        return none;
    }
  });
}
