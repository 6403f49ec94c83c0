/**
 * Inputs for unit tests of one pipeline stage: a real ReturnContext derived
 * from a valid config and request (so a stage is tested on what `decide`
 * would hand it), and candidates as the earlier stages would make them.
 */
import type { ClientConfig, ReturnRequest } from '../../src/index';
import { minorDigits } from '../../src/money/currency';
import { decimalArithmetic } from '../../src/money/decimalArithmetic';
import { formatMoney, Money } from '../../src/money/money';
import { prepareMoney, type PreparedMoney } from '../../src/prepared/PreparedMoney';
import { prepareOffer } from '../../src/prepared/PreparedOffer';
import type { Offer } from '../../src/schema/offer';
import { newCandidate, type Candidate } from '../../src/pipeline/candidates/Candidate';
import { deriveFacts, type Facts } from '../../src/pipeline/facts/deriveFacts';
import type { ReturnContext } from '../../src/pipeline/facts/ReturnContext';
import { factNames } from '../../src/pipeline/facts/factNames';
import { priceOffer } from '../../src/pipeline/price/priceOffer';
import { validateConfig } from '../../src/pipeline/validate/validateConfig';
import { validateRequest } from '../../src/pipeline/validate/validateRequest';
import type { ValidConfig } from '../../src/schema/config';
import { config, request } from './builders';

/** What a stage is handed in a test: amounts in decimal.js, the reference arithmetic. */
export interface StageInput {
  readonly config: ValidConfig;
  readonly context: ReturnContext<Money>;
  readonly facts: Facts;
  /** The client's amounts; an offer outside its catalog is parsed when a stage first asks. */
  readonly money: PreparedMoney<Money>;
}

/** The validated config, the context and facts `deriveFacts` makes for this request, and the client's amounts. */
export function stageInput(cfg: ClientConfig = config(), req: ReturnRequest = request()): StageInput {
  const valid = validateConfig(cfg, { facts: new Set(factNames), operators: new Set() });
  const m = decimalArithmetic(minorDigits(valid.currency));
  return { config: valid, ...deriveFacts(validateRequest(req, valid), valid, { money: m }), money: prepareMoney(m, valid.catalog, valid.policy) };
}

/** One order line bought and returned whole, in any currency: a context whose return value is `unitPrice`. */
export function returnOf(currency: string, unitPrice: string, policy: object = { levels: [{ id: 'agent', maxCost: '100' }] }): StageInput {
  const order = { id: 'o-1', placedAt: '2026-11-01', currency, total: unitPrice, items: [{ sku: 'ITEM', unitPrice, quantity: 1 }] };
  return stageInput(config({ currency, policy }), request({ order, lines: [{ sku: 'ITEM', quantity: 1 }] }));
}

/** An offer as the catalog would hold it; `terms` are the kind's own fields. */
export function offer(kind: Offer['kind'], terms: object = {}, id: string = `${kind}-offer`): Offer {
  return { id, kind, label: id, ...terms } as Offer;
}

/** A candidate as `collectCandidates` makes it: one proposing rule, weight 1, no goodwill, no required level. */
export function candidate(candidateOffer: Offer, extra: Partial<Candidate<Money>> = {}): Candidate<Money> {
  return Object.assign(newCandidate(prepareOffer(candidateOffer), new Money(0)), { because: ['rule'], weight: 1 }, extra);
}

/** A candidate priced for this return, as `priceCandidates` would keep it. */
export function priced(candidateOffer: Offer, input: Pick<StageInput, 'context' | 'money'>, extra: Partial<Candidate<Money>> = {}): Candidate<Money> {
  const proposed = candidate(candidateOffer, extra);
  return Object.assign(proposed, priceOffer(proposed.prepared, input.context, input.money));
}

/**
 * An amount as the decision shows it, after checking it was already rounded
 * where it was computed (so rounding is not left to the final formatting).
 */
export function shown(amount: Money, context: ReturnContext<Money>): string {
  if (amount.decimalPlaces() > context.digits) throw new Error(`${amount.toFixed()} is not rounded to ${context.digits} digits`);
  return formatMoney(amount, context.digits);
}
