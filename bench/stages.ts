import { scenario } from './scenario';
import { syntheticClient } from './syntheticClient';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { validateConfig } from '../src/pipeline/validate/validateConfig';
import { factNames } from '../src/pipeline/facts/factNames';
import { validateRequest } from '../src/pipeline/validate/validateRequest';
import { deriveFacts } from '../src/pipeline/facts/deriveFacts';
import { compileRules } from '../src/pipeline/rules/evaluateRules';
import { collectCandidates } from '../src/pipeline/candidates/collectCandidates';
import { applyConstraints } from '../src/pipeline/constraints/applyConstraints';
import { returnLoss } from '../src/pipeline/price/returnLoss';
import { priceCandidates } from '../src/pipeline/price/priceCandidates';
import { empower } from '../src/pipeline/empowerment/empower';
import { rank, rankLearning } from '../src/pipeline/rank/rank';
import { applyHoldout } from '../src/pipeline/experiment/applyHoldout';
import { assembleDecision } from '../src/pipeline/decision/assembleDecision';
import { indexAcceptance } from '../src/learning/acceptanceIndex';
import { minorUnits } from '../src/money/minorUnits';
import { prepareMoney } from '../src/prepared/PreparedMoney';
import { prepareCatalog } from '../src/prepared/PreparedOffer';
import { prepareEvents } from '../src/prepared/PreparedEvent';

const [rules, offers, mix] = [Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 50), (process.argv[4] ?? 'reason-first') as 'reason-first'];
const config = syntheticClient({ rules, offers, mix }, seededRandom(20261123));
const valid = validateConfig(config, { facts: new Set(factNames), operators: new Set() });
const nextRequest = requestGenerator(config, seededRandom(20261124));
const requests = Array.from({ length: 256 }, (_, i) => nextRequest(i));
const catalog = new Map(prepareCatalog(valid.catalog).map((p) => [p.offer.id, p]));
const money = prepareMoney(minorUnits(2), valid.catalog, valid.policy);
const m = money.m;
const events = prepareEvents(valid.rules, catalog, valid.policy);
const ruleSet = compileRules(valid.rules, { facts: {}, operators: {} });
const acceptance = indexAcceptance(undefined, valid.policy);
const N = 256;
const times: Record<string, number> = {};
async function stage<T>(name: string, f: (i: number) => T | Promise<T>, reps = 40): Promise<T[]> {
  let out: T[] = [];
  // warm
  for (let r = 0; r < 30; r++) { out = []; for (let i = 0; i < N; i++) out.push(await f(i)); }
  const t = performance.now();
  for (let r = 0; r < reps; r++) { out = []; for (let i = 0; i < N; i++) out.push(await f(i)); }
  times[name] = ((performance.now() - t) * 1000) / (reps * N);
  return out;
}
const v = await stage('validate', (i) => validateRequest(requests[i], valid));
const d = await stage('facts', (i) => deriveFacts(v[i]!, valid, { only: ruleSet.factsRead, money: m }));
const o = await stage('rules', (i) => ruleSet.evaluate(d[i]!.facts, d[i]!.context, false));
const p = await stage('collect', (i) => collectCandidates(o[i]!.fired, events, 0));
const e = await stage('constraints', (i) => applyConstraints(p[i]!.candidates, d[i]!.context, valid.policy, money));
const l = await stage('loss', (i) => returnLoss(d[i]!.context, money));
const pr = await stage('price', (i) => priceCandidates(e[i]!.candidates, d[i]!.context, l[i]!, money));
const em = await stage('empower', (i) => empower(pr[i]!.candidates, d[i]!.context, valid.policy, money));
const rk = await stage('rank', (i) => rank([...em[i]!.candidates], l[i]!, valid.policy, m, rankLearning(acceptance, valid.client.id, d[i]!.context)));
const h = await stage('holdout', (i) => applyHoldout(null, rk[i]!.offers, [...p[i]!.withheld, ...e[i]!.withheld, ...pr[i]!.withheld, ...em[i]!.withheld, ...rk[i]!.withheld]));
await stage('assemble', (i) => assembleDecision({ config: valid, context: d[i]!.context, m, loss: l[i]!, offers: h[i]!.offers, withheld: h[i]!.withheld, group: null, fired: o[i]!.fired, events, trace: undefined }));
const total = Object.values(times).reduce((a, b) => a + b, 0);
for (const [k, t] of Object.entries(times)) console.log(k.padEnd(12), t.toFixed(2));
console.log('total'.padEnd(12), total.toFixed(2));
const avg = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
console.log('fired', avg(o.map((x) => x.fired.length)), 'proposed', avg(p.map((x) => x.candidates.length + x.withheld.length)), 'eligible', avg(e.map((x) => x.candidates.length)), 'priced', avg(pr.map((x) => x.candidates.length)), 'empowered', avg(em.map((x) => x.candidates.length)), 'withheld', avg(h.map((x) => x.withheld.length)));
