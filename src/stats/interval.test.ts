import { describe, expect, it } from 'vitest';
import { newcombe, wilson } from './interval';

describe('wilson', () => {
  it('matches the published example: 81 of 263 gives 0.2553 to 0.3662', () => {
    const interval = wilson(81, 263);
    expect(interval.low).toBeCloseTo(0.2553, 4);
    expect(interval.high).toBeCloseTo(0.3662, 4);
  });

  it('stays inside 0..1 at the edges', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ estimate: 0, low: 0, high: 1 });
  });
});

describe('newcombe', () => {
  it("matches Newcombe's (1998) worked example 56/70 − 48/80: 0.0524 to 0.3339", () => {
    const interval = newcombe({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    expect(interval.estimate).toBeCloseTo(0.2, 10);
    expect(interval.low).toBeCloseTo(0.0524, 4);
    expect(interval.high).toBeCloseTo(0.3339, 4);
  });

  it("matches his example 9/10 − 3/10: 0.1705 to 0.8090", () => {
    const interval = newcombe({ successes: 9, trials: 10 }, { successes: 3, trials: 10 });
    expect(interval.low).toBeCloseTo(0.1705, 4);
    expect(interval.high).toBeCloseTo(0.809, 3);
  });
});
