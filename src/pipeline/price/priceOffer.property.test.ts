import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import { propertyParameters, scenario } from '../../../test/support/arbitraries';
import { expectedPrice } from '../../../test/support/oracle';
import { shown, stageInput } from '../../../test/support/stages';
import { deriveFacts } from '../facts/deriveFacts';
import { minorUnits } from '../../money/minorUnits';
import { prepareMoney } from '../../prepared/PreparedMoney';
import { prepareOffer } from '../../prepared/PreparedOffer';
import { priceOffer } from './priceOffer';

describe('property: priceOffer', () => {
  it('prices every offer in the catalog, offered or not, as the offer-kind table says, rounded where computed, in decimal.js and in minor units', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const reference = stageInput(s.config, s.request);
        const m = minorUnits(reference.context.digits);
        const minor = { context: deriveFacts(reference.context.request, reference.config, { money: m }).context, money: prepareMoney(m, reference.config.catalog, reference.config.policy) };
        for (const offer of reference.config.catalog as Offer[]) {
          const expected = { id: offer.id, ...expectedPrice(offer.kind, offer, s.request, s.digits) };
          const decimal = priceOffer(prepareOffer(offer), reference.context, reference.money);
          expect({ id: offer.id, cost: shown(decimal.cost, reference.context), customerValue: shown(decimal.customerValue, reference.context) }).toEqual(expected);
          const exact = priceOffer(prepareOffer(offer), minor.context, minor.money);
          expect({ id: offer.id, cost: m.format(exact.cost), customerValue: m.format(exact.customerValue) }).toEqual(expected);
        }
      }),
      propertyParameters,
    );
  });
});
