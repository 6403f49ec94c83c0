/**
 * `npm run demo`: a ranked decision for the bundled furniture client
 * (rules/nordhem) and a sample "cushions too firm" call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClient } from '../src/node/index';

const root = join(import.meta.dirname, '..');
const { desk } = await loadClient(join(root, 'rules', 'nordhem'));
const request = JSON.parse(readFileSync(join(root, 'examples', 'requests', 'nordhem-too-firm.json'), 'utf8'));

const decision = await desk.decide(request);
console.log(`${decision.clientId} · request ${decision.requestId} · return of ${decision.returnValue} ${decision.currency} (loss if returned: ${decision.returnLoss})\n`);
console.table(
  decision.offers.map((offer) => ({
    rank: offer.rank,
    offer: offer.offerId,
    cost: offer.cost,
    value: offer.customerValue,
    saving: offer.expectedSaving,
    approval: offer.approval?.level ?? '-',
  })),
);
console.log(JSON.stringify(decision, null, 2));
