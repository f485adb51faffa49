// Two kinds of randomness: seeded (scenarios must be reproducible from `seed`) and
// unpredictable (tokens and secrets must not be guessable).

export type Prng = () => number

/** mulberry32: tiny, fast and good enough for test data. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(prng: Prng, items: readonly T[]): T {
  const item = items[Math.floor(prng() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

export function seededHex(prng: Prng, length: number): string {
  let out = ''
  while (out.length < length) out += Math.floor(prng() * 16).toString(16)
  return out
}

/** Cryptographically random hex (Web Crypto: present in Node 20 and every browser). */
export function randomHex(length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 2))
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length)
}
