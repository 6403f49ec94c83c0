/**
 * Type tests: `npx tsc -p .` (npm run typecheck, CI) checks this file. Each
 * `@ts-expect-error` must meet an error, so a mistake the types stop catching
 * fails the typecheck; `expectTypeOf` pins what a well-typed use sees.
 */
import { expectTypeOf } from 'vitest';
import { checkConfig, checkRequest, createDesk, type CustomFact, type DecidedOffer, type Issue, type ReturnRequest } from '../../src/index';
import { config, request } from '../support/builders';

const desk = createDesk(config());

// @ts-expect-error a number is not a config
createDesk(42);
// @ts-expect-error a string is not a request
void desk.decide('x');

createDesk({
  client: { id: 'acme', name: 'Acme' },
  currency: 'USD',
  catalog: [{ id: 'disc-10', kind: 'discount', label: '10% off', percent: 10 }],
  // @ts-expect-error a typo in a field of the config: `polcy`
  polcy: { levels: [] },
  rules: [],
});

createDesk({
  client: { id: 'acme', name: 'Acme' },
  currency: 'USD',
  // @ts-expect-error a typo in a field of an offer: `percnt`
  catalog: [{ id: 'disc-10', kind: 'discount', label: '10% off', percnt: 10 }],
  policy: { levels: [{ id: 'agent', maxCost: '100.00' }] },
  rules: [],
});

const valid: ReturnRequest = request();
void desk.decide({
  ...valid,
  // @ts-expect-error a typo in a field of the request: `reasn`
  reasn: { code: 'too-small' },
});
// @ts-expect-error an amount is a decimal string, not a number
void desk.decide({ ...valid, order: { ...valid.order, total: 250 } });
// @ts-expect-error channels are an enum
void desk.decide({ ...valid, channel: 'fax' });

// Untyped input is checked without a throw, and typed by the check.
const checkedConfig = checkConfig(JSON.parse('{}') as unknown);
if (checkedConfig.ok) createDesk(checkedConfig.value);
else expectTypeOf(checkedConfig.issues).toEqualTypeOf<readonly Issue[]>();
const checkedRequest = checkRequest(JSON.parse('{}') as unknown);
if (checkedRequest.ok) void desk.decide(checkedRequest.value);
// @ts-expect-error unchecked, the value is not known to be a request
void desk.decide(checkedRequest.value);

// An offer's terms are typed by its kind.
declare const offer: DecidedOffer;
if (offer.kind === 'discount') expectTypeOf(offer.terms.percent).toEqualTypeOf<number | undefined>();
if (offer.kind === 'coupon') expectTypeOf(offer.terms.validDays).toEqualTypeOf<number>();
if (offer.kind === 'store_credit') expectTypeOf(offer.terms.bonusPercent).toEqualTypeOf<number>();
// @ts-expect-error a store credit has no percent
if (offer.kind === 'store_credit') void offer.terms.percent;
expectTypeOf(offer.cost).toEqualTypeOf<string>();

// A custom fact sees typed facts.
const bigReturn: CustomFact = (_params, { facts, request: validRequest }) => {
  expectTypeOf(facts.returnValue).toEqualTypeOf<number>();
  expectTypeOf(facts.reason).toEqualTypeOf<string>();
  expectTypeOf(facts.daysSinceDelivery).toEqualTypeOf<number | null>();
  expectTypeOf(facts.customerTags).toEqualTypeOf<string[]>();
  expectTypeOf(validRequest.purpose).toEqualTypeOf<'return' | 'exchange' | 'cancel'>();
  return facts.returnValue > 100;
};
createDesk(config(), { facts: { bigReturn } });
