import * as z from 'zod';
import { dateTime, moneyString, name } from '../schema/common';
import { offerKind } from '../schema/offer';

/** Who approved an offer that needed a higher level than the caller's. */
export const ApproverSchema = z.strictObject({
  id: name.optional().describe('The approver, e.g. a supervisor id.'),
  level: name.describe("The approver's level in the client's escalation chain."),
});

/** Who approved an offer. */
export type Approver = z.output<typeof ApproverSchema>;

/**
 * One accepted offer, as the ledger keeps it: what the customer was given, for
 * which request, when and at which level. The customer cap, `maxPerCustomer`
 * and `stock` are summed from these.
 */
export const ConcessionSchema = z
  .strictObject({
    clientId: name,
    customerId: name,
    requestId: name,
    offerId: name,
    kind: offerKind,
    cost: moneyString.describe('What it cost the client, in the decision currency.'),
    at: dateTime.describe('When it was accepted (the `at` given to accept).'),
    level: name.describe('The level the caller of the decision acted at.'),
    approvedBy: ApproverSchema.optional().describe('Present when the offer needed approval.'),
  })
  .meta({ title: 'savedesk concession' });

/** One accepted offer, as the ledger keeps it. */
export type Concession = z.output<typeof ConcessionSchema>;
