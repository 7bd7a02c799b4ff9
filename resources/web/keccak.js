// SPDX-License-Identifier: GPL-3.0-or-later
// Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA3-256's 0x06), with no
// dependencies, for the /verify page. keccak256("") = c5d24601…5d85a470. Each 64-bit lane is
// kept as two 32-bit halves, so it runs on any browser without BigInt.
// tests/verify/verify_js.mjs compares it with ethers on inputs of many lengths.
const RATE = 136; // bytes absorbed per permutation: 1600 bits less twice the 256-bit output

// The 24 round constants, as [low 32 bits, high 32 bits].
const RC = [
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000,
  0x0000808b, 0x00000000, 0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000,
  0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a, 0x00000000,
  0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000,
  0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
  0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
];
// Rotation of lane x + 5y (rho), and where pi moves it: (x, y) -> (y, 2x + 3y).
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const PI = [];
for (let i = 0; i < 25; i++) {
  const x = i % 5, y = (i - x) / 5;
  PI.push(y + 5 * ((2 * x + 3 * y) % 5));
}

// The permutation on s: 50 numbers, lane i's low half at 2i and high half at 2i + 1.
function keccakF(s) {
  const c = new Array(10);
  const b = new Array(50);
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      c[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
      c[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const l1 = c[2 * ((x + 1) % 5)], h1 = c[2 * ((x + 1) % 5) + 1];
      const dl = c[2 * ((x + 4) % 5)] ^ ((l1 << 1) | (h1 >>> 31));
      const dh = c[2 * ((x + 4) % 5) + 1] ^ ((h1 << 1) | (l1 >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dl;
        s[2 * (x + y) + 1] ^= dh;
      }
    }
    // rho and pi
    for (let i = 0; i < 25; i++) {
      const lo = s[2 * i], hi = s[2 * i + 1];
      let n = ROT[i], rl, rh;
      if (n === 0) { rl = lo; rh = hi; }
      else if (n < 32) { rl = (lo << n) | (hi >>> (32 - n)); rh = (hi << n) | (lo >>> (32 - n)); }
      else if (n === 32) { rl = hi; rh = lo; }
      else { n -= 32; rl = (hi << n) | (lo >>> (32 - n)); rh = (lo << n) | (hi >>> (32 - n)); }
      b[2 * PI[i]] = rl;
      b[2 * PI[i] + 1] = rh;
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = x + y, i1 = ((x + 1) % 5) + y, i2 = ((x + 2) % 5) + y;
        s[2 * i] = b[2 * i] ^ (~b[2 * i1] & b[2 * i2]);
        s[2 * i + 1] = b[2 * i + 1] ^ (~b[2 * i1 + 1] & b[2 * i2 + 1]);
      }
    }
    // iota
    s[0] ^= RC[2 * round];
    s[1] ^= RC[2 * round + 1];
  }
}

// Keccak-256 of a Uint8Array (or an array of byte values); 32 bytes back.
function keccak256(data) {
  const bytes = data instanceof Uint8Array ? data : Uint8Array.from(data);
  const blocks = Math.floor(bytes.length / RATE) + 1;
  const padded = new Uint8Array(blocks * RATE);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const s = new Array(50).fill(0);
  for (let off = 0; off < padded.length; off += RATE) {
    for (let w = 0; w < RATE / 4; w++) { // little-endian 32-bit words: lane i = words 2i, 2i + 1
      const p = off + 4 * w;
      s[w] ^= padded[p] | (padded[p + 1] << 8) | (padded[p + 2] << 16) | (padded[p + 3] << 24);
    }
    keccakF(s);
  }
  const out = new Uint8Array(32);
  for (let w = 0; w < 8; w++) {
    out[4 * w] = s[w] & 0xff;
    out[4 * w + 1] = (s[w] >>> 8) & 0xff;
    out[4 * w + 2] = (s[w] >>> 16) & 0xff;
    out[4 * w + 3] = (s[w] >>> 24) & 0xff;
  }
  return out;
}

function bytesToHex(bytes) {
  let h = '0x';
  for (const b of bytes) h += (b < 16 ? '0' : '') + b.toString(16);
  return h;
}

// "0x…" with an even number of hex digits; null for anything else.
function hexToBytes(hex) {
  if (typeof hex !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(hex)) return null;
  const out = new Uint8Array((hex.length - 2) / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 + 2 * i, 2), 16);
  return out;
}

function utf8(text) {
  return new TextEncoder().encode(text);
}

function keccak256Hex(data) {
  return bytesToHex(keccak256(data));
}

export { keccak256, keccak256Hex, bytesToHex, hexToBytes, utf8 };
