/**
 * The ledger's contract, one suite for every store: `memory:`, `pglite:` and
 * PostgreSQL run exactly these tests (see the *.test.ts files beside this).
 * One ledger per file; each test works in a client of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeSchema, SavedeskError, type Desk } from '../../src/index';
import { ConcessionSchema, type Ledger } from '../../src/ledger/index';
import { allOutcomes, decideAndRecord, returnOf, testDesk } from './fixtures';

const AT = '2026-11-23T10:05:00Z';

/** The code a promise was refused with, or 'accepted'. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof SavedeskError) return error.code;
    throw error;
  }
}

/** Counts of each answer among settled acceptances. */
function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Decides and records `count` returns (for one customer, or one customer each), all at once. */
async function recordMany(ledger: Ledger, desk: Desk, count: number, customer: (i: number) => string) {
  return Promise.all(Array.from({ length: count }, (_, i) => decideAndRecord(ledger, desk, returnOf(`r-${i}`, customer(i)))));
}

export function ledgerContract(store: string, open: () => Promise<Ledger>): void {
  // Generous: 40 concurrent acceptances on PGlite take seconds on a busy machine.
  describe(`ledger contract: ${store}`, { timeout: 90_000 }, () => {
    let ledger: Ledger;
    beforeAll(async () => {
      ledger = await open();
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    describe('40 agents accepting at the same moment', () => {
      it('never take one customer past the cap cost: $30 offers under a $100 cap, exactly 3 accepted', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '100.00' } });
        const decisions = await recordMany(ledger, desk, 40, () => 'c-1');
        // Every decision was made before any acceptance, so each shows the offer.
        expect(decisions.every((d) => d.offers.some((o) => o.offerId === 'thirty-off'))).toBe(true);
        const codes = await Promise.all(decisions.map((d) => codeOf(ledger.accept({ desk, requestId: d.requestId, offerId: 'thirty-off', at: AT }))));
        expect(tally(codes)).toEqual({ accepted: 3, 'customer-cap': 37 });
        const accepted = (await allOutcomes(ledger, desk.clientId)).filter((o) => o.result.status === 'accepted');
        expect(accepted.reduce((sum, o) => sum + Number(o.result.status === 'accepted' ? o.result.cost : 0), 0)).toBe(90);
      });

      it('never take one customer past the cap count: exactly 3 of 40 when maxCount is 3', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCount: 3 } });
        const decisions = await recordMany(ledger, desk, 40, () => 'c-1');
        const codes = await Promise.all(decisions.map((d, i) => codeOf(ledger.accept({ desk, requestId: d.requestId, offerId: i % 2 ? 'cushions' : 'thirty-off', at: AT }))));
        expect(tally(codes)).toEqual({ accepted: 3, 'customer-cap': 37 });
      });

      it('never give one customer an offer more than maxPerCustomer times: exactly 2 of 40', async () => {
        const desk = testDesk({ maxPerCustomer: 2 });
        const decisions = await recordMany(ledger, desk, 40, () => 'c-1');
        const codes = await Promise.all(decisions.map((d) => codeOf(ledger.accept({ desk, requestId: d.requestId, offerId: 'cushions', at: AT }))));
        expect(tally(codes)).toEqual({ accepted: 2, 'customer-cap': 38 });
      });

      it('never give more than the stock, for one customer or for 40', async () => {
        const desk = testDesk({ stock: 5 });
        const one = await recordMany(ledger, desk, 40, () => 'c-1');
        const codes = await Promise.all(one.map((d) => codeOf(ledger.accept({ desk, requestId: d.requestId, offerId: 'cushions', at: AT }))));
        expect(tally(codes)).toEqual({ accepted: 5, 'out-of-stock': 35 });

        const other = testDesk({ stock: 7 });
        const many = await recordMany(ledger, other, 40, (i) => `c-${i}`);
        const manyCodes = await Promise.all(many.map((d) => codeOf(ledger.accept({ desk: other, requestId: d.requestId, offerId: 'cushions', at: AT }))));
        expect(tally(manyCodes)).toEqual({ accepted: 7, 'out-of-stock': 33 });
      });

      it('hold every limit at once under a mix of offers, approvals and repeats', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '300.00', maxCount: 5 }, stock: 3, maxPerCustomer: 2 });
        const decisions = await recordMany(ledger, desk, 40, () => 'c-1');
        const offers = ['thirty-off', 'cushions', 'swap', 'gift-250'];
        const attempts = decisions.flatMap((d, i) => {
          const offerId = offers[i % offers.length]!;
          const input = { desk, requestId: d.requestId, offerId, at: AT, approvedBy: { id: 'sup-1', level: 'senior' } };
          return [ledger.accept(input), ledger.accept(input)]; // every acceptance sent twice
        });
        await Promise.allSettled(attempts);
        const accepted = (await allOutcomes(ledger, desk.clientId)).flatMap((o) => (o.result.status === 'accepted' ? [o.result] : []));
        const costed = accepted.filter((r) => Number(r.cost) > 0);
        expect(costed.reduce((sum, r) => sum + Number(r.cost), 0)).toBeLessThanOrEqual(300);
        expect(costed.length).toBeLessThanOrEqual(5);
        expect(accepted.filter((r) => r.offerId === 'cushions').length).toBeLessThanOrEqual(2);
        // Even exchanges cost nothing: they are not concessions, and all ten went through.
        expect(accepted.filter((r) => r.offerId === 'swap')).toHaveLength(10);
      });
    });

    describe('refusals, in the documented order', () => {
      it('unknown-decision: no recorded decision for the request', async () => {
        const desk = testDesk();
        expect(await codeOf(ledger.accept({ desk, requestId: 'never-decided', offerId: 'no-such-offer', at: AT }))).toBe('unknown-decision');
        expect(await codeOf(ledger.decline({ clientId: desk.clientId, requestId: 'never-decided', at: AT }))).toBe('unknown-decision');
      });

      it("unknown-decision: another client's decision is not this desk's", async () => {
        const desk = testDesk();
        const decision = await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        expect(await codeOf(ledger.accept({ desk: testDesk(), requestId: decision.requestId, offerId: 'thirty-off', at: AT }))).toBe('unknown-decision');
      });

      it('already-decided: another offer was accepted, or the customer declined — before the offer is even looked at', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'cushions', at: AT }))).toBe('already-decided');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'no-such-offer', at: AT }))).toBe('already-decided');
        expect(await codeOf(ledger.decline({ clientId: desk.clientId, requestId: 'r-1', at: AT }))).toBe('already-decided');

        await decideAndRecord(ledger, desk, returnOf('r-2', 'c-1'));
        await ledger.decline({ clientId: desk.clientId, requestId: 'r-2', at: AT });
        await ledger.decline({ clientId: desk.clientId, requestId: 'r-2', at: AT }); // a repeated decline changes nothing
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-2', offerId: 'thirty-off', at: AT }))).toBe('already-decided');
        // A decided request cannot be decided again either.
        expect(await codeOf(decideAndRecord(ledger, desk, returnOf('r-2', 'c-1')))).toBe('already-decided');
      });

      it('offer-not-made: an offer the decision withheld, one in no catalog, one of another client — before approval is looked at', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '100.00' } });
        const decision = await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        expect(decision.withheld.find((w) => w.offerId === 'gift-250')?.why).toBe('customer-cap');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT }))).toBe('offer-not-made');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'no-such-offer', at: AT }))).toBe('offer-not-made');
      });

      it('approval-required: an offer that needed a senior needs an approver at senior or above — before stock and cap', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '260.00' } });
        const decision = await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        expect(decision.offers.find((o) => o.offerId === 'gift-250')?.approval).toEqual({ level: 'senior' });
        await decideAndRecord(ledger, desk, returnOf('r-2', 'c-1'));
        await ledger.accept({ desk, requestId: 'r-2', offerId: 'thirty-off', at: AT }); // now $250 more would pass the $260 cap
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT }))).toBe('approval-required');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT, approvedBy: { level: 'agent' } }))).toBe('approval-required');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT, approvedBy: { level: 'owner' } }))).toBe('approval-required');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT, approvedBy: { level: 'supervisor' } }))).toBe('customer-cap');
      });

      it('an approved offer records who approved it', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        const { concession } = await ledger.accept({ desk, requestId: 'r-1', offerId: 'gift-250', at: AT, approvedBy: { id: 'sup-7', level: 'supervisor' } });
        expect(ConcessionSchema.parse(concession)).toEqual({
          clientId: desk.clientId, customerId: 'c-1', requestId: 'r-1', offerId: 'gift-250', kind: 'keep_item',
          cost: '250.00', at: '2026-11-23T10:05:00.000Z', level: 'agent', approvedBy: { id: 'sup-7', level: 'supervisor' },
        });
      });

      it('out-of-stock before customer-cap', async () => {
        const desk = testDesk({ stock: 1, cap: { windowDays: 90, maxCount: 1 } });
        await recordMany(ledger, desk, 2, () => 'c-1');
        await ledger.accept({ desk, requestId: 'r-0', offerId: 'cushions', at: AT });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'cushions', at: AT }))).toBe('out-of-stock');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT }))).toBe('customer-cap');
      });

      it('customer-cap counts the window before `at`: a concession older than windowDays no longer counts', async () => {
        const desk = testDesk({ cap: { windowDays: 30, maxCount: 1 } });
        await recordMany(ledger, desk, 2, () => 'c-1');
        await ledger.accept({ desk, requestId: 'r-0', offerId: 'thirty-off', at: '2026-10-01T10:00:00Z' });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-10-31T09:59:59Z' }))).toBe('customer-cap');
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-10-31T10:00:00Z' }))).toBe('accepted');
      });

      it('customer-cap: an acceptance dated in the past cannot slip under the cap beside later concessions', async () => {
        const desk = testDesk({ cap: { windowDays: 30, maxCount: 1 } });
        await recordMany(ledger, desk, 2, () => 'c-1');
        await ledger.accept({ desk, requestId: 'r-0', offerId: 'thirty-off', at: '2026-11-20T10:00:00Z' });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-11-01T10:00:00Z' }))).toBe('customer-cap');
      });

      it('a refusal says why, with the path of what was refused', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '40.00' } });
        await recordMany(ledger, desk, 2, () => 'c-1');
        await ledger.accept({ desk, requestId: 'r-0', offerId: 'thirty-off', at: AT });
        const error = await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SavedeskError);
        expect((error as SavedeskError).issues).toEqual([
          { code: 'refused', path: 'requestId', message: "would bring the customer's concessions in 90 days to 60.00, above the cap of 40.00" },
        ]);
      });

      it('invalid input is invalid-input with every problem, and records nothing', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        const error = (await ledger.accept({ desk, requestId: 'r-1', offerId: '', at: 'yesterday' }).catch((e: unknown) => e)) as SavedeskError;
        expect(error.code).toBe('invalid-input');
        expect(error.issues.map((issue) => issue.path)).toEqual(['offerId', 'at']);
        expect((await allOutcomes(ledger, desk.clientId))[0]!.result).toEqual({ status: 'open' });
      });
    });

    describe('record', () => {
      it('replaces an open decision of the same customer, and never moves a request to another customer, even when both arrive at once', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1', '2026-11-23T10:01:00Z'));
        expect((await allOutcomes(ledger, desk.clientId)).map((o) => o.at)).toEqual(['2026-11-23T10:01:00.000Z']);
        expect(await codeOf(decideAndRecord(ledger, desk, returnOf('r-1', 'c-2')))).toBe('invalid-input');

        const both = await Promise.all([codeOf(decideAndRecord(ledger, desk, returnOf('r-2', 'c-1'))), codeOf(decideAndRecord(ledger, desk, returnOf('r-2', 'c-2')))]);
        expect(both.sort()).toEqual(['accepted', 'invalid-input']);
      });
    });

    describe('the same acceptance twice', () => {
      it('records one concession and returns it again, marked repeated — also when sent at once', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
        const input = { desk, requestId: 'r-1', offerId: 'thirty-off', at: AT };
        const first = await ledger.accept(input);
        const again = await ledger.accept({ ...input, at: '2026-11-23T10:09:00Z' });
        expect(first.repeated).toBe(false);
        expect(again).toEqual({ concession: first.concession, repeated: true });

        await decideAndRecord(ledger, desk, returnOf('r-2', 'c-1'));
        const both = await Promise.all([ledger.accept({ ...input, requestId: 'r-2' }), ledger.accept({ ...input, requestId: 'r-2' })]);
        expect(both.map((b) => b.repeated).sort()).toEqual([false, true]);

        const history = await ledger.withHistory(desk.clientId, returnOf('r-3', 'c-1', '2026-11-24T10:00:00Z'));
        expect(history.customer.concessions).toHaveLength(2);
      });
    });

    describe('withHistory: nothing the caller leaves out lowers the cap', () => {
      it('fills the concessions a request leaves out, so the decision withholds what the cap forbids', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '100.00' } });
        await recordMany(ledger, desk, 3, () => 'c-1');
        for (const requestId of ['r-0', 'r-1', 'r-2']) await ledger.accept({ desk, requestId, offerId: 'thirty-off', at: AT });
        const next = await decideAndRecord(ledger, desk, returnOf('r-9', 'c-1', '2026-11-23T11:00:00Z'));
        expect(next.withheld.find((w) => w.offerId === 'thirty-off')?.why).toBe('customer-cap');
        expect(next.offers.map((o) => o.offerId)).toEqual(['swap']);
      });

      it('refuses at accept a decision made without the history (a host that skipped withHistory)', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '100.00' } });
        await recordMany(ledger, desk, 3, () => 'c-1');
        for (const requestId of ['r-0', 'r-1', 'r-2']) await ledger.accept({ desk, requestId, offerId: 'thirty-off', at: AT });
        const raw = returnOf('r-9', 'c-1', '2026-11-23T11:00:00Z', { concessions: [] });
        const blind = await desk.decide(raw);
        expect(blind.offers.some((o) => o.offerId === 'thirty-off')).toBe(true);
        await ledger.record(blind, raw, { desk });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-9', offerId: 'thirty-off', at: AT }))).toBe('customer-cap');
      });

      it('keeps concessions given outside savedesk, remembers them, and counts each once', async () => {
        const desk = testDesk({ cap: { windowDays: 90, maxCost: '100.00' } });
        const outside = { at: '2026-11-20', cost: '80.0', kind: 'goodwill-call' };
        const first = await ledger.withHistory(desk.clientId, returnOf('r-1', 'c-1', undefined, { concessions: [outside] }));
        expect(first.customer.concessions).toEqual([{ ...outside, at: '2026-11-20T00:00:00.000Z' }]);
        const decision = await desk.decide(first);
        expect(decision.withheld.find((w) => w.offerId === 'thirty-off')?.why).toBe('customer-cap');
        await ledger.record(decision, first, { desk });

        // A later request that leaves it out still gets it; one that carries it again does not count it twice.
        const later = await ledger.withHistory(desk.clientId, returnOf('r-2', 'c-1', '2026-11-23T12:00:00Z'));
        expect(later.customer.concessions).toEqual([{ at: '2026-11-20T00:00:00.000Z', cost: '80.0', kind: 'goodwill-call' }]);
        const again = await ledger.withHistory(desk.clientId, returnOf('r-3', 'c-1', '2026-11-23T12:00:00Z', { concessions: later.customer.concessions }));
        expect(again.customer.concessions).toHaveLength(1);

        // And accept counts it: cushions ($12) fit the remaining $20, $30 off does not.
        await decideAndRecord(ledger, desk, returnOf('r-4', 'c-1', '2026-11-23T12:00:00Z'));
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-4', offerId: 'cushions', at: AT }))).toBe('accepted');
        const r5 = returnOf('r-5', 'c-1', '2026-11-23T12:00:00Z', { concessions: [] });
        await ledger.record(await desk.decide(r5), r5, { desk });
        expect(await codeOf(ledger.accept({ desk, requestId: 'r-5', offerId: 'thirty-off', at: AT }))).toBe('customer-cap');
      });

      it("does not mix customers or clients", async () => {
        const desk = testDesk();
        await recordMany(ledger, desk, 2, (i) => `c-${i}`);
        await ledger.accept({ desk, requestId: 'r-0', offerId: 'thirty-off', at: AT });
        expect((await ledger.withHistory(desk.clientId, returnOf('x', 'c-1'))).customer.concessions).toEqual([]);
        expect((await ledger.withHistory(testDesk().clientId, returnOf('x', 'c-0'))).customer.concessions).toEqual([]);
        expect((await ledger.withHistory(desk.clientId, returnOf('x', 'c-0'))).customer.concessions).toEqual([
          { at: '2026-11-23T10:05:00.000Z', cost: '30.00', offerId: 'thirty-off', kind: 'discount' },
        ]);
      });
    });

    describe('outcomes', () => {
      it('yields each decision with what became of it, valid Outcomes, oldest first, within since/until', async () => {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-a', 'c-1', '2026-11-01T09:00:00Z', { segment: 'gold' }));
        await decideAndRecord(ledger, desk, returnOf('r-b', 'c-2', '2026-11-02T09:00:00Z'));
        await decideAndRecord(ledger, desk, returnOf('r-c', 'c-3', '2026-11-03T09:00:00+02:00'));
        await ledger.accept({ desk, requestId: 'r-a', offerId: 'gift-250', at: '2026-11-01T09:10:00Z', approvedBy: { level: 'senior' } });
        await ledger.decline({ clientId: desk.clientId, requestId: 'r-b', at: '2026-11-02T09:10:00Z' });

        const outcomes = await allOutcomes(ledger, desk.clientId);
        // Valid, and with the schema's key order, so an export is the same text from every store.
        for (const outcome of outcomes) expect(JSON.stringify(OutcomeSchema.parse(outcome))).toBe(JSON.stringify(outcome));
        expect(outcomes.map((o) => [o.requestId, o.result.status])).toEqual([['r-a', 'accepted'], ['r-b', 'declined'], ['r-c', 'open']]);
        const [a, b, c] = outcomes;
        expect(a).toMatchObject({
          clientId: desk.clientId, customerId: 'c-1', segment: 'gold', reason: 'too-small', channel: 'phone', level: 'agent', agentId: 'a-1',
          at: '2026-11-01T09:00:00.000Z', currency: 'USD', returnValue: '250.00', returnLoss: '350.00',
          result: { status: 'accepted', offerId: 'gift-250', at: '2026-11-01T09:10:00.000Z', cost: '250.00', approvedBy: { level: 'senior' } },
        });
        expect(a!.offers.find((o) => o.offerId === 'gift-250')).toEqual({ offerId: 'gift-250', kind: 'keep_item', rank: expect.any(Number), cost: '250.00', approval: { level: 'senior' }, rate: 0.9, source: 'prior' });
        expect(b!.result).toEqual({ status: 'declined', at: '2026-11-02T09:10:00.000Z' });
        expect(c!.at).toBe('2026-11-03T07:00:00.000Z');

        const middle = await allOutcomes(ledger, desk.clientId, { since: '2026-11-02T09:00:00Z', until: '2026-11-03T07:00:00Z' });
        expect(middle.map((o) => o.requestId)).toEqual(['r-b']);
      });

      it('pages through more outcomes than one read holds, none twice, none missed', async () => {
        const desk = testDesk();
        const times = Array.from({ length: 1203 }, (_, i) => `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00Z`);
        await Promise.all(times.map((receivedAt, i) => decideAndRecord(ledger, desk, returnOf(`r-${i}`, `c-${i % 50}`, receivedAt))));
        const outcomes = await allOutcomes(ledger, desk.clientId);
        expect(new Set(outcomes.map((o) => o.requestId)).size).toBe(1203);
        const keys = outcomes.map((o) => Date.parse(o.at));
        expect(keys).toEqual([...keys].sort((x, y) => x - y));
      }, 120_000);

      it('keeps amounts exact: numeric in, decimal strings out', async () => {
        const desk = testDesk();
        const big = returnOf('r-1', 'c-1', undefined, { concessions: [{ at: '2026-11-20T10:00:00Z', cost: '999999999999999.99' }] });
        const history = await ledger.withHistory(desk.clientId, big);
        await ledger.record(await desk.decide(history), history, { desk });
        const after = await ledger.withHistory(desk.clientId, returnOf('r-2', 'c-1'));
        expect(after.customer.concessions).toEqual([{ at: '2026-11-20T10:00:00.000Z', cost: '999999999999999.99' }]);
      });
    });

    describe('fail closed', () => {
      it('a closed ledger accepts nothing and says the ledger is unavailable', async () => {
        const other = await open();
        const desk = testDesk();
        await decideAndRecord(other, desk, returnOf('r-1', 'c-1'));
        await other.close();
        const error = (await other.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT }).catch((e: unknown) => e)) as SavedeskError;
        expect(error.code).toBe('ledger-unavailable');
        expect(error.message).toMatch(/cannot be reached, so nothing was recorded or accepted/);
        expect(await codeOf(other.withHistory(desk.clientId, returnOf('r-2', 'c-1')))).toBe('ledger-unavailable');
        expect(await codeOf(other.record(await desk.decide(returnOf('r-3', 'c-1')), returnOf('r-3', 'c-1')))).toBe('ledger-unavailable');
      });
    });
  });
}
