import { describe, expect, it } from 'vitest';
import { config } from '../../../test/support/builders';
import { returnOf, shown, stageInput } from '../../../test/support/stages';
import { returnLoss } from './returnLoss';

// Level amounts without decimals, so one policy suits JPY, USD and KWD.
const withCosts = (returnCosts: object) => ({ levels: [{ id: 'agent', maxCost: '100' }], returnCosts });

describe('returnLoss: what the plain return costs the client', () => {
  it('is the refund alone when the policy states no return costs', () => {
    const { context, money } = stageInput();
    expect(shown(returnLoss(context, money), context)).toBe('200.00');
  });

  it('adds return shipping and processing and takes off what reselling recovers', () => {
    // 200.00 + 19.90 + 5.00 − 200.00 × 0.45
    const { context, money } = stageInput(config({ policy: withCosts({ shipping: '19.90', processing: '5.00', resaleRate: 0.45 }) }));
    expect(shown(returnLoss(context, money), context)).toBe('134.90');
  });

  it('is just the handling when the goods resell at full price, and refund plus handling when they do not resell', () => {
    const handling = (resaleRate: number) => {
      const { context, money } = stageInput(config({ policy: withCosts({ shipping: '19.90', processing: '5.00', resaleRate }) }));
      return shown(returnLoss(context, money), context);
    };
    expect(handling(1)).toBe('24.90');
    expect(handling(0)).toBe('224.90');
  });

  it('rounds the resale half-up to the currency: JPY and KWD', () => {
    // ¥1,001 × 0.5 = ¥500.5 resale, rounded to ¥501: 1001 + 500 + 100 − 501
    const yen = returnOf('JPY', '1001', withCosts({ shipping: '500', processing: '100', resaleRate: 0.5 }));
    expect(shown(returnLoss(yen.context, yen.money), yen.context)).toBe('1100');
    // 1.005 KWD × 0.5 = 0.5025 resale, rounded to 0.503: 1.005 + 0.750 + 0.100 − 0.503
    const dinar = returnOf('KWD', '1.005', withCosts({ shipping: '0.750', processing: '0.100', resaleRate: 0.5 }));
    expect(shown(returnLoss(dinar.context, dinar.money), dinar.context)).toBe('1.352');
  });
});
