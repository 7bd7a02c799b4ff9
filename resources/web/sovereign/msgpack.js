// SPDX-License-Identifier: GPL-3.0-or-later
// MessagePack (msgpack.org) for the WebSocket's binary frames (docs/protocol.md, "Binary
// frames"): encode(value) -> Uint8Array and decode(bytes) -> value, with what JSON has
// (nil, booleans, numbers, strings, arrays, maps with string keys) plus bin (Uint8Array) and
// 64-bit integers. Whole numbers are written as integers in their shortest form, others as
// 64-bit floats, as the host writes them; an integer past 2^53 decodes to a BigInt.

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

class Writer {
  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
  }

  room(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v) { this.room(1); this.buf[this.pos++] = v; }
  u16(v) { this.room(2); this.view.setUint16(this.pos, v); this.pos += 2; }
  u32(v) { this.room(4); this.view.setUint32(this.pos, v); this.pos += 4; }
  i8(v) { this.room(1); this.view.setInt8(this.pos, v); this.pos += 1; }
  i16(v) { this.room(2); this.view.setInt16(this.pos, v); this.pos += 2; }
  i32(v) { this.room(4); this.view.setInt32(this.pos, v); this.pos += 4; }
  u64(v) { this.room(8); this.view.setBigUint64(this.pos, v); this.pos += 8; }
  i64(v) { this.room(8); this.view.setBigInt64(this.pos, v); this.pos += 8; }
  f64(v) { this.room(8); this.view.setFloat64(this.pos, v); this.pos += 8; }
  bytes(b) { this.room(b.length); this.buf.set(b, this.pos); this.pos += b.length; }
  result() { return this.buf.slice(0, this.pos); }
}

function writeInteger(w, n) {
  if (n >= 0) {
    if (n < 0x80) w.u8(n);
    else if (n < 0x100) { w.u8(0xcc); w.u8(n); }
    else if (n < 0x10000) { w.u8(0xcd); w.u16(n); }
    else if (n < 0x100000000) { w.u8(0xce); w.u32(n); }
    else { w.u8(0xcf); w.u64(BigInt(n)); }
  } else if (n >= -32) {
    w.i8(n);
  } else if (n >= -0x80) { w.u8(0xd0); w.i8(n); }
  else if (n >= -0x8000) { w.u8(0xd1); w.i16(n); }
  else if (n >= -0x80000000) { w.u8(0xd2); w.i32(n); }
  else { w.u8(0xd3); w.i64(BigInt(n)); }
}

function writeBigInt(w, n) {
  if (n >= -(2n ** 63n) && n < 0n) {
    if (n >= -0x80000000n) writeInteger(w, Number(n));
    else { w.u8(0xd3); w.i64(n); }
  } else if (n >= 0n && n < 2n ** 64n) {
    if (n < 0x100000000n) writeInteger(w, Number(n));
    else { w.u8(0xcf); w.u64(n); }
  } else {
    throw new RangeError('MessagePack integers have 64 bits at most');
  }
}

function writeLength(w, n, fix, fixMax, c8, c16, c32) {
  if (n <= fixMax) w.u8(fix | n);
  else if (c8 !== null && n < 0x100) { w.u8(c8); w.u8(n); }
  else if (n < 0x10000) { w.u8(c16); w.u16(n); }
  else { w.u8(c32); w.u32(n); }
}

function write(w, v, depth) {
  if (depth > 512) throw new RangeError('value nested too deeply');
  if (v === null || v === undefined) { w.u8(0xc0); return; }
  switch (typeof v) {
    case 'boolean': w.u8(v ? 0xc3 : 0xc2); return;
    case 'number':
      // As JSON.stringify: NaN and the infinities become nil.
      if (!Number.isFinite(v)) w.u8(0xc0);
      else if (Number.isSafeInteger(v) && !Object.is(v, -0)) writeInteger(w, v);
      else { w.u8(0xcb); w.f64(v); }
      return;
    case 'bigint': writeBigInt(w, v); return;
    case 'string': {
      const b = utf8Encoder.encode(v);
      writeLength(w, b.length, 0xa0, 31, 0xd9, 0xda, 0xdb);
      w.bytes(b);
      return;
    }
    default: break;
  }
  if (v instanceof Uint8Array) {
    writeLength(w, v.length, 0, -1, 0xc4, 0xc5, 0xc6);
    w.bytes(v);
  } else if (Array.isArray(v)) {
    writeLength(w, v.length, 0x90, 15, null, 0xdc, 0xdd);
    for (const x of v) write(w, x === undefined || typeof x === 'function' ? null : x, depth + 1);
  } else if (typeof v === 'object') {
    // As JSON.stringify: members whose value is undefined or a function are left out.
    const keys = Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== 'function');
    writeLength(w, keys.length, 0x80, 15, null, 0xde, 0xdf);
    for (const k of keys) {
      write(w, k, depth + 1);
      write(w, v[k], depth + 1);
    }
  } else {
    throw new TypeError('MessagePack cannot encode a ' + typeof v);
  }
}

export function encode(value) {
  const w = new Writer();
  write(w, value, 0);
  return w.result();
}

class Reader {
  constructor(bytes) {
    this.buf = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
  }

  need(n) {
    if (this.pos + n > this.buf.length) throw new RangeError('MessagePack data ends too soon');
  }

  u8() { this.need(1); return this.buf[this.pos++]; }
  u16() { this.need(2); const v = this.view.getUint16(this.pos); this.pos += 2; return v; }
  u32() { this.need(4); const v = this.view.getUint32(this.pos); this.pos += 4; return v; }
  i8() { this.need(1); const v = this.view.getInt8(this.pos); this.pos += 1; return v; }
  i16() { this.need(2); const v = this.view.getInt16(this.pos); this.pos += 2; return v; }
  i32() { this.need(4); const v = this.view.getInt32(this.pos); this.pos += 4; return v; }
  u64() {
    this.need(8);
    const v = this.view.getBigUint64(this.pos);
    this.pos += 8;
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  i64() {
    this.need(8);
    const v = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v;
  }
  f32() { this.need(4); const v = this.view.getFloat32(this.pos); this.pos += 4; return v; }
  f64() { this.need(8); const v = this.view.getFloat64(this.pos); this.pos += 8; return v; }
  bytes(n) { this.need(n); const b = this.buf.slice(this.pos, this.pos + n); this.pos += n; return b; }
  str(n) {
    this.need(n);
    const s = utf8Decoder.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }

  array(n, depth) {
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.value(depth + 1);
    return out;
  }

  map(n, depth) {
    const out = {};
    for (let i = 0; i < n; i++) {
      const k = this.value(depth + 1);
      const key = typeof k === 'string' ? k : String(k);
      const v = this.value(depth + 1);
      // An own property, as JSON.parse makes it, never the object's prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  }

  ext(n) {
    const type = this.i8();
    return { type, data: this.bytes(n) };
  }

  value(depth) {
    if (depth > 512) throw new RangeError('MessagePack data nested too deeply');
    const b = this.u8();
    if (b < 0x80) return b;
    if (b < 0x90) return this.map(b & 0x0f, depth);
    if (b < 0xa0) return this.array(b & 0x0f, depth);
    if (b < 0xc0) return this.str(b & 0x1f);
    if (b >= 0xe0) return b - 0x100;
    switch (b) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc4: return this.bytes(this.u8());
      case 0xc5: return this.bytes(this.u16());
      case 0xc6: return this.bytes(this.u32());
      case 0xc7: return this.ext(this.u8());
      case 0xc8: return this.ext(this.u16());
      case 0xc9: return this.ext(this.u32());
      case 0xca: return this.f32();
      case 0xcb: return this.f64();
      case 0xcc: return this.u8();
      case 0xcd: return this.u16();
      case 0xce: return this.u32();
      case 0xcf: return this.u64();
      case 0xd0: return this.i8();
      case 0xd1: return this.i16();
      case 0xd2: return this.i32();
      case 0xd3: return this.i64();
      case 0xd4: return this.ext(1);
      case 0xd5: return this.ext(2);
      case 0xd6: return this.ext(4);
      case 0xd7: return this.ext(8);
      case 0xd8: return this.ext(16);
      case 0xd9: return this.str(this.u8());
      case 0xda: return this.str(this.u16());
      case 0xdb: return this.str(this.u32());
      case 0xdc: return this.array(this.u16(), depth);
      case 0xdd: return this.array(this.u32(), depth);
      case 0xde: return this.map(this.u16(), depth);
      case 0xdf: return this.map(this.u32(), depth);
      default: throw new RangeError('0xc1 is no MessagePack type');
    }
  }
}

// One value from `bytes` (a Uint8Array, an ArrayBuffer or a DataView); bytes left over after it
// are an error, as they are for the host.
export function decode(bytes) {
  const b = bytes instanceof Uint8Array ? bytes
    : ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes);
  const r = new Reader(b);
  const v = r.value(0);
  if (r.pos !== b.length) throw new RangeError('bytes after the MessagePack value');
  return v;
}
