/**
 * `npm run demo`: a ranked decision for the bundled furniture client
 * (rules/nordhem) and a sample "cushions too firm" call.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDesk } from '../src/index';

const dir = join(import.meta.dirname, '..', 'rules', 'nordhem');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const { $schema: _schema, ...client } = readJson(join(dir, 'client.json'));
const rules = readdirSync(join(dir, 'rules')).sort().flatMap((file) => readJson(join(dir, 'rules', file)));
const request = readJson(join(import.meta.dirname, '..', 'examples', 'requests', 'nordhem-too-firm.json'));

const decision = await createDesk({ ...client, rules }).decide(request);
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
