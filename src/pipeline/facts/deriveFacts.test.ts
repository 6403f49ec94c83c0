import { describe, expect, it } from 'vitest';
import { config, request } from '../../../test/support/builders';
import { stageInput } from '../../../test/support/stages';
import { validateRequest } from '../validate/validateRequest';
import { deriveFacts } from './deriveFacts';

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
      insideReturnWindow: true,
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

  it('hands rules the validated request itself, not a copy (path conditions read its amounts as numbers: rules/requestPath)', () => {
    const req = request();
    const { config: valid } = stageInput(config(), req);
    const validated = validateRequest(req, valid);
    expect(deriveFacts(validated, valid).facts.request).toBe(validated);
  });
});

describe('returnContext: the returned lines matched to the order', () => {
  const items = [
    { sku: 'MUG', unitPrice: '2.10', unitCost: '1.00', quantity: 6 },
    { sku: 'MUG', unitPrice: '2.55', unitCost: '1.20', quantity: 2 },
    { lineId: 'free', sku: 'MUG', unitPrice: '0', quantity: 1 },
  ];
  const order = (lines: object[], orderItems: object[] = items) =>
    stageInput(config(), request({ order: { ...request().order, total: '20.00', items: orderItems }, lines })).context;

  it('takes a SKU named without a lineId from its dearest order line first, the refund a customer could claim', () => {
    const context = order([{ sku: 'MUG', quantity: 3 }]);
    expect(context.lines.map((line) => [line.item.unitPrice, line.quantity])).toEqual([['2.10', 1], ['2.55', 2]]);
    expect(context.returnValue.toFixed(2)).toBe('7.20');
  });

  it('takes the line a lineId names, exactly, before matching lines by SKU', () => {
    const context = order([{ sku: 'MUG', quantity: 2 }, { sku: 'MUG', lineId: 'free', quantity: 1 }]);
    expect(context.lines.map((line) => [line.item.unitPrice, line.quantity])).toEqual([['2.55', 2], ['0', 1]]);
    expect(context.returnValue.toFixed(2)).toBe('5.10');
  });

  it('rounds a value computed from sub-penny prices where it is computed', () => {
    const context = order([{ sku: 'PADS', quantity: 3 }], [{ sku: 'PADS', unitPrice: '0.005', quantity: 10 }]);
    expect(context.returnValue.toString()).toBe('0.02');
  });
});
