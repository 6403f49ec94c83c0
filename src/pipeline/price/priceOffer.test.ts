import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import { request } from '../../../test/support/builders';
import { offer, returnOf, shown, stageInput, type StageInput } from '../../../test/support/stages';
import { prepareOffer } from '../../prepared/PreparedOffer';
import { priceOffer } from './priceOffer';

// The default request returns one $200.00 jacket (unit cost $80.00) from a
// $250.00 order that also holds two $25.00 pairs of socks (unit cost $5.00).
const standard = stageInput();

function price(priced: Offer, on: StageInput = standard): { cost: string; customerValue: string } {
  const { cost, customerValue } = priceOffer(prepareOffer(priced), on.context, on.money);
  return { cost: shown(cost, on.context), customerValue: shown(customerValue, on.context) };
}

describe('priceOffer: cost to the client and value to the customer, per kind', () => {
  it('prices a percent discount on the returned lines, or on the whole order with appliesTo "order"', () => {
    expect(price(offer('discount', { percent: 10 }))).toEqual({ cost: '20.00', customerValue: '20.00' });
    expect(price(offer('discount', { percent: 10, appliesTo: 'order' }))).toEqual({ cost: '25.00', customerValue: '25.00' });
  });

  it('caps a percent discount at maxAmount, and leaves it alone below the cap', () => {
    expect(price(offer('discount', { percent: 10, maxAmount: '15.00' }))).toEqual({ cost: '15.00', customerValue: '15.00' });
    expect(price(offer('discount', { percent: 10, maxAmount: '25.00' }))).toEqual({ cost: '20.00', customerValue: '20.00' });
  });

  it('gives a fixed-amount discount as stated, but never more than what it applies to', () => {
    expect(price(offer('discount', { amount: '30.00' }))).toEqual({ cost: '30.00', customerValue: '30.00' });
    expect(price(offer('discount', { amount: '500.00' }))).toEqual({ cost: '200.00', customerValue: '200.00' });
    expect(price(offer('discount', { amount: '500.00', appliesTo: 'order' }))).toEqual({ cost: '250.00', customerValue: '250.00' });
  });

  it('values a coupon at its face and costs it at face × redemptionRate', () => {
    expect(price(offer('coupon', { amount: '15.00', validDays: 90, redemptionRate: 0.25 }))).toEqual({ cost: '3.75', customerValue: '15.00' });
    expect(price(offer('coupon', { percent: 10, validDays: 90, redemptionRate: 0.3 }))).toEqual({ cost: '6.00', customerValue: '20.00' });
    expect(price(offer('coupon', { percent: 10, appliesTo: 'order', validDays: 90, redemptionRate: 0.3 }))).toEqual({ cost: '7.50', customerValue: '25.00' });
    expect(price(offer('coupon', { percent: 10, maxAmount: '12.00', validDays: 90, redemptionRate: 0.5 }))).toEqual({ cost: '6.00', customerValue: '12.00' });
  });

  it('does not cap a coupon face at the return value: it is spent on a later order', () => {
    expect(price(offer('coupon', { amount: '300.00', validDays: 90, redemptionRate: 0.1 }))).toEqual({ cost: '30.00', customerValue: '300.00' });
  });

  it('prices free product at unit cost × quantity and values it at retail × quantity', () => {
    expect(price(offer('free_product', { sku: 'CUSH', quantity: 2, unitCost: '45.00', retailValue: '180.00' }))).toEqual({ cost: '90.00', customerValue: '360.00' });
  });

  it('prices a replacement at the returned lines\' unit cost plus shipping, valued at their price', () => {
    expect(price(offer('replacement', { shippingCost: '15.00' }))).toEqual({ cost: '95.00', customerValue: '200.00' });
    expect(price(offer('replacement', { shippingCost: '15.00', appliesTo: 'order' }))).toEqual({ cost: '105.00', customerValue: '250.00' });
  });

  it('takes an unknown unit cost as the unit price when pricing a replacement (the worst case)', () => {
    const order = { ...request().order, total: '60.00', items: [{ sku: 'MUG', unitPrice: '12.00', quantity: 5 }] };
    const mugs = stageInput(undefined, request({ order, lines: [{ sku: 'MUG', quantity: 3 }] }));
    expect(price(offer('replacement', { shippingCost: '4.00' }), mugs)).toEqual({ cost: '40.00', customerValue: '36.00' });
  });

  it('costs an exchange its shipping and gives the customer no extra value', () => {
    expect(price(offer('exchange', { shippingCost: '12.50' }))).toEqual({ cost: '12.50', customerValue: '0.00' });
  });

  it('prices store credit and keep-it refunds as a percent of what they apply to', () => {
    expect(price(offer('store_credit', { bonusPercent: 10 }))).toEqual({ cost: '20.00', customerValue: '20.00' });
    expect(price(offer('store_credit', { bonusPercent: 10, appliesTo: 'order' }))).toEqual({ cost: '25.00', customerValue: '25.00' });
    expect(price(offer('keep_item', { refundPercent: 30 }))).toEqual({ cost: '60.00', customerValue: '60.00' });
    expect(price(offer('keep_item', { refundPercent: 30, appliesTo: 'order' }))).toEqual({ cost: '75.00', customerValue: '75.00' });
  });

  it('prices an upgrade at its cost difference, valued at its price difference', () => {
    expect(price(offer('upgrade', { sku: 'PERF', priceDifference: '350.00', costDifference: '95.00' }))).toEqual({ cost: '95.00', customerValue: '350.00' });
  });

  it('costs a service its unit cost and gives no monetary value', () => {
    expect(price(offer('service', { unitCost: '40.00' }))).toEqual({ cost: '40.00', customerValue: '0.00' });
  });

  it('gives sales offers no cost and no value', () => {
    expect(price(offer('upsell', { sku: 'PILLOW' }))).toEqual({ cost: '0.00', customerValue: '0.00' });
    expect(price(offer('continuity', { program: 'club' }))).toEqual({ cost: '0.00', customerValue: '0.00' });
  });
});

describe('priceOffer: rounding half-up to the currency', () => {
  it('rounds JPY (0 digits) half-up: 10% of ¥1,005 is ¥101, not ¥100', () => {
    const yen = returnOf('JPY', '1005');
    expect(price(offer('discount', { percent: 10 }), yen)).toEqual({ cost: '101', customerValue: '101' });
    expect(price(offer('store_credit', { bonusPercent: 15 }), yen)).toEqual({ cost: '151', customerValue: '151' });
  });

  it('rounds a coupon\'s face first, then its cost: 10% of ¥1,005 is ¥101 face, × 0.5 = ¥51', () => {
    const yen = returnOf('JPY', '1005');
    expect(price(offer('coupon', { percent: 10, validDays: 30, redemptionRate: 0.5 }), yen)).toEqual({ cost: '51', customerValue: '101' });
    expect(price(offer('coupon', { amount: '5', validDays: 30, redemptionRate: 0.3 }), yen)).toEqual({ cost: '2', customerValue: '5' });
  });

  it('rounds KWD (3 digits) half-up: 10% of 1.005 KWD is 0.101', () => {
    const dinar = returnOf('KWD', '1.005');
    expect(price(offer('keep_item', { refundPercent: 10 }), dinar)).toEqual({ cost: '0.101', customerValue: '0.101' });
    expect(price(offer('coupon', { amount: '0.125', validDays: 30, redemptionRate: 0.5 }), dinar)).toEqual({ cost: '0.063', customerValue: '0.125' });
  });

  it('computes in decimal, never in binary floats: $1.15 × 0.7 is $0.805, which rounds to $0.81', () => {
    // As JavaScript numbers 1.15 × 0.7 is 0.80499…, which would round down to 0.80.
    expect(price(offer('coupon', { amount: '1.15', validDays: 30, redemptionRate: 0.7 })).cost).toBe('0.81');
  });
});
