// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reference vectors for server/chain/primitives, computed by ethers (the pinned version in
// package.json), checked by tests/chain/primitives/tst_chainprimitives.
//
//   node tools/chain/gen-vectors.mjs           writes tests/chain/primitives/vectors/*.json
//   node tools/chain/gen-vectors.mjs --check   exits 1 naming each file that differs, 0 if none
//
// Every file comes from its own seeded PRNG, so regeneration is byte-identical and a change to
// one generator does not reshuffle the others. Without node_modules (`npm ci` in tools/chain)
// the script exits 77, which ctest reports as skipped.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

let ethers;
try {
    ethers = await import("ethers");
} catch {
    console.error("gen-vectors: ethers is not installed; run `npm ci` in tools/chain");
    process.exit(77);
}

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "tests", "chain", "primitives", "vectors");
const { version } = JSON.parse(readFileSync(join(here, "node_modules", "ethers", "package.json"), "utf8"));
const coder = ethers.AbiCoder.defaultAbiCoder();

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: mulberry32, one stream per file.

function makeRng(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0);
    };
    const rng = {
        u32: next,
        int: (n) => next() % n,                        // 0 <= x < n (n small)
        range: (lo, hi) => lo + (next() % (hi - lo + 1)),
        chance: (p) => next() / 4294967296 < p,
        pick: (list) => list[next() % list.length],
        bytes: (n) => {
            const out = new Uint8Array(n);
            for (let i = 0; i < n; ++i) out[i] = next() & 0xff;
            return out;
        },
        hex: (n) => ethers.hexlify(rng.bytes(n)),
        // A value of `bits` random bits whose top bit is set, so every size gets exercised.
        bigint: (bits) => {
            if (bits === 0) return 0n;
            let v = 1n;
            for (let i = 1; i < bits; ++i) v = (v << 1n) | BigInt(next() & 1);
            return v;
        },
        // Short lengths often, long ones sometimes.
        length: (max) => {
            const r = next() % 10;
            if (r < 5) return next() % 8;
            if (r < 8) return next() % 64;
            return next() % (max + 1);
        },
    };
    return rng;
}

const MAX_UINT256 = (1n << 256n) - 1n;
const CURVE_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const word = (v) => ethers.toBeHex(v, 32);
const utf8 = (s) => ethers.hexlify(ethers.toUtf8Bytes(s));

// Text with multi-byte UTF-8, escapes and a NUL, never a lone surrogate.
const TEXT_PIECES = ["a", "b", "z", "A", "Q", "0", "9", " ", "-", "_", ".", "\n", "\"", "\\", "\u0000",
    "é", "ß", "ü", "Ω", "中", "文", "€", "😀", "🦀", "𝄞"];
function randomText(rng, maxPieces) {
    const n = rng.length(maxPieces);
    let s = "";
    for (let i = 0; i < n; ++i) s += rng.pick(TEXT_PIECES);
    return s;
}

function privateKey(rng) {
    for (;;) {
        const k = ethers.toBigInt(rng.bytes(32));
        if (k > 0n && k < CURVE_N) return word(k);
    }
}

// ---------------------------------------------------------------------------------------------
// keccak.json: raw Keccak-256 (not SHA3-256) of byte strings around the 136-byte rate.

function genKeccak() {
    const rng = makeRng(0x6b656363);
    const inputs = ["0x", utf8("abc"), utf8("hello"), utf8("transfer(address,uint256)")];
    for (const n of [1, 31, 32, 33, 55, 56, 64, 135, 136, 137, 271, 272, 273, 1024, 2049]) inputs.push(rng.hex(n));
    inputs.push(ethers.hexlify(new Uint8Array(200)));
    while (inputs.length < 220) inputs.push(rng.hex(rng.length(300)));
    return { cases: inputs.map((input) => ({ input, hash: ethers.keccak256(input) })) };
}

// ---------------------------------------------------------------------------------------------
// uint256.json: decimal, JSON-RPC quantity and 32-byte word forms; int256 two's complement;
// checked add/sub/mul (null where the exact result does not fit in 256 bits).

function genUint256() {
    const rng = makeRng(0x75323536);
    const unsignedValues = [0n, 1n, 2n, 9n, 10n, 15n, 16n, 127n, 128n, 255n, 256n, 65535n, 65536n,
        (1n << 53n) - 1n, (1n << 63n) - 1n, 1n << 63n, (1n << 64n) - 1n, 1n << 64n, (1n << 128n) - 1n,
        1n << 128n, 1n << 255n, MAX_UINT256 - 1n, MAX_UINT256, 10n ** 18n, 10n ** 77n, CURVE_N];
    while (unsignedValues.length < 220) unsignedValues.push(rng.bigint(rng.range(0, 256)));
    const unsigned = unsignedValues.map((v) => ({ dec: v.toString(), quantity: ethers.toQuantity(v), word: word(v) }));

    const minInt = -(1n << 255n), maxInt = (1n << 255n) - 1n;
    const signedValues = [0n, 1n, -1n, 2n, -2n, 127n, -128n, 128n, -129n, maxInt, minInt, maxInt - 1n, minInt + 1n,
        -(1n << 64n), (1n << 64n) - 1n, -(10n ** 18n)];
    while (signedValues.length < 140) {
        const v = rng.bigint(rng.range(0, 255));
        signedValues.push(rng.chance(0.5) ? -v : v);
    }
    const signed = signedValues.map((v) => ({ dec: v.toString(), word: word(ethers.toTwos(v, 256)) }));

    const operands = [0n, 1n, 2n, MAX_UINT256, MAX_UINT256 - 1n, 1n << 128n, (1n << 128n) - 1n, 1n << 255n];
    const pairs = [];
    for (const a of operands) for (const b of operands) pairs.push([a, b]);
    while (pairs.length < 200) pairs.push([rng.bigint(rng.range(0, 256)), rng.bigint(rng.range(0, 256))]);
    const fits = (v) => (v >= 0n && v <= MAX_UINT256 ? v.toString() : null);
    const arithmetic = pairs.map(([a, b]) => ({
        a: a.toString(), b: b.toString(), add: fits(a + b), sub: fits(a - b), mul: fits(a * b),
    }));
    return { unsigned, signed, arithmetic };
}

// ---------------------------------------------------------------------------------------------
// rlp.json: trees of byte strings and lists with their encodings, boundaries on purpose.

function genRlp() {
    const rng = makeRng(0x726c7021);
    const zeros = (n) => ethers.hexlify(new Uint8Array(n));
    const inputs = ["0x", "0x00", "0x01", "0x7f", "0x80", "0x81", "0xff", "0x0100", "0x0400", "0xffff",
        rng.hex(2), rng.hex(54), rng.hex(55), rng.hex(56), rng.hex(57), rng.hex(255), rng.hex(256), rng.hex(1024),
        rng.hex(1100), zeros(55), zeros(56),
        [], [[]], [[], [[]], [[], [[]]]], ["0x"], ["0x00"], ["0x80"], [[[[[[[[["0x01"]]]]]]]]],
        // payloads of exactly 55 and 56 bytes: short and long list forms
        [rng.hex(54)], [rng.hex(55)], Array.from({ length: 55 }, () => "0x01"), Array.from({ length: 56 }, () => "0x7f"),
        [rng.hex(300), [rng.hex(700), "0x"], rng.hex(40)],
        Array.from({ length: 300 }, () => rng.hex(rng.int(4)))];
    let budget = 0;  // leaves left in the current tree, so trees stay small
    const tree = (depth) => {
        if (depth === 0 || budget <= 0 || rng.chance(0.45)) {
            --budget;
            const r = rng.int(10);
            if (r === 0) return "0x";
            if (r < 4) return ethers.hexlify(new Uint8Array([rng.int(256)]));
            return rng.hex(rng.length(40));
        }
        const n = rng.length(12);
        const out = [];
        for (let i = 0; i < n; ++i) out.push(tree(depth - 1));
        return out;
    };
    while (inputs.length < 300) {
        budget = rng.range(1, 12);
        inputs.push(tree(rng.range(0, 6)));
    }
    return {
        cases: inputs.map((input) => {
            const encoded = ethers.encodeRlp(input);
            if (!isDeepStrictEqual(ethers.decodeRlp(encoded), input)) throw new Error("rlp round trip");
            return { input, encoded };
        }),
    };
}

// ---------------------------------------------------------------------------------------------
// ABI: random types, values in a JSON form (integers as decimal strings, bytes as hex, tuples
// and arrays as arrays), ethers' encoding, and ethers' decoding converted back to that form.

const INT_BITS = [8, 16, 24, 32, 40, 64, 72, 96, 128, 160, 200, 248, 256];

function randomType(rng, depth) {
    const r = rng.int(depth > 0 ? 14 : 10);
    switch (r) {
    case 0: case 1: return "uint" + rng.pick(INT_BITS);
    case 2: return "int" + rng.pick(INT_BITS);
    case 3: return "address";
    case 4: return "bool";
    case 5: return "bytes" + rng.range(1, 32);
    case 6: return "bytes32";
    case 7: return "bytes";
    case 8: case 9: return "string";
    case 10: case 11: return randomType(rng, depth - 1) + "[]";
    case 12: return randomType(rng, depth - 1) + "[" + rng.range(1, 3) + "]";
    default: {
        const n = rng.range(1, 3);
        const parts = [];
        for (let i = 0; i < n; ++i) parts.push(randomType(rng, depth - 1));
        return "(" + parts.join(",") + ")";
    }
    }
}

// Values in the JSON form the C++ test reads.
function randomValue(rng, param) {
    switch (param.baseType) {
    case "tuple": return param.components.map((c) => randomValue(rng, c));
    case "array": {
        const n = param.arrayLength >= 0 ? param.arrayLength : (rng.chance(0.2) ? 0 : rng.range(1, 3));
        return Array.from({ length: n }, () => randomValue(rng, param.arrayChildren));
    }
    case "address": return ethers.getAddress(rng.hex(20));
    case "bool": return rng.chance(0.5);
    case "string": return randomText(rng, 40);
    case "bytes": {
        const n = rng.chance(0.1) ? rng.pick([0, 31, 32, 33, 64, 1100]) : rng.length(80);
        return rng.hex(n);
    }
    }
    let m = /^bytes(\d+)$/.exec(param.type);
    if (m) return rng.hex(Number(m[1]));
    m = /^(u?)int(\d+)$/.exec(param.type);
    const bits = Number(m[2]);
    if (m[1] === "u") {
        const max = (1n << BigInt(bits)) - 1n;
        const r = rng.int(8);
        if (r === 0) return "0";
        if (r === 1) return max.toString();
        if (r === 2) return "1";
        return rng.bigint(rng.range(1, bits)).toString();
    }
    const max = (1n << BigInt(bits - 1)) - 1n;
    const r = rng.int(8);
    if (r === 0) return (-max - 1n).toString();
    if (r === 1) return max.toString();
    if (r === 2) return "-1";
    if (r === 3) return "0";
    const v = rng.bigint(rng.range(1, bits - 1));
    return (rng.chance(0.5) ? -v : v).toString();
}

// JSON form -> what ethers' encoder takes.
function toEthers(param, value) {
    switch (param.baseType) {
    case "tuple": return value.map((v, i) => toEthers(param.components[i], v));
    case "array": return value.map((v) => toEthers(param.arrayChildren, v));
    }
    if (/^u?int\d+$/.test(param.type)) return BigInt(value);
    return value;
}

// ethers' decoded values -> JSON form.
function fromEthers(param, value) {
    if (value instanceof ethers.Indexed) return value.hash;
    switch (param.baseType) {
    case "tuple": return param.components.map((c, i) => fromEthers(c, value[i]));
    case "array": return Array.from(value, (v) => fromEthers(param.arrayChildren, v));
    }
    if (typeof value === "bigint") return value.toString();
    return value;
}

function randomTypes(rng, maxCount, depth) {
    const n = rng.range(0, maxCount);
    return Array.from({ length: n }, () => randomType(rng, depth));
}

function abiCase(types, values) {
    const params = types.map((t) => ethers.ParamType.from(t));
    const encoded = coder.encode(params, params.map((p, i) => toEthers(p, values[i])));
    const decoded = coder.decode(params, encoded);
    const back = params.map((p, i) => fromEthers(p, decoded[i]));
    if (!isDeepStrictEqual(back, values)) throw new Error("abi round trip: " + JSON.stringify(types));
    return { types: params.map((p) => p.format("sighash")), values, encoded };
}

function genAbi() {
    const rng = makeRng(0x61626921);
    const encodings = [];
    const fixed = [
        [[], []],
        [["uint256"], ["0"]], [["uint256"], [MAX_UINT256.toString()]],
        [["int256"], [(-(1n << 255n)).toString()]], [["int256"], [((1n << 255n) - 1n).toString()]],
        [["int256"], ["-1"]], [["int8", "uint8"], ["-128", "255"]],
        [["bool", "bool"], [true, false]],
        [["address"], ["0x0000000000000000000000000000000000000000"]],
        [["bytes32"], ["0x" + "ff".repeat(32)]], [["bytes1"], ["0x00"]],
        [["bytes"], ["0x"]], [["string"], [""]], [["string"], ["x".repeat(1500)]],
        [["bytes"], [rng.hex(1024)]],
        [["uint256[]"], [[]]], [["uint256[][]"], [[]]], [["uint256[][]"], [[[], []]]],
        [["uint256[][]"], [[["1", "2"], [], ["3"]]]], [["string[2][]"], [[["a", "b"], ["", "ü"]]]],
        [["string[2][]"], [[]]], [["string[]"], [["", "", ""]]], [["bytes[]"], [["0x", "0x01"]]],
        [["(uint256,string)[]"], [[["7", "seven"], ["8", ""]]]],
        [["(uint256,(bool,string[]))"], [["1", [true, ["x"]]]]],
        [["address", "uint256"], ["0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "1000000000000000000"]],
        [["uint8[3]", "bytes"], [["1", "2", "3"], "0x0102"]],
        [["bytes32", "uint32", "uint8", "uint32"], ["0x" + "ab".repeat(32), "4294967295", "3", "12"]],
    ];
    for (const [types, values] of fixed) encodings.push(abiCase(types, values));
    while (encodings.length < 300) {
        const types = randomTypes(rng, 4, 3).map((t) => ethers.ParamType.from(t));
        const values = types.map((p) => randomValue(rng, p));
        encodings.push(abiCase(types.map((p) => p.format("sighash")), values));
    }

    const functions = [];
    const fixedFunctions = [["transfer", ["address", "uint256"]], ["balanceOf", ["address"]], ["totalSupply", []],
        ["placeOrder", ["bytes32", "uint32", "uint8", "uint32"]], ["batch", ["uint256[][]", "string[2][]"]]];
    for (let i = 0; functions.length < 80; ++i) {
        const [name, types] = i < fixedFunctions.length ? fixedFunctions[i]
            : ["f" + rng.hex(3).slice(2), randomTypes(rng, 4, 2)];
        const fragment = ethers.FunctionFragment.from(name + "(" + types.join(",") + ")");
        const values = fragment.inputs.map((p) => randomValue(rng, p));
        const iface = new ethers.Interface([fragment]);
        const callData = iface.encodeFunctionData(fragment, fragment.inputs.map((p, k) => toEthers(p, values[k])));
        functions.push({ signature: fragment.format("sighash"), selector: fragment.selector,
            types: fragment.inputs.map((p) => p.format("sighash")), values, callData });
    }

    const reverts = [];
    const errorIface = new ethers.Interface(["error Error(string)", "error Panic(uint256)"]);
    const messages = ["", "Ownable: caller is not the owner", "week already closed", "x".repeat(100), "ü😀"];
    while (messages.length < 30) messages.push(randomText(rng, 60));
    for (const message of messages) {
        const data = errorIface.encodeErrorResult("Error", [message]);
        const [decoded] = coder.decode(["string"], ethers.dataSlice(data, 4));
        reverts.push({ data, kind: "Error", message: decoded });
    }
    for (const code of [0n, 1n, 0x11n, 0x12n, 0x21n, 0x22n, 0x31n, 0x32n, 0x41n, 0x51n, 0x99n, MAX_UINT256]) {
        const data = errorIface.encodeErrorResult("Panic", [code]);
        const [decoded] = coder.decode(["uint256"], ethers.dataSlice(data, 4));
        reverts.push({ data, kind: "Panic", code: decoded.toString() });
    }
    return { encodings, functions, reverts };
}

// ---------------------------------------------------------------------------------------------
// address.json: EIP-55 checksums, what getAddress accepts (0x-prefixed only), CREATE addresses.

function genAddress() {
    const rng = makeRng(0x61646472);
    const raw = ["0x" + "00".repeat(20), "0x" + "ff".repeat(20), "0x" + "00".repeat(19) + "01",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
        "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb", "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb"];
    while (raw.length < 200) raw.push(rng.hex(20));
    const checksums = raw.map((lower) => ({ lower, checksum: ethers.getAddress(lower) }));

    const parse = [];
    const attempt = (input) => {
        let address = null;
        try { address = ethers.getAddress(input); } catch { /* refused */ }
        parse.push(address === null ? { input, valid: false } : { input, valid: true, address });
    };
    for (const { lower, checksum } of checksums.slice(0, 60)) {
        attempt(lower);
        attempt("0x" + lower.slice(2).toUpperCase());
        attempt(checksum);
        // Flip the case of one letter: a wrong checksum whenever the address has mixed case.
        const letters = [...checksum.slice(2)].map((c, i) => (/[a-fA-F]/.test(c) ? i + 2 : -1)).filter((i) => i >= 0);
        if (letters.length > 1) {
            const i = rng.pick(letters);
            const c = checksum[i];
            attempt(checksum.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + checksum.slice(i + 1));
        }
    }
    for (const input of ["", "0x", "0x" + "a".repeat(39), "0x" + "a".repeat(41), "0x" + "g".repeat(40),
        "0X" + "a".repeat(40), " 0x" + "a".repeat(40), "0x" + "a".repeat(40) + " ", "0x" + "-1".repeat(20)]) {
        attempt(input);
    }

    const contracts = [];
    const nonces = [0, 1, 127, 128, 255, 256, 65535, 65536, 2 ** 32, Number.MAX_SAFE_INTEGER];
    while (contracts.length < 60) {
        const from = ethers.getAddress(rng.hex(20));
        const nonce = contracts.length < nonces.length ? nonces[contracts.length] : rng.int(100000);
        contracts.push({ from, nonce: nonce.toString(), address: ethers.getCreateAddress({ from, nonce }) });
    }
    return { checksums, parse, contracts };
}

// ---------------------------------------------------------------------------------------------
// secp256k1.json: keys, public keys, addresses and RFC 6979 low-s recoverable signatures.

function genSecp256k1() {
    const rng = makeRng(0x73656370);
    const keys = [word(1n), word(2n), word(3n), word(CURVE_N - 1n), word(CURVE_N - 2n), word(1n << 128n),
        "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"];
    const hashes = [word(0n), word(1n), word(MAX_UINT256), word(CURVE_N), word(CURVE_N - 1n), word(CURVE_N + 1n),
        ethers.keccak256("0x")];
    const cases = [];
    while (cases.length < 200) {
        const i = cases.length;
        const key = i < keys.length ? keys[i] : privateKey(rng);
        const hash = i < hashes.length ? hashes[i] : (rng.chance(0.1) ? rng.pick(hashes) : rng.hex(32));
        const signingKey = new ethers.SigningKey(key);
        const sig = signingKey.sign(hash);
        const address = ethers.computeAddress(signingKey.publicKey);
        if (ethers.recoverAddress(hash, sig) !== address) throw new Error("secp256k1 recovery");
        cases.push({ privateKey: key, publicKey: signingKey.publicKey, address, hash,
            r: sig.r, s: sig.s, yParity: sig.yParity });
    }
    return { cases };
}

// ---------------------------------------------------------------------------------------------
// transactions.json: legacy (EIP-155 and pre-155) and EIP-1559 transactions, signed by ethers.

function genTransactions() {
    const rng = makeRng(0x74786e73);
    const chainIds = [1n, 31337n, 0n, 5n, 137n, 11155111n, 2n ** 32n - 1n, 2n ** 53n - 1n, 2n ** 64n + 1n,
        2n ** 128n + 7n];
    const amount = () => {
        const r = rng.int(6);
        if (r === 0) return 0n;
        if (r === 1) return 1n;
        if (r === 2) return MAX_UINT256;
        return rng.bigint(rng.range(1, 128));
    };
    const nonces = [0, 1, 127, 128, Number.MAX_SAFE_INTEGER];
    const cases = [];
    while (cases.length < 180) {
        const i = cases.length;
        // Each listed chain id twice (legacy, then EIP-1559), then random ones; chain id 0 means
        // "no EIP-155 replay protection" and exists only for legacy transactions.
        const chainId = i < chainIds.length * 2 ? chainIds[i >> 1]
            : rng.pick([0n, 1n, 1n, 31337n, 31337n, rng.bigint(rng.range(1, 60))]);
        const legacy = chainId === 0n || (i < chainIds.length * 2 ? i % 2 === 0 : i % 3 === 0);
        const type = legacy ? 0 : 2;
        const fields = {
            type,
            chainId,
            nonce: i < nonces.length ? nonces[i] : rng.int(1000000),
            gasLimit: rng.pick([21000n, 0n, 30000000n, 2n ** 64n - 1n, BigInt(rng.range(21000, 3000000))]),
            to: rng.chance(0.15) ? null : ethers.getAddress(rng.hex(20)),
            value: amount(),
            data: rng.chance(0.3) ? "0x" : rng.hex(rng.chance(0.03) ? 1100 : rng.length(120)),
        };
        if (type === 0) {
            fields.gasPrice = amount();
        } else {
            // ethers refuses a priority fee above the fee cap.
            const [a, b] = [amount(), amount()];
            fields.maxPriorityFeePerGas = a < b ? a : b;
            fields.maxFeePerGas = a < b ? b : a;
            fields.accessList = [];
            if (rng.chance(0.2)) {
                const n = rng.range(1, 3);
                for (let k = 0; k < n; ++k) {
                    fields.accessList.push({ address: ethers.getAddress(rng.hex(20)),
                        storageKeys: Array.from({ length: rng.int(3) }, () => rng.hex(32)) });
                }
            }
        }
        const key = privateKey(rng);
        const tx = ethers.Transaction.from(fields);
        const unsignedSerialized = tx.unsignedSerialized;
        const signingHash = tx.unsignedHash;
        tx.signature = new ethers.SigningKey(key).sign(signingHash);
        const back = ethers.Transaction.from(tx.serialized);
        if (back.from !== tx.from || back.hash !== tx.hash) throw new Error("transaction round trip");
        const c = { type, chainId: chainId.toString(), nonce: fields.nonce.toString() };
        if (type === 0) {
            c.gasPrice = fields.gasPrice.toString();
        } else {
            c.maxPriorityFeePerGas = fields.maxPriorityFeePerGas.toString();
            c.maxFeePerGas = fields.maxFeePerGas.toString();
        }
        Object.assign(c, { gasLimit: fields.gasLimit.toString(), to: fields.to, value: fields.value.toString(),
            data: fields.data });
        if (type === 2) c.accessList = tx.accessList.map((e) => ({ address: e.address, storageKeys: e.storageKeys }));
        Object.assign(c, { privateKey: key, unsignedSerialized, signingHash, serialized: tx.serialized,
            hash: tx.hash, from: tx.from, yParity: tx.signature.yParity, r: tx.signature.r, s: tx.signature.s });
        cases.push(c);
    }
    return { cases };
}

// ---------------------------------------------------------------------------------------------
// personal.json: EIP-191 personal messages, hashes and signatures (v = 27/28).

function genPersonal() {
    const rng = makeRng(0x70657273);
    const messages = ["0x", utf8("hello"), utf8("Sign in to Steward"), utf8("ü😀 multi-byte"), "0x00",
        rng.hex(32), utf8("x".repeat(1100))];
    while (messages.length < 120) messages.push(rng.chance(0.5) ? utf8(randomText(rng, 80)) : rng.hex(rng.length(300)));
    return {
        cases: messages.map((message) => {
            const key = privateKey(rng);
            const wallet = new ethers.Wallet(key);
            const bytes = ethers.getBytes(message);
            const signature = wallet.signMessageSync(bytes);
            if (ethers.verifyMessage(bytes, signature) !== wallet.address) throw new Error("personal round trip");
            return { message, hash: ethers.hashMessage(bytes), privateKey: key, signature, address: wallet.address };
        }),
    };
}

// ---------------------------------------------------------------------------------------------
// eventlog.json: event topics and logs decoded by ethers' Interface.decodeEventLog. An indexed
// string, bytes, array or tuple is only a topic hash; ethers returns it as Indexed { hash }.

function isHashedWhenIndexed(param) {
    return param.type === "string" || param.type === "bytes" || param.baseType === "array" || param.baseType === "tuple";
}

function genEventLog() {
    const rng = makeRng(0x6576656e);
    const fixed = [
        ["OrderPlaced", [["bytes32", true], ["uint32", true], ["uint8", false], ["uint32", false]], false],
        ["OrderPlaced", [["bytes32", false], ["uint32", false], ["uint8", false], ["uint32", false]], false],
        ["Transfer", [["address", true], ["address", true], ["uint256", false]], false],
        ["Note", [["string", true], ["bytes", true], ["string", false]], false],
        ["Batch", [["uint256[]", true], ["(uint256,string)", true], ["uint256[][]", false]], false],
        ["Flags", [["bool", true], ["int8", true], ["bytes4", true], ["int256", false]], false],
        ["Empty", [], false],
        ["Anon", [["uint256", true], ["address", true], ["bool", true], ["bytes32", true]], true],
    ];
    const cases = [];
    for (let i = 0; cases.length < 160; ++i) {
        let name, params, anonymous;
        if (i < fixed.length) {
            [name, params, anonymous] = fixed[i];
        } else {
            anonymous = rng.chance(0.1);
            name = "E" + rng.hex(2).slice(2);
            let indexedLeft = anonymous ? 4 : 3;
            params = randomTypes(rng, 5, 2).map((t) => {
                const indexed = indexedLeft > 0 && rng.chance(0.4);
                if (indexed) --indexedLeft;
                return [t, indexed];
            });
        }
        const fragment = ethers.EventFragment.from({ type: "event", name, anonymous,
            inputs: params.map(([t, indexed], k) => t + (indexed ? " indexed" : "") + " p" + k) });
        const iface = new ethers.Interface([fragment]);
        const values = fragment.inputs.map((p) => randomValue(rng, p));
        const topics = anonymous ? [] : [fragment.topicHash];
        const dataParams = [], dataValues = [];
        fragment.inputs.forEach((p, k) => {
            const v = toEthers(p, values[k]);
            if (!p.indexed) {
                dataParams.push(p);
                dataValues.push(v);
            } else if (p.type === "string") {
                topics.push(ethers.id(v));
            } else if (p.type === "bytes") {
                topics.push(ethers.keccak256(v));
            } else if (isHashedWhenIndexed(p)) {
                // Decoding returns the topic as it is; its preimage does not matter here.
                topics.push(ethers.keccak256(coder.encode([p], [v])));
            } else {
                topics.push(coder.encode([p], [v]));
            }
        });
        const data = coder.encode(dataParams, dataValues);
        const decoded = iface.decodeEventLog(fragment, data, topics);
        cases.push({
            signature: fragment.format("sighash"),
            anonymous,
            params: fragment.inputs.map((p) => ({ type: p.format("sighash"), indexed: !!p.indexed })),
            topic0: fragment.topicHash,
            topics,
            data,
            values: fragment.inputs.map((p, k) => fromEthers(p, decoded[k])),
        });
    }
    return { cases };
}

// ---------------------------------------------------------------------------------------------
// Output: one case per line, so a diff shows which cases changed.

function render(sections) {
    const lines = ["{", `  "generator": ${JSON.stringify(`tools/chain/gen-vectors.mjs with ethers ${version}`)},`];
    const keys = Object.keys(sections);
    keys.forEach((key, k) => {
        const items = sections[key];
        lines.push(`  ${JSON.stringify(key)}: [`);
        items.forEach((item, i) => lines.push("    " + JSON.stringify(item) + (i + 1 < items.length ? "," : "")));
        lines.push("  ]" + (k + 1 < keys.length ? "," : ""));
    });
    lines.push("}");
    return lines.join("\n") + "\n";
}

const generators = {
    "keccak.json": genKeccak,
    "uint256.json": genUint256,
    "rlp.json": genRlp,
    "abi.json": genAbi,
    "address.json": genAddress,
    "secp256k1.json": genSecp256k1,
    "transactions.json": genTransactions,
    "personal.json": genPersonal,
    "eventlog.json": genEventLog,
};

const check = process.argv.includes("--check");
const stale = [];
for (const [file, generate] of Object.entries(generators)) {
    const text = render(generate());
    const path = join(outDir, file);
    if (check) {
        let current = null;
        try { current = readFileSync(path, "utf8"); } catch { /* missing counts as different */ }
        if (current !== text) stale.push(file);
    } else {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path, text);
        const counts = Object.entries(JSON.parse(text))
            .filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k} ${v.length}`).join(", ");
        console.log(`${file}: ${counts} (${text.length} bytes)`);
    }
}
if (check) {
    if (stale.length > 0) {
        console.error("gen-vectors: these files differ from what ethers produces now: " + stale.join(", "));
        console.error("regenerate them with: node tools/chain/gen-vectors.mjs");
        process.exit(1);
    }
    console.log("gen-vectors: all vector files are up to date");
}
