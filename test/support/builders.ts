/**
 * Small valid configs and requests for tests, each overridable in one place,
 * so a test states only what it is about.
 */
import type { ClientConfig, ReturnRequest } from '../../src/index';
import type { Offer } from '../../src/schema/offer';
import type { Rule } from '../../src/schema/rule';

type Json = Record<string, unknown>;

/** A rule that offers the given offers whenever the reason is `reason` (default any reason). */
export function offerRule(offers: string[], extra: Json = {}, reason?: string): Rule {
  return {
    name: `offer-${offers.join('-')}`,
    conditions: { all: reason === undefined ? [{ fact: 'returnValue', operator: 'greaterThanInclusive', value: 0 }] : [{ fact: 'reason', operator: 'equal', value: reason }] },
    event: { type: 'offer', params: { offers, ...extra } },
  } as Rule;
}

/** A rule with the given event that always fires. */
export function alwaysRule(name: string, event: Json, priority?: number): Rule {
  return {
    name,
    ...(priority === undefined ? {} : { priority }),
    conditions: { all: [{ fact: 'returnValue', operator: 'greaterThanInclusive', value: 0 }] },
    event,
  } as Rule;
}

/** The escalation chain of the test clients: agent (100) → senior (300) → supervisor (1000), in USD. */
export function threeLevels(): { id: string; maxCost: string }[] {
  return [
    { id: 'agent', maxCost: '100.00' },
    { id: 'senior', maxCost: '300.00' },
    { id: 'supervisor', maxCost: '1000.00' },
  ];
}

/** A USD client: agent (100) → senior (300) → supervisor (1000), one 10% discount offered always. */
export function config(overrides: Partial<Record<keyof ClientConfig, unknown>> = {}): ClientConfig {
  return {
    client: { id: 'acme', name: 'Acme' },
    currency: 'USD',
    catalog: [{ id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.5 }] as Offer[],
    policy: { levels: threeLevels(), channelLevels: { portal: 'agent' } },
    rules: [offerRule(['disc-10'])],
    ...overrides,
  } as ClientConfig;
}

/** A phone return by an agent of one $200 jacket from a $250 order. */
export function request(overrides: Json = {}): ReturnRequest {
  return {
    id: 'req-1',
    receivedAt: '2026-11-23T10:00:00Z',
    channel: 'phone',
    agent: { id: 'a-1', level: 'agent' },
    customer: { id: 'c-1', name: 'Ada Byron' },
    order: {
      id: 'o-1',
      placedAt: '2026-11-01T09:00:00Z',
      deliveredAt: '2026-11-05',
      currency: 'USD',
      total: '250.00',
      items: [
        { sku: 'JACKET', name: 'Rain jacket', category: 'outerwear', tags: ['sale'], unitPrice: '200.00', unitCost: '80.00', quantity: 1 },
        { sku: 'SOCKS', category: 'accessories', unitPrice: '25.00', unitCost: '5.00', quantity: 2 },
      ],
    },
    lines: [{ sku: 'JACKET', quantity: 1 }],
    reason: { code: 'too-small' },
    ...overrides,
  } as ReturnRequest;
}
