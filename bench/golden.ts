import { createHash } from 'node:crypto';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createDesk, type ClientConfig } from '../src/index';
import { loadClient } from '../src/node/index';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { syntheticClient } from './syntheticClient';

const out: Record<string, string> = {};
const samples: Record<string, unknown> = {};
function variant(config: ClientConfig, currency: 'USD' | 'JPY' | 'KWD', extra: object): ClientConfig {
  let text = JSON.stringify(config);
  if (currency === 'JPY') text = text.replace(/"(\d+)\.00"/g, '"$1"');
  if (currency === 'KWD') text = text.replace(/"(\d+)\.00"/g, '"$1.000"');
  const c = JSON.parse(text);
  c.currency = currency;
  c.policy = { ...c.policy, ...extra };
  return c;
}
async function run(name: string, config: ClientConfig, n: number, desk = createDesk(config)) {
  const next = requestGenerator(config, seededRandom(7));
  const h = createHash('sha256');
  for (let i = 0; i < n; i++) {
    const request = next(i);
    let text: string;
    try { text = JSON.stringify(await desk.decide(request, { trace: i % 7 === 0 })); } catch (e) { text = 'ERR ' + JSON.stringify((e as any).issues ?? String(e)); }
    h.update(text + '\n');
    if (i < 3) samples[`${name}#${i}`] = JSON.parse(text.startsWith('ERR') ? '"' + 'err' + '"' : text);
  }
  out[name] = h.digest('hex');
}
for (const dir of ['rules/nordhem', 'rules/telebuy', 'rules/threadline']) {
  const loaded = await loadClient(dir);
  await run(dir, loaded.config as ClientConfig, 3000, loaded.desk);
}
for (const mix of ['reason-first', 'mixed'] as const) for (const [rules, offers] of [[10, 50], [50, 50], [50, 500], [200, 50], [1000, 50]] as const) {
  const base = syntheticClient({ rules, offers, mix }, seededRandom(20261123));
  await run(`${mix}-${rules}x${offers}-USD`, base, 600);
  await run(`${mix}-${rules}x${offers}-JPY-holdout`, variant(base, 'JPY', { holdout: { percent: 20, salt: 's' } }), 300);
  await run(`${mix}-${rules}x${offers}-KWD-explore`, variant(base, 'KWD', { explore: { method: 'thompson' }, distinctKinds: true }), 300);
}
await run('mixed-5000', syntheticClient({ rules: 5000, offers: 50, mix: 'mixed' }, seededRandom(20261123)), 100);
const file = process.argv[2]!;
if (existsSync(file)) {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  let diff = 0;
  for (const k of Object.keys(before.out)) if (before.out[k] !== out[k]) { diff++; console.log('DIFF', k); }
  console.log(diff === 0 ? 'ALL SAME' : `${diff} differ`);
  writeFileSync(file + '.new', JSON.stringify({ out, samples }, null, 1));
} else { writeFileSync(file, JSON.stringify({ out, samples }, null, 1)); console.log('written', Object.keys(out).length); }
