// SPDX-License-Identifier: GPL-3.0-or-later
// The match's only source of chance, as server/games/sovereign/SovereignRandom.h: SplitMix64 on
// a 64-bit unsigned state, here a BigInt kept to 64 bits after every step, so the browser draws
// the very numbers the host drew. below(n) is the high 32 bits times n, shifted down 32.
const MASK = (1n << 64n) - 1n;

export class SovereignRandom {
  constructor(seed) {
    this.state = BigInt.asUintN(64, BigInt(seed));
  }

  next() {
    this.state = (this.state + 0x9E3779B97F4A7C15n) & MASK;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & MASK;
    return z ^ (z >> 31n);
  }

  // A whole number in [0, n), n > 0.
  below(n) {
    return Number(((this.next() >> 32n) * BigInt(n)) >> 32n);
  }

  // A whole number in [min, max].
  between(min, max) {
    return min + this.below(max - min + 1);
  }
}
