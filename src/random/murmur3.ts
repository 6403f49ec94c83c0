const encoder = new TextEncoder();

/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby), of the UTF-8 bytes of
 * `text`: a small, fast hash whose output is close to uniform, which plain
 * FNV-1a is not for short keys that differ in one character (customer ids).
 * It assigns holdout groups and seeds exploration. Not for anything secret.
 */
export function murmur3(text: string, seed = 0): number {
  const bytes = encoder.encode(text);
  const length = bytes.length;
  const blocks = length & ~3;
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    const k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    h ^= mixBlock(k);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  switch (length & 3) {
    case 3:
      tail ^= bytes[blocks + 2]! << 16;
    // falls through
    case 2:
      tail ^= bytes[blocks + 1]! << 8;
    // falls through
    case 1:
      tail ^= bytes[blocks]!;
      h ^= mixBlock(tail);
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixBlock(k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, 0x1b873593);
}
