/** A seeded source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's small fast chaotic generator), its four words
 * of state filled from a 32-bit seed by splitmix32: the same seed gives the
 * same stream on every JavaScript engine, in 32-bit integer arithmetic only.
 * It passes PractRand to terabytes; plenty for Monte Carlo and exploration,
 * not for anything secret.
 */
export function seededUniform(seed: number): Uniform {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // The first outputs still echo the seed's structure: discard a few.
  for (let i = 0; i < 12; i++) next();
  return next;
}
