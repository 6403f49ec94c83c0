import { scenario } from './scenario';
const rules = Number(process.argv[2] ?? 50), mix = (process.argv[3] ?? 'reason-first') as 'reason-first';
const s = await scenario({ rules, offers: 50, mix }, 20261123);
for (let i = 0; i < 20000; i++) await s.decide();
const n = rules > 1000 ? 20000 : 400000;
const t = performance.now();
for (let i = 0; i < n; i++) await s.decide();
console.log('decide µs', ((performance.now() - t) * 1000) / n);
