import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import { propertyParameters, scenario } from '../../../test/support/arbitraries';
import { expectedPrice } from '../../../test/support/oracle';
import { shown, stageInput } from '../../../test/support/stages';
import { priceOffer } from './priceOffer';

describe('property: priceOffer', () => {
  it('prices every offer in the catalog, offered or not, as the offer-kind table says, rounded where computed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, context } = stageInput(s.config, s.request);
        for (const offer of config.catalog as Offer[]) {
          const { cost, customerValue } = priceOffer(offer, context);
          expect({ id: offer.id, cost: shown(cost, context), customerValue: shown(customerValue, context) })
            .toEqual({ id: offer.id, ...expectedPrice(offer.kind, offer, s.request, s.digits) });
        }
      }),
      propertyParameters,
    );
  });
});
