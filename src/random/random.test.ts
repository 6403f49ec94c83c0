import { describe, expect, it } from 'vitest';
import { betaDraw, gamma, normal } from './beta';
import { murmur3 } from './murmur3';
import { seededUniform } from './prng';

describe('murmur3 (x86, 32-bit)', () => {
  // Published test vectors (the reference implementation's SMHasher values, as collected on Wikipedia and in ports).
  it.each([
    ['', 0, 0x00000000],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\0\0\0\0', 0, 0x2362f9de],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['aaa', 0x9747b28c, 0x283e0130],
    ['aa', 0x9747b28c, 0x5d211726],
    ['a', 0x9747b28c, 0x7fa09ea6],
    ['abcd', 0x9747b28c, 0xf0478627],
    ['abc', 0x9747b28c, 0xc84a62dd],
    ['ab', 0x9747b28c, 0x74875592],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['ππππππππ', 0x9747b28c, 0xd58063c1],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
    ['abc', 0, 0xb3dd93fa],
    ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
  ])('murmur3(%j, %i) = %i', (text, seed, expected) => {
    expect(murmur3(text, seed)).toBe(expected);
  });

  it('spreads customer ids that differ in one character evenly over the 32-bit range', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor((murmur3(`c-${i}`) / 2 ** 32) * 10)]! += 1;
    // Each decile holds 1,000 ± 4 standard deviations (30).
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });
});

describe('seeded draws', () => {
  const moments = (draws: number[]) => {
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    return { mean, variance: draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1) };
  };
  const many = (n: number, draw: () => number) => Array.from({ length: n }, draw);

  it('gives the same stream for the same seed, and another for another seed', () => {
    expect(many(5, seededUniform(42))).toEqual(many(5, seededUniform(42)));
    expect(many(5, seededUniform(42))).not.toEqual(many(5, seededUniform(43)));
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const draws = many(100_000, seededUniform(1));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const { mean, variance } = moments(draws);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('draws standard normals', () => {
    const uniform = seededUniform(2);
    const { mean, variance } = moments(many(100_000, () => normal(uniform)));
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });

  it.each([0.3, 1, 2.5, 40])('draws Gamma(%d) with mean and variance equal to the shape', (shape) => {
    const uniform = seededUniform(3);
    const { mean, variance } = moments(many(100_000, () => gamma(shape, uniform)));
    expect(Math.abs(mean - shape) / shape).toBeLessThan(0.02);
    expect(Math.abs(variance - shape) / shape).toBeLessThan(0.05);
  });

  it.each([
    [1, 1],
    [0.5, 0.5],
    [2, 5],
    [14, 6],
    [300, 700],
    [0.2, 30],
  ])('draws Beta(%d, %d) with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', (a, b) => {
    const uniform = seededUniform(4);
    const draws = many(100_000, () => betaDraw(a, b, uniform));
    const { mean, variance } = moments(draws);
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(draws.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(Math.abs(mean - a / (a + b))).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length) + 1e-12);
    expect(Math.abs(variance - expectedVariance) / expectedVariance).toBeLessThan(0.05);
  });
});
