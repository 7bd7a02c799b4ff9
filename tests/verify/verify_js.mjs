#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The /verify page's own code in node, against ethers (tools/chain/node_modules):
//  - resources/web/keccak.js on the known vectors and on inputs of every length up to five
//    136-byte blocks;
//  - resources/web/rounds/verify.js's checks 1–3 on the vector the C++ tests use and on random rounds
//    built with ethers, honest and tampered;
//  - its checks 4–7 on receipts whose logs ethers encoded (topics and data decoded by the page).
//
//   node verify_js.mjs [path/to/tools/chain]        exit 0 all passed, 1 a failure, 77 skipped
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const tools = path.resolve(process.argv[2] || path.join(repo, 'tools/chain'));
const ethersEntry = path.join(tools, 'node_modules/ethers/lib.esm/index.js');
if (!fs.existsSync(ethersEntry)) {
  console.log(`SKIP: ethers is not installed in ${tools} (run scripts/setup)`);
  process.exit(77);
}
const { keccak256, toUtf8Bytes, concat, zeroPadValue, toBeHex, Interface, hexlify } = await import(ethersEntry);
// ES modules, as the page loads them (node tells them from scripts by their import/export).
const K = await import(pathToFileURL(path.join(repo, 'resources/web/keccak.js')).href);
const V = await import(pathToFileURL(path.join(repo, 'resources/web/rounds/verify.js')).href);

let passed = 0;
let failed = 0;
function check(ok, name, detail) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`not ok - ${name}${detail ? ' — ' + detail : ''}`);
  }
  return ok;
}
const eq = (a, b, name) => check(a === b, name, `expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
const started = Date.now();

// ---- keccak.js

eq(K.keccak256Hex(new Uint8Array()), '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470', 'keccak256("")');
eq(K.keccak256Hex(K.utf8('abc')), '0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45', 'keccak256("abc")');
for (let n = 0; n <= 5 * 136 + 1; n++) { // every length over five blocks: each padding case
  const bytes = crypto.randomBytes(n);
  eq(K.keccak256Hex(bytes), keccak256(bytes), `keccak256 of ${n} random bytes`);
}
const long = 'ü✓ steward '.repeat(500);
eq(K.keccak256Hex(K.utf8(long)), keccak256(toUtf8Bytes(long)), 'keccak256 of a long UTF-8 text');
eq(K.keccak256Hex(new Uint8Array(100000).fill(0xff)), keccak256(new Uint8Array(100000).fill(0xff)), 'keccak256 of 100 kB');

// ---- checks 1–3

// The same vector as tests/verify/tst_roundverifier.cpp.
const honest = {
  gameId: 'g-test', round: 7, number: 76, committedOnChain: false, chain: null,
  seed: '0xce47c8d0a5143521255a38deef110e566a512f3545917c1868d4e8cc04d8664e',
  seedHash: '0xc76dc892fa48ff396f4fc3bf06fbfe046ebf42534ceb1216db5780e5c638a442',
  betsRoot: '0x9ebb3fad7d97d7cdfe916b743846c5f6b0ef333832970400042560f824760858',
  opensAt: 1780000000000, closesAt: 1780000000600,
  bets: [
    { betRef: 'lan:p1:b1', type: 'exact', pick: 42, stake: 1000, clientSeed: 'c1' },
    { betRef: 'lan:p2:b2', type: 'high', stake: 500, clientSeed: '' },
    { betRef: 'op:x:b3', type: 'decade', pick: 4, stake: 200, clientSeed: 'ü✓|x' },
  ],
};
const statuses = (checks) => checks.map((c) => c.status[0]).join('');
eq(statuses(V.recordChecks(honest)), 'ppp', 'the shared vector passes');
eq(K.bytesToHex(V.betsRoot(7, honest.bets).root), honest.betsRoot, 'the shared vector\'s bets root');

// What ethers says, independently of the page.
function ethersLine(b) {
  const pick = b.type === 'exact' || b.type === 'decade' ? String(b.pick) : '';
  return `${b.betRef}|${b.type}|${pick}|${b.stake}|${b.clientSeed || ''}`;
}
function ethersRoot(round, bets) {
  let r = keccak256(toUtf8Bytes(`steward.rounds/round/${round}`));
  for (const b of bets) r = keccak256(concat([r, keccak256(toUtf8Bytes(ethersLine(b)))]));
  return r;
}
function ethersDraw(seed, root) {
  for (let k = 0n; ; k++) {
    const h = Buffer.from(keccak256(concat([seed, root, zeroPadValue(toBeHex(k), 32)])).slice(2), 'hex');
    for (const x of h) if (x < 200) return x % 100;
  }
}
const TYPES = ['exact', 'decade', 'high', 'low', 'odd', 'even'];
function randomRound(round) {
  const seed = hexlify(crypto.randomBytes(32));
  const bets = [];
  const count = crypto.randomInt(0, 8);
  for (let i = 0; i < count; i++) {
    const type = TYPES[crypto.randomInt(0, 6)];
    const b = { betRef: `lan:p${i}:b${crypto.randomInt(0, 1e6)}`, type, stake: crypto.randomInt(100, 1e9) };
    if (type === 'exact') b.pick = crypto.randomInt(0, 100);
    if (type === 'decade') b.pick = crypto.randomInt(0, 10);
    b.clientSeed = ['', 'x', 'ü✓|' + i, crypto.randomBytes(8).toString('hex')][crypto.randomInt(0, 4)];
    bets.push(b);
  }
  const betsRoot = ethersRoot(round, bets);
  return { gameId: 'table-' + round, round, seed, seedHash: keccak256(seed), betsRoot, number: ethersDraw(seed, betsRoot),
    committedOnChain: false, chain: null, opensAt: 1780000000000, bets };
}
for (let i = 0; i < 200; i++) {
  const r = randomRound(1 + crypto.randomInt(0, 100000));
  eq(statuses(V.recordChecks(r)), 'ppp', `random round ${i} (${r.bets.length} bets) passes`);
}
const tamperings = [
  // Re-hashed until it draws another number: one in a hundred draws the same, and then the
  // number's check rightly passes.
  ['seed', (r) => { do r.seed = keccak256(r.seed); while (ethersDraw(r.seed, r.betsRoot) === r.number); }, 'fpf'],
  ['stake', (r) => { r.bets[0].stake += 1; }, 'pfp'],
  ['client seed', (r) => { r.bets[0].clientSeed += '!'; }, 'pfp'],
  ['order', (r) => { r.bets.reverse(); }, 'pfp'],
  ['bet removed', (r) => { r.bets.pop(); }, 'pfp'],
  ['round', (r) => { r.round += 1; }, 'pfp'],
  ['number', (r) => { r.number = (r.number + 1) % 100; }, 'ppf'],
];
for (const [what, change, expected] of tamperings) {
  let r;
  do r = randomRound(5); while (r.bets.length < 2 || r.bets[0].betRef === r.bets[1].betRef);
  change(r);
  eq(statuses(V.recordChecks(r)), expected, `tampered ${what} fails the right check`);
}

// ---- checks 4–7, with receipts encoded by ethers

const abi = new Interface([
  'event Committed(bytes32 indexed table, uint64 indexed round, bytes32 seedHash, uint64 committedAt, bytes32 intentId)',
  'event Revealed(bytes32 indexed table, uint64 indexed round, bytes32 seed, bytes32 betsRoot, uint8 number, bytes32 intentId)',
  'function drawNumber(bytes32 seed, bytes32 betsRoot) pure returns (uint8)',
]);
const contract = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
function chainWorld(record, opts = {}) {
  const table = keccak256(toUtf8Bytes(record.gameId));
  const commitTx = hexlify(crypto.randomBytes(32));
  const revealTx = hexlify(crypto.randomBytes(32));
  const blockHash = hexlify(crypto.randomBytes(32));
  const committed = abi.encodeEventLog('Committed', [table, opts.commitRound ?? record.round, opts.seedHash ?? record.seedHash,
    Math.floor(record.opensAt / 1000) - 1, hexlify(crypto.randomBytes(32))]);
  const revealed = abi.encodeEventLog('Revealed', [table, record.round, record.seed, record.betsRoot,
    opts.revealedNumber ?? record.number, hexlify(crypto.randomBytes(32))]);
  const receipt = (log, to) => ({ status: '0x1', to: (to || contract).toLowerCase(), blockNumber: '0x2a', blockHash,
    logs: [{ address: contract.toLowerCase(), topics: log.topics, data: log.data }] });
  const receipts = { [commitTx]: receipt(committed, opts.commitTo), [revealTx]: receipt(revealed) };
  const stamp = opts.blockTime ?? Math.floor(record.opensAt / 1000);
  const rpc = async (method, params) => {
    if (method === 'eth_chainId') return '0x7a69';
    if (method === 'eth_getTransactionReceipt') return receipts[params[0]] ?? null;
    if (method === 'eth_getBlockByHash') return { hash: params[0], timestamp: '0x' + stamp.toString(16) };
    if (method === 'eth_call') {
      const [seed, root] = abi.decodeFunctionData('drawNumber', params[0].data);
      return abi.encodeFunctionResult('drawNumber', [ethersDraw(seed, root)]);
    }
    throw new Error('unexpected ' + method);
  };
  return { rpc, record: { ...record, committedOnChain: true, chain: { chainId: 31337, contract }, commitTx, revealTx } };
}
const base = randomRound(12);
base.opensAt = 1780000000500;
async function chainStatuses(opts, change) {
  const w = chainWorld(base, opts);
  if (change) change(w.record);
  return statuses(await V.verifyRound(w.record, w.rpc));
}
eq(await chainStatuses({}), 'ppppppp', 'an honest round on chain passes all seven');
// The rule is blockTime * 1000 <= opensAt (docs/verify.md): timestamps are whole seconds, rounded down.
eq(await chainStatuses({ blockTime: 1780000000 }), 'ppppppp', 'a commit in the second betting opened counts as before');
eq(await chainStatuses({ blockTime: 1780000001 }), 'ppppfpp', 'a commit stamped with a later second fails check 5');
eq(await chainStatuses({ seedHash: keccak256('0x01') }), 'pppffpp', 'another commitment fails checks 4 and 5');
eq(await chainStatuses({ commitRound: 13 }), 'pppffpp', 'another round\'s commitment fails checks 4 and 5');
eq(await chainStatuses({ commitTo: '0x000000000000000000000000000000000000dead' }), 'pppffpp', 'a commit to another address fails');
eq(await chainStatuses({ revealedNumber: (base.number + 1) % 100 }), 'pppppfp', 'another revealed number fails check 6');
eq(await chainStatuses({}, (r) => { r.number = (r.number + 1) % 100; }), 'ppfppff', 'a wrong number fails checks 3, 6 and 7');
eq(await chainStatuses({}, (r) => { r.revealTx = null; }), 'pppppsp', 'a reveal not yet on chain is skipped');
eq(await chainStatuses({}, (r) => { r.commitTx = null; }), 'pppffpp', 'no commit transaction fails checks 4 and 5');
eq(statuses(await V.verifyRound(base, async () => { throw new Error('no'); })), 'pppssss', 'a round off chain: checks 1–3 only');
const down = chainWorld(base);
eq(statuses(await V.verifyRound(down.record, async () => { throw new Error('down'); })), 'pppuuuu', 'no node: unavailable');

console.log(`${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
