/**
 * One bench scenario: a synthetic client of a given size, a desk for it, and
 * the references measured beside it on the same rules and requests:
 * json-rules-engine's `Engine.run`, the rules as plain closures (the floor),
 * and validating a request alone.
 */
import { Engine } from 'json-rules-engine';
import { createDesk, type Desk, type ReturnRequest } from '../src/index';
import { deriveFacts, type Facts } from '../src/pipeline/facts/deriveFacts';
import { factNames } from '../src/pipeline/facts/factNames';
import { compileRules } from '../src/pipeline/rules/evaluateRules';
import { parsePath, resolvePath } from '../src/pipeline/rules/path';
import { validateConfig } from '../src/pipeline/validate/validateConfig';
import { validateRequest } from '../src/pipeline/validate/validateRequest';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { plainClosures } from './plainClosures';
import { syntheticClient, type ClientSize } from './syntheticClient';

/** Requests cycled through by each measured call: enough to vary which rules fire. */
const REQUEST_POOL = 256;

/** What one scenario measures, each call on the next request of the pool. */
export interface Scenario {
  readonly size: ClientSize;
  /** `desk.decide`: the whole pipeline. */
  decide(): Promise<unknown>;
  /** json-rules-engine (one Engine, reused, one run at a time) on the request's facts. */
  runEngine(): Promise<unknown>;
  /** The rules as hand-written closures on the request's facts. */
  closures(): unknown;
  /** `validateRequest` alone. */
  validate(): unknown;
}

/** Builds the scenario for `size`, the same on every run for the same seed. */
export async function scenario(size: ClientSize, seed: number): Promise<Scenario> {
  const config = syntheticClient(size, seededRandom(seed));
  const desk: Desk = createDesk(config);
  const valid = validateConfig(config, { facts: new Set(factNames), operators: new Set() });
  const nextRequest = requestGenerator(config, seededRandom(seed + 1));
  const requests: ReturnRequest[] = Array.from({ length: REQUEST_POOL }, (_, i) => nextRequest(i));
  const derived = requests.map((request) => deriveFacts(validateRequest(request, valid), valid));
  const facts: Facts[] = derived.map((d) => d.facts);
  // As savedesk configures it: undefined facts are errors, and `path` uses the safe resolver.
  const engine = new Engine(
    valid.rules.map((rule, index) => ({ name: String(index), priority: rule.priority ?? 1, conditions: rule.conditions, event: rule.event })),
    { allowUndefinedFacts: false, pathResolver: (value: object, path: string) => resolvePath(value, parsePath(path) ?? []) },
  );
  const floor = plainClosures(valid.rules);
  // The floor must do the same work: the same rules fire for every request of the pool.
  const compiled = compileRules(valid.rules, { facts: {}, operators: {} });
  for (const [i, { facts: f, context }] of derived.entries()) {
    const expected = (await compiled.evaluate(f, context, false)).fired.map((rule) => rule.index).sort((a, b) => a - b);
    if (floor(f).join() !== expected.join()) throw new Error(`plain closures disagree with savedesk on request ${i}`);
  }
  let decided = 0;
  let ran = 0;
  let closed = 0;
  let validated = 0;
  return {
    size,
    decide: () => desk.decide(requests[decided++ % REQUEST_POOL]!),
    runEngine: () => engine.run({ ...facts[ran++ % REQUEST_POOL] }),
    closures: () => floor(facts[closed++ % REQUEST_POOL]!),
    validate: () => validateRequest(requests[validated++ % REQUEST_POOL], valid),
  };
}
