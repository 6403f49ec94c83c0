import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import type { RuleEvent } from '../../schema/rule';
import type { FiredRule } from '../rules/RulesOutcome';
import { config } from '../../../test/support/builders';
import { stageInput } from '../../../test/support/stages';
import { Money } from '../../money/money';
import { prepareCatalog } from '../../prepared/PreparedOffer';
import { prepareEvents } from '../../prepared/PreparedEvent';
import { collectCandidates } from './collectCandidates';

const catalog: Offer[] = [
  { id: 'd10', kind: 'discount', label: 'x', percent: 10 },
  { id: 'd20', kind: 'discount', label: 'x', percent: 20 },
  { id: 'svc', kind: 'service', label: 'x', unitCost: '5.00' },
];
const { config: valid } = stageInput(config({ catalog, rules: [] }));
const byId = new Map(prepareCatalog(catalog).map((prepared) => [prepared.offer.id, prepared]));
const fire = (...events: Array<[string, RuleEvent]>): FiredRule[] => events.map(([rule, event], index) => ({ rule, index, priority: 1, event }));
/** The fired rules' events prepared as createDesk prepares a client's, each fired rule's index pointing at its own. */
const collect = (fired: FiredRule[]) =>
  collectCandidates(fired, prepareEvents(fired.map(({ rule, event }) => ({ name: rule, conditions: { all: [] }, event })), byId, valid.policy), new Money(0));

describe('collectCandidates', () => {
  it('makes candidates in firing order and merges rules proposing the same offer', () => {
    const { candidates } = collect(fire(
      ['a', { type: 'offer', params: { offers: ['svc', 'd10'] } }],
      ['b', { type: 'offer', params: { offer: 'd10', weight: 2, goodwill: true } }],
      ['c', { type: 'offer', params: { offer: 'd10', weight: 0.5 } }],
    ));
    expect(candidates.map((c) => [c.offer.id, c.because, c.weight, c.goodwill])).toEqual([
      ['svc', ['a'], 1, false],
      ['d10', ['a', 'b', 'c'], 2, true],
    ]);
  });

  it('withholds excluded offers by id or kind, whatever the rule order', () => {
    const { candidates, withheld } = collect(fire(
      ['no-discounts', { type: 'exclude', params: { kind: 'discount', why: 'serial returner' } }],
      ['all', { type: 'offer', params: { offers: ['d10', 'd20', 'svc'] } }],
      ['no-svc', { type: 'exclude', params: { offer: 'svc', why: 'not here' } }],
    ));
    expect(candidates).toEqual([]);
    expect(withheld).toEqual([
      { offerId: 'd10', why: 'excluded', detail: 'serial returner (rule "no-discounts")' },
      { offerId: 'd20', why: 'excluded', detail: 'serial returner (rule "no-discounts")' },
      { offerId: 'svc', why: 'excluded', detail: 'not here (rule "no-svc")' },
    ]);
  });

  it('keeps the highest level required by any rule; a rule without a target applies to all', () => {
    const { candidates } = collect(fire(
      ['all', { type: 'offer', params: { offers: ['d10', 'svc'] } }],
      ['senior-discounts', { type: 'require-level', params: { kind: 'discount', level: 'senior' } }],
      ['supervisor-d10', { type: 'require-level', params: { offer: 'd10', level: 'supervisor' } }],
      ['everything-senior', { type: 'require-level', params: { level: 'senior' } }],
    ));
    expect(candidates.map((c) => [c.offer.id, c.requiredLevel])).toEqual([['d10', 2], ['svc', 1]]);
  });
});
