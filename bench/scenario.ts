/**
 * One bench scenario: a synthetic client of a given size, a desk for it, and
 * json-rules-engine set up on the same rules and the same facts, so the two
 * are measured on identical work.
 */
import { Engine } from 'json-rules-engine';
import { createDesk, type Desk, type ReturnRequest } from '../src/index';
import { deriveFacts, type Facts } from '../src/pipeline/facts/deriveFacts';
import { factNames } from '../src/pipeline/facts/factNames';
import { parsePath, resolvePath } from '../src/pipeline/rules/path';
import { validateConfig } from '../src/pipeline/validate/validateConfig';
import { validateRequest } from '../src/pipeline/validate/validateRequest';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { syntheticClient, type ClientSize } from './syntheticClient';

/** Requests cycled through by each measured call: enough to vary which rules fire. */
const REQUEST_POOL = 256;

/** What one scenario measures: `decide`, and `Engine.run` alone on the same rules and facts. */
export interface Scenario {
  readonly size: ClientSize;
  /** Decides the next request of the pool. */
  decide(): Promise<unknown>;
  /** Runs json-rules-engine (one Engine, reused, one run at a time) on the next request's facts. */
  runEngine(): Promise<unknown>;
}

/** Builds the scenario for `size`, the same on every run for the same seed. */
export function scenario(size: ClientSize, seed: number): Scenario {
  const config = syntheticClient(size, seededRandom(seed));
  const desk: Desk = createDesk(config);
  const valid = validateConfig(config, { facts: new Set(factNames), operators: new Set() });
  const nextRequest = requestGenerator(config, seededRandom(seed + 1));
  const requests: ReturnRequest[] = Array.from({ length: REQUEST_POOL }, (_, i) => nextRequest(i));
  const facts: Facts[] = requests.map((request) => deriveFacts(validateRequest(request, valid), valid).facts);
  // As savedesk configures it: undefined facts are errors, and `path` uses the safe resolver.
  const engine = new Engine(
    valid.rules.map((rule, index) => ({ name: String(index), priority: rule.priority ?? 1, conditions: rule.conditions, event: rule.event })),
    { allowUndefinedFacts: false, pathResolver: (value: object, path: string) => resolvePath(value, parsePath(path) ?? []) },
  );
  let decided = 0;
  let ran = 0;
  return {
    size,
    decide: () => desk.decide(requests[decided++ % REQUEST_POOL]!),
    runEngine: () => engine.run({ ...facts[ran++ % REQUEST_POOL] }),
  };
}
