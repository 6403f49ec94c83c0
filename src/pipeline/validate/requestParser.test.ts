/**
 * `validateRequest` parses with a parser zod compiles from the request
 * schema; it must give exactly what zod's ordinary parser gives: the same
 * request for valid input, the same issues for invalid input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { loadClient } from '../../node/loadClient';
import { ReturnRequestSchema } from '../../schema/request';
import { seededRandom } from '../../../scripts/generate/random';
import { requestGenerator } from '../../../scripts/generate/requests';
import { mutated, propertyParameters } from '../../../test/support/arbitraries';
import { validateRequest } from './validateRequest';
import { parseIssues } from './zodIssues';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the compiled request parser', () => {
  it('gives what zod gives for valid requests, defaults included', async () => {
    const { config } = await loadClient('rules/nordhem');
    const nextRequest = requestGenerator(config, seededRandom(3));
    for (let n = 0; n < 500; n++) {
      const raw = nextRequest(n);
      expect(validateRequest(raw, config)).toEqual(ReturnRequestSchema.parse(raw));
    }
  });

  it('reports the issues zod reports for a request changed in any one place', async () => {
    const { config } = await loadClient('rules/nordhem');
    const request = requestGenerator(config, seededRandom(4))(0);
    for (const raw of fc.sample(mutated(request), { seed: propertyParameters.seed, numRuns: 500 })) {
      const expected = parseIssues(ReturnRequestSchema, raw);
      if (expected.issues === null) continue;
      const error = thrown(() => validateRequest(raw, config));
      expect(error).toBeInstanceOf(SavedeskInputError);
      // The shape's issues first, as zod finds them; what the valid parts mean may follow.
      expect((error as SavedeskInputError).issues.slice(0, expected.issues.length)).toEqual(expected.issues);
    }
  });
});
