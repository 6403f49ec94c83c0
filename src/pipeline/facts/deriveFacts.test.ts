import { describe, expect, it } from 'vitest';
import { config, request } from '../../../test/support/builders';
import { stageInput } from '../../../test/support/stages';

describe('deriveFacts', () => {
  it('derives the documented facts from a request', () => {
    const req = request({
      customer: {
        id: 'c', segment: 'vip', tags: ['press'], since: '2025-11-23', lifetimeValue: '1234.50', orderCount: 4, returnCount: 1,
        concessions: [{ at: '2026-11-01T00:00:00Z', cost: '10.00' }, { at: '2024-01-01', cost: '99.00' }],
      },
      lines: [{ sku: 'JACKET', quantity: 1 }, { sku: 'SOCKS', quantity: 1 }],
      reason: { code: 'too-small', fault: 'merchant' },
    });
    const { facts } = stageInput(config(), req);
    const { request: _request, ...rest } = facts;
    expect(rest).toEqual({
      reason: 'too-small',
      fault: 'merchant',
      channel: 'phone',
      purpose: 'return',
      agentLevel: 'agent',
      returnValue: 225,
      orderTotal: 250,
      returnShare: 0.9,
      daysSinceDelivery: 18,
      daysSinceOrder: 22,
      customerSegment: 'vip',
      customerTags: ['press'],
      tenureDays: 365,
      lifetimeValue: 1234.5,
      orderCount: 4,
      returnCount: 1,
      returnRate: 0.25,
      concessionsCost: 10,
      concessionsCount: 1,
      categories: ['outerwear', 'accessories'],
      skus: ['JACKET', 'SOCKS'],
      itemTags: ['sale'],
      watched: false,
    });
  });

  it('uses neutral values when the customer tells little', () => {
    const { facts } = stageInput(config(), request({ customer: { id: 'c' }, order: { ...request().order, deliveredAt: undefined } }));
    expect(facts).toMatchObject({ fault: 'unknown', daysSinceDelivery: null, customerSegment: null, customerTags: [], tenureDays: null, lifetimeValue: 0, returnRate: 0 });
  });

  it('takes the level from the channel when no agent is named', () => {
    const { facts, context } = stageInput(config(), request({ channel: 'portal', agent: undefined }));
    expect(facts.agentLevel).toBe('agent');
    expect(context.callerLevel).toBe(0);
  });

  it('gives path conditions numbers, not strings, for amounts', () => {
    const { facts } = stageInput();
    expect((facts.request as { order: { total: unknown; items: Array<{ unitPrice: unknown }> } }).order).toMatchObject({ total: 250, items: [{ unitPrice: 200 }, { unitPrice: 25 }] });
  });
});
