import type { Uniform } from './prng';

/** A standard normal draw (Marsaglia's polar method; the spare value is not kept, so each draw depends only on the stream). */
export function normal(uniform: Uniform): number {
  for (;;) {
    const u = 2 * uniform() - 1;
    const v = 2 * uniform() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's method (2000): a squeezed
 * rejection from a cubed normal, about 1.05 normals a draw; for shape < 1,
 * Gamma(shape + 1) × U^(1/shape).
 */
export function gamma(shape: number, uniform: Uniform): number {
  if (shape < 1) return gamma(shape + 1, uniform) * Math.pow(uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(uniform);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(alpha, beta) draw: X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function betaDraw(alpha: number, beta: number, uniform: Uniform): number {
  const x = gamma(alpha, uniform);
  const y = gamma(beta, uniform);
  return x / (x + y);
}
