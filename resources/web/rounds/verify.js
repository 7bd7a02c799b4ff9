// SPDX-License-Identifier: GPL-3.0-or-later
// The /verify page: anyone checks a settled round of a rounds table in their own browser, from
// the host's public record (GET /api/rounds/{gameId}/{round}) and the chain, read through the
// host's read-only relay (POST /api/chain/rpc). The same checks as steward-verify
// (docs/verify.md); the hashing is keccak.js, the log decoding is done here, nothing else is used.
// The checks themselves are plain functions, exported for node when there is no page
// (tests/verify/verify_js.mjs runs them against ethers).
import { keccak256, keccak256Hex, bytesToHex, hexToBytes, utf8 } from '../keccak.js';

// ---------------------------------------------------------------------------------------
// Texts, by language, as in strings.js: {name} is replaced by a value.

const STRINGS = {
  en: {
    pageTitle: 'Check a round',
    intro: 'Every round of a rounds table can be checked by anyone: type the table\'s game id and a round number. ' +
      'Your browser recomputes everything itself.',
    gameId: 'Game id',
    gameIdHint: 'The table\'s id, as shown on the table\'s page or by your teacher.',
    round: 'Round',
    checkButton: 'Check this round',
    checking: 'Checking round {round}…',
    missingGame: 'Please enter the game id.',
    missingRound: 'Please enter a round number (1 or more).',
    notSettled: 'Round {round} is not finished yet, or does not exist. A round can be checked once it is settled.',
    noTable: 'This host has no rounds table with the id “{game}”.',
    hostError: 'The host answered with an error: {message}',
    networkError: 'The game host cannot be reached. Check your network and try again.',
    numberLabel: 'Round {round} · the number drawn',
    verdictPass: '✓ Everything checks out: this number was drawn fairly.',
    verdictFail: '✗ Something does not add up: see the checks marked ✗ below.',
    verdictUnavailable: '? Some checks could not be run (the chain did not answer). Try again in a moment.',
    notOnChain: 'This round was played without a blockchain. Checks 1–3 show that the number follows from the seed ' +
      'and the bets, but nobody outside the host can prove when the seed was chosen.',
    checksTitle: 'What was checked',
    recordTitle: 'The round’s public record',
    betsTitle: 'Bets, in the order they were accepted',
    noBets: 'Nobody bet in this round.',
    howTitle: 'How a fair draw works',
    how1: 'Before betting opens, the host picks a secret random number, the seed, and publishes only its ' +
      'fingerprint (a keccak256 hash) on the blockchain. A fingerprint gives nothing away, but it fixes the seed: ' +
      'no other seed has the same one.',
    how2: 'While betting is open, every accepted bet is chained into a second fingerprint, the bets root. The host ' +
      'cannot know it in advance, because it depends on what the players bet.',
    how3: 'When betting closes, the number comes from the seed and the bets root together. Afterwards the host ' +
      'reveals the seed, so everyone can redo the computation — which is what this page just did.',
    how4: 'The same checks run on the command line: steward-verify --host {host} --game {game} {round}',
    statusPass: 'passed', statusFail: 'failed', statusSkip: 'not applicable', statusUnavailable: 'could not check',
    fieldSeedHash: 'Seed fingerprint (committed)', fieldSeed: 'Seed (revealed)', fieldBetsRoot: 'Bets root',
    fieldOpens: 'Betting opened', fieldCloses: 'Betting closed', fieldCommitTx: 'Commit transaction',
    fieldRevealTx: 'Reveal transaction', fieldContract: 'RoundFairness contract', fieldChain: 'Chain id',
    none: '—',
    colBet: 'Bet', colType: 'Type', colPick: 'Pick', colStake: 'Stake', colClientSeed: 'Client seed',

    // The checks: a title in plain words, what it means, and the detail of the outcome.
    seedTitle: 'The seed is the one the host promised',
    seedHelp: 'Before the round the host published the fingerprint of its secret seed. Hashing the revealed seed ' +
      'gives the very same fingerprint, so the seed was not swapped afterwards.',
    betsRootTitle: 'Every bet is there, unchanged and in order',
    betsRootHelp: 'All accepted bets were chained into one fingerprint, the bets root. Redoing the chain from the ' +
      'published bets gives the same value: no bet was added, left out, changed or moved.',
    numberTitle: 'The number follows from the seed and the bets',
    numberHelp: 'The number is computed from the seed and the bets root by a public recipe (keccak256, the first ' +
      'byte below 200, modulo 100). Your browser got the same number, so nobody picked it by hand.',
    commitTitle: 'The promise is on the blockchain',
    commitHelp: 'The host wrote the seed’s fingerprint into the RoundFairness contract on the blockchain. Entries ' +
      'there cannot be changed or backdated.',
    commitTimeTitle: 'The promise came before anyone could bet',
    commitTimeHelp: 'The block holding the promise is older than the opening of betting: the host was bound to the ' +
      'seed before the first bet. (Block times are whole seconds, so a block from the same second counts as before.)',
    revealTitle: 'The reveal is on the blockchain',
    revealHelp: 'After the round the host revealed the seed and the bets root to the contract, which checked the ' +
      'seed against the promise and recomputed the number itself before recording them.',
    contractDrawTitle: 'The contract draws the same number',
    contractDrawHelp: 'The contract’s own drawNumber, asked with this seed and bets root, gives the same number.',

    rSeedBad: 'The seed is not 32 bytes of hex.',
    rSeedHashBad: 'The committed fingerprint is not 32 bytes of hex.',
    rSeedMismatch: 'keccak256(seed) is {got}, but the host committed {want}.',
    rSeedOk: 'keccak256(seed) = {hash}',
    rRoundBad: 'The record has no round number.',
    rBetsRootBad: 'The bets root is not 32 bytes of hex.',
    rNoBets: 'The record lists no bets.',
    rBetBad: 'Bet {n} ({ref}) cannot be read: {why}.',
    rBetsMismatch: 'The {count} listed bet(s) give {got}, but the host drew with {want}.',
    rBetsOk: '{count} bet(s), in the order accepted, give {root}',
    rNumberBad: 'The record has no number from 0 to 99.',
    rNumberNoInput: 'Without a 32-byte seed and bets root no number can be drawn.',
    rNumberMismatch: 'drawNumber(seed, betsRoot) is {got}, but the host announced {want}.',
    rNumberOk: 'drawNumber(seed, betsRoot) = {number}',
    rNotOnChain: 'The commitment was not on chain.',
    rNoContract: 'The record names no RoundFairness contract.',
    rUnavailable: 'The chain did not answer: {message}',
    rChainMismatch: 'The node is on chain {got}, but the record names chain {want}.',
    rNoCommitTx: 'The record names no commit transaction.',
    rNoCommitToDate: 'There is no matching commitment to date.',
    rNoTx: 'the chain has no such transaction',
    rTxFailed: 'the transaction failed on chain',
    rTxElsewhere: 'the transaction went to {to}, not to the contract',
    rNoLog: 'the transaction logged no {event} event',
    rTxProblem: 'Transaction {tx}: {why}.',
    rCommitOther: 'The commitment on chain is for round {round} with fingerprint {hash}, not for this round and seed.',
    rCommitOk: 'Committed({hash}) in block {block}',
    rNoOpens: 'The record does not say when betting opened.',
    rBlockTime: 'block {block} is stamped {blockTime} ({seconds} s); betting opened at {opens} ({ms} ms)',
    rCommitTimeOk: 'Before betting opened: {when}.',
    rCommitTimeLate: 'After betting opened: {when}.',
    rNoReveal: 'The host has not put the reveal on chain yet; try again later.',
    rRevealOther: 'The reveal on chain is for another round.',
    rRevealDiffers: 'The reveal on chain differs from the record: {what}.',
    rRevealOk: 'Revealed(number {number}) in block {block}',
    rContractNone: 'The contract gave no number.',
    rContractMismatch: 'The contract’s drawNumber gives {got}, but the host announced {want}.',
    rContractOk: 'RoundFairness.drawNumber(seed, betsRoot) = {number}',
  },
};

function pickTexts() {
  const wanted = (typeof navigator !== 'undefined' && navigator.languages) || ['en'];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (STRINGS[base]) return Object.assign({}, STRINGS.en, STRINGS[base]);
  }
  return STRINGS.en;
}
const texts = pickTexts();
function t(key, vars) {
  let s = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

// ---------------------------------------------------------------------------------------
// The fair draw (server/games/rounds/FairDraw.h), recomputed.

const CHECK_IDS = ['seed', 'betsRoot', 'number', 'commit', 'commitTime', 'reveal', 'contractDraw'];

function result(n, status, reason) {
  return { check: n, id: CHECK_IDS[n - 1], status, reason };
}

function bytes32(hex) {
  const b = hexToBytes(hex);
  return b && b.length === 32 ? b : null;
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

function short(hex) {
  return typeof hex === 'string' && hex.length > 16 ? hex.slice(0, 10) + '…' + hex.slice(-4) : String(hex);
}

// "betRef|type|pick|stake|clientSeed", pick empty for high/low/odd/even; or why not.
function betLine(bet) {
  if (!bet || typeof bet.betRef !== 'string' || bet.betRef === '') return { error: 'no betRef' };
  const picked = bet.type === 'exact' || bet.type === 'decade';
  if (!picked && !['high', 'low', 'odd', 'even'].includes(bet.type)) return { error: 'unknown type' };
  let pick = '';
  if (picked) {
    const most = bet.type === 'exact' ? 99 : 9;
    if (!Number.isSafeInteger(bet.pick) || bet.pick < 0 || bet.pick > most) return { error: 'no pick from 0 to ' + most };
    pick = String(bet.pick);
  } else if ('pick' in bet) {
    return { error: 'a pick on a bet that takes none' };
  }
  if (!Number.isSafeInteger(bet.stake) || bet.stake <= 0) return { error: 'no positive whole stake' };
  const seed = bet.clientSeed === undefined || bet.clientSeed === null ? '' : bet.clientSeed;
  if (typeof seed !== 'string') return { error: 'a clientSeed that is not text' };
  return { line: bet.betRef + '|' + bet.type + '|' + pick + '|' + String(bet.stake) + '|' + seed };
}

// root₀ = keccak256("steward.rounds/round/" + round); rootᵢ = keccak256(rootᵢ₋₁ ‖ keccak256(betLine)).
function betsRoot(round, bets) {
  let r = keccak256(utf8('steward.rounds/round/' + round));
  for (let i = 0; i < bets.length; i++) {
    const l = betLine(bets[i]);
    if (l.error) return { error: t('rBetBad', { n: i + 1, ref: String((bets[i] || {}).betRef || ''), why: l.error }) };
    r = keccak256(concat(r, keccak256(utf8(l.line))));
  }
  return { root: r };
}

// The first byte below 200 of keccak256(seed ‖ betsRoot ‖ uint256 k), k = 0, 1, …, mod 100.
function drawNumber(seed, root) {
  const input = concat(seed, root, new Uint8Array(32));
  for (let k = 0; ; k++) {
    let v = k;
    for (let i = 0; i < 6; i++) { input[95 - i] = v % 256; v = Math.floor(v / 256); }
    for (const b of keccak256(input)) if (b < 200) return b % 100;
  }
}

// Checks 1–3: what the record alone proves.
function recordChecks(record) {
  const out = [];
  const seed = bytes32(record.seed);
  const committed = bytes32(record.seedHash);
  if (!seed) out.push(result(1, 'fail', t('rSeedBad')));
  else if (!committed) out.push(result(1, 'fail', t('rSeedHashBad')));
  else {
    const h = keccak256Hex(seed);
    out.push(h === bytesToHex(committed) ? result(1, 'pass', t('rSeedOk', { hash: short(h) }))
      : result(1, 'fail', t('rSeedMismatch', { got: h, want: bytesToHex(committed) })));
  }

  const root = bytes32(record.betsRoot);
  if (!Number.isSafeInteger(record.round) || record.round < 1) out.push(result(2, 'fail', t('rRoundBad')));
  else if (!root) out.push(result(2, 'fail', t('rBetsRootBad')));
  else if (!Array.isArray(record.bets)) out.push(result(2, 'fail', t('rNoBets')));
  else {
    const r = betsRoot(record.round, record.bets);
    if (r.error) out.push(result(2, 'fail', r.error));
    else if (bytesToHex(r.root) !== bytesToHex(root)) {
      out.push(result(2, 'fail', t('rBetsMismatch', { count: record.bets.length, got: bytesToHex(r.root), want: bytesToHex(root) })));
    } else out.push(result(2, 'pass', t('rBetsOk', { count: record.bets.length, root: short(bytesToHex(root)) })));
  }

  if (!Number.isSafeInteger(record.number) || record.number < 0 || record.number > 99) out.push(result(3, 'fail', t('rNumberBad')));
  else if (!seed || !root) out.push(result(3, 'fail', t('rNumberNoInput')));
  else {
    const n = drawNumber(seed, root);
    out.push(n === record.number ? result(3, 'pass', t('rNumberOk', { number: n }))
      : result(3, 'fail', t('rNumberMismatch', { got: n, want: record.number })));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The chain: RoundFairness's logs and drawNumber (resources/contracts/RoundFairness.sol).

const COMMITTED = keccak256Hex(utf8('Committed(bytes32,uint64,bytes32,uint64,bytes32)'));
const REVEALED = keccak256Hex(utf8('Revealed(bytes32,uint64,bytes32,bytes32,uint8,bytes32)'));
const DRAW_SELECTOR = keccak256Hex(utf8('drawNumber(bytes32,bytes32)')).slice(0, 10);

function word(n) { // a whole number as a 32-byte ABI word, hex
  return '0x' + BigInt(n).toString(16).padStart(64, '0');
}
function lower(s) { return typeof s === 'string' ? s.toLowerCase() : ''; }

// Each log of `topic0` by the contract in the receipt, as {topics, words} (data in 32-byte
// words, hex), after checking the transaction succeeded and called the contract.
function eventsIn(receipt, topic0, contract, name) {
  if (!receipt || typeof receipt !== 'object') return { error: t('rNoTx') };
  if (receipt.status !== '0x1') return { error: t('rTxFailed') };
  if (lower(receipt.to) !== lower(contract)) return { error: t('rTxElsewhere', { to: receipt.to }) };
  const found = [];
  for (const log of receipt.logs || []) {
    if (lower(log.address) !== lower(contract) || !Array.isArray(log.topics) || lower(log.topics[0]) !== topic0) continue;
    const data = typeof log.data === 'string' ? log.data.slice(2) : '';
    const words = [];
    for (let i = 0; i + 64 <= data.length; i += 64) words.push('0x' + data.slice(i, i + 64).toLowerCase());
    found.push({ topics: log.topics.map(lower), words, block: parseInt(receipt.blockNumber, 16), blockHash: receipt.blockHash });
  }
  return found.length ? { events: found } : { error: t('rNoLog', { event: name }) };
}

function hhmmss(ms, withMs) {
  const d = new Date(ms);
  const p = (n, w) => String(n).padStart(w || 2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' +
    p(d.getMinutes()) + ':' + p(d.getSeconds()) + (withMs ? '.' + p(d.getMilliseconds(), 3) : '');
}

// Checks 4–7. `rpc(method, params)` resolves to the JSON-RPC result or rejects.
async function chainChecks(record, rpc) {
  const later = [4, 5, 6, 7];
  if (!record.committedOnChain) return later.map((n) => result(n, 'skip', t('rNotOnChain')));
  const chain = record.chain || {};
  const contract = chain.contract;
  if (typeof contract !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(contract)) {
    return later.map((n) => result(n, 'unavailable', t('rNoContract')));
  }
  const unavailable = (n, e) => result(n, 'unavailable', t('rUnavailable', { message: e && e.message ? e.message : String(e) }));
  let mismatch = '';
  try {
    const id = parseInt(await rpc('eth_chainId', []), 16);
    if (Number.isSafeInteger(chain.chainId) && id !== chain.chainId) mismatch = t('rChainMismatch', { got: id, want: chain.chainId });
  } catch (e) {
    return later.map((n) => unavailable(n, e));
  }
  const table = keccak256Hex(utf8(String(record.gameId)));
  const roundWord = word(record.round);
  const seed = bytes32(record.seed) ? lower(record.seed) : null;
  const root = bytes32(record.betsRoot) ? lower(record.betsRoot) : null;
  const numberOk = Number.isSafeInteger(record.number) && record.number >= 0 && record.number <= 99;

  async function commitChecks() {
    const tx = record.commitTx;
    if (typeof tx !== 'string' || !bytes32(tx)) return [result(4, 'fail', t('rNoCommitTx')), result(5, 'fail', t('rNoCommitToDate'))];
    let receipt;
    try { receipt = await rpc('eth_getTransactionReceipt', [tx]); } catch (e) { return [unavailable(4, e), unavailable(5, e)]; }
    const found = eventsIn(receipt, COMMITTED, contract, 'Committed');
    if (found.error) return [result(4, 'fail', t('rTxProblem', { tx, why: found.error })), result(5, 'fail', t('rNoCommitToDate'))];
    // Committed(table indexed, round indexed, seedHash, committedAt, intentId)
    const match = found.events.find((e) => e.topics[1] === table && e.topics[2] === roundWord && e.words[0] === lower(record.seedHash));
    if (!match) {
      const e = found.events[0];
      const round = e.topics[2] ? parseInt(e.topics[2], 16) : '?';
      return [result(4, 'fail', t('rCommitOther', { round, hash: e.words[0] })), result(5, 'fail', t('rNoCommitToDate'))];
    }
    const four = mismatch ? result(4, 'fail', mismatch) : result(4, 'pass', t('rCommitOk', { hash: short(record.seedHash), block: match.block }));
    if (!Number.isSafeInteger(record.opensAt)) return [four, result(5, 'fail', t('rNoOpens'))];
    let block;
    try { block = await rpc('eth_getBlockByHash', [match.blockHash, false]); } catch (e) { return [four, unavailable(5, e)]; }
    if (!block || typeof block.timestamp !== 'string') return [four, result(5, 'unavailable', t('rNoTx'))];
    const seconds = parseInt(block.timestamp, 16);
    const when = t('rBlockTime', { block: match.block, blockTime: hhmmss(seconds * 1000), seconds, opens: hhmmss(record.opensAt, true), ms: record.opensAt });
    // Block timestamps are whole seconds (rounded down), opensAt the host's milliseconds.
    return [four, seconds * 1000 <= record.opensAt ? result(5, 'pass', t('rCommitTimeOk', { when }))
      : result(5, 'fail', t('rCommitTimeLate', { when }))];
  }

  async function revealCheck() {
    const tx = record.revealTx;
    if (typeof tx !== 'string' || !bytes32(tx)) return result(6, 'skip', t('rNoReveal'));
    let receipt;
    try { receipt = await rpc('eth_getTransactionReceipt', [tx]); } catch (e) { return unavailable(6, e); }
    const found = eventsIn(receipt, REVEALED, contract, 'Revealed');
    if (found.error) return result(6, 'fail', t('rTxProblem', { tx, why: found.error }));
    // Revealed(table indexed, round indexed, seed, betsRoot, number, intentId)
    const e = found.events.find((x) => x.topics[1] === table && x.topics[2] === roundWord);
    if (!e) return result(6, 'fail', t('rRevealOther'));
    const differs = [];
    if (e.words[0] !== seed) differs.push('seed ' + e.words[0]);
    if (e.words[1] !== root) differs.push('betsRoot ' + e.words[1]);
    if (!numberOk || e.words[2] !== word(record.number)) differs.push('number ' + parseInt(e.words[2] || '0x0', 16));
    if (differs.length) return result(6, 'fail', t('rRevealDiffers', { what: differs.join(', ') }));
    if (mismatch) return result(6, 'fail', mismatch);
    return result(6, 'pass', t('rRevealOk', { number: record.number, block: e.block }));
  }

  async function contractCheck() {
    if (!seed || !root) return result(7, 'fail', t('rNumberNoInput'));
    let out;
    try {
      out = await rpc('eth_call', [{ to: contract, data: DRAW_SELECTOR + seed.slice(2) + root.slice(2) }, 'latest']);
    } catch (e) { return unavailable(7, e); }
    if (typeof out !== 'string' || out.length !== 66) return result(7, 'fail', t('rContractNone'));
    const n = parseInt(out, 16);
    if (!numberOk || n !== record.number) return result(7, 'fail', t('rContractMismatch', { got: n, want: record.number }));
    return result(7, 'pass', t('rContractOk', { number: n }));
  }

  const [commit, reveal, draw] = await Promise.all([commitChecks(), revealCheck(), contractCheck()]);
  return [...commit, reveal, draw];
}

async function verifyRound(record, rpc) {
  return recordChecks(record).concat(await chainChecks(record, rpc));
}

export { keccak256Hex, betLine, betsRoot, drawNumber, recordChecks, chainChecks, verifyRound, STRINGS };

// ---------------------------------------------------------------------------------------
// The page.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let rpcId = 1;

// JSON-RPC through the host's relay; a "too many requests" is waited out.
async function relay(method, params) {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch('/api/chain/rpc', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: rpcId++, method, params }),
    });
    if (res.status === 429 && attempt < 30) { await sleep(Math.min(200 * attempt, 1000)); continue; }
    const body = await res.json().catch(() => null);
    if (!body || (!('result' in body) && !body.error)) throw new Error('HTTP ' + res.status);
    if (body.error) throw new Error(body.error.message || 'error ' + body.error.code);
    return body.result;
  }
}

async function fetchRecord(game, round) {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch('/api/rounds/' + encodeURIComponent(game) + '/' + round, { headers: { Accept: 'application/json' } });
    if (res.status === 429 && attempt < 30) { await sleep(Math.min(200 * attempt, 1000)); continue; }
    const body = await res.json().catch(() => ({}));
    return { status: res.status, body };
  }
}

const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

const MARKS = { pass: '✓', fail: '✗', skip: '–', unavailable: '?' };
const KINDS = { pass: 'ok', fail: 'error', skip: 'info', unavailable: 'warn' };
const STATUS_TEXT = { pass: 'statusPass', fail: 'statusFail', skip: 'statusSkip', unavailable: 'statusUnavailable' };

function showChecks(checks) {
  const list = $('checks');
  list.replaceChildren();
  // style.css has no list of checks; set through the CSSOM, which the page's CSP allows.
  Object.assign(list.style, { listStyle: 'none', padding: '0', margin: '0' });
  for (const c of checks) {
    const li = el('li', { 'class': 'check', 'data-check': c.id, 'data-status': c.status });
    Object.assign(li.style, { borderBottom: '1px solid var(--line)', padding: '.25rem 0 .6rem' });
    li.append(
      el('p', { 'class': 'status check-head', 'data-kind': KINDS[c.status] },
        el('span', { 'class': 'check-mark', 'aria-hidden': 'true', text: MARKS[c.status] + ' ' }),
        el('span', { 'class': 'visually-hidden', text: t(STATUS_TEXT[c.status]) + ': ' }),
        el('span', { text: c.check + '. ' + t(c.id + 'Title') })),
      el('p', { 'class': 'muted', text: t(c.id + 'Help') }),
      el('p', { 'class': 'chain-note', 'data-kind': KINDS[c.status], text: c.reason }));
    list.append(li);
  }
}

function showRecord(record) {
  const rows = [
    ['fieldSeedHash', record.seedHash], ['fieldSeed', record.seed], ['fieldBetsRoot', record.betsRoot],
    ['fieldOpens', Number.isSafeInteger(record.opensAt) ? hhmmss(record.opensAt, true) : null],
    ['fieldCloses', Number.isSafeInteger(record.closesAt) ? hhmmss(record.closesAt, true) : null],
    ['fieldCommitTx', record.commitTx], ['fieldRevealTx', record.revealTx],
    ['fieldContract', record.chain && record.chain.contract], ['fieldChain', record.chain && record.chain.chainId],
  ];
  const dl = $('record');
  dl.replaceChildren();
  for (const [key, value] of rows) {
    dl.append(el('tr', {}, el('th', { scope: 'row', text: t(key) }),
      el('td', { 'class': 'hex', text: value === null || value === undefined ? t('none') : String(value) })));
  }
  const body = $('bets');
  body.replaceChildren();
  const bets = Array.isArray(record.bets) ? record.bets : [];
  $('no-bets').hidden = bets.length > 0;
  $('bets-table').hidden = bets.length === 0;
  for (const b of bets) {
    body.append(el('tr', {}, el('td', { text: String(b.betRef) }), el('td', { text: String(b.type) }),
      el('td', { 'class': 'num', text: 'pick' in b ? String(b.pick) : '' }), el('td', { 'class': 'num', text: String(b.stake) }),
      el('td', { text: b.clientSeed ? String(b.clientSeed) : '' })));
  }
}

function showError(text) {
  $('working').hidden = true;
  $('form-error').textContent = text;
  $('form-error').hidden = false;
}

async function check(game, round) {
  $('form-error').hidden = true;
  $('result').hidden = true;
  $('working').textContent = t('checking', { round });
  $('working').hidden = false;
  let fetched;
  try {
    fetched = await fetchRecord(game, round);
  } catch {
    showError(t('networkError'));
    return;
  }
  const code = fetched.body && fetched.body.error ? fetched.body.error.code : '';
  if (fetched.status !== 200) {
    if (code === 'NOT_FOUND') showError(t('notSettled', { round }));
    else if (code === 'GAME_NOT_FOUND') showError(t('noTable', { game }));
    else showError(t('hostError', { message: (fetched.body.error && fetched.body.error.message) || 'HTTP ' + fetched.status }));
    return;
  }
  const record = fetched.body;
  if (!record.gameId) record.gameId = game;
  const checks = await verifyRound(record, relay);
  $('working').hidden = true;
  $('number-label').textContent = t('numberLabel', { round: record.round });
  $('number').textContent = Number.isSafeInteger(record.number) ? String(record.number).padStart(2, '0') : '?';
  const failed = checks.some((c) => c.status === 'fail');
  const unavailable = checks.some((c) => c.status === 'unavailable');
  const verdict = $('verdict');
  verdict.dataset.kind = failed ? 'error' : unavailable ? 'warn' : 'ok';
  verdict.textContent = t(failed ? 'verdictFail' : unavailable ? 'verdictUnavailable' : 'verdictPass');
  $('not-on-chain').hidden = !!record.committedOnChain;
  showChecks(checks);
  showRecord(record);
  $('how4').textContent = t('how4', { host: location.origin, game, round });
  $('result').hidden = false;
  document.body.dataset.verified = failed ? 'fail' : unavailable ? 'unavailable' : 'pass';
}

function start() {
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  document.title = t('pageTitle') + ' · Steward';
  const params = new URLSearchParams(location.search);
  const form = $('verify-form');
  $('game').value = params.get('game') || '';
  $('round').value = params.get('round') || '';
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const game = $('game').value.trim();
    const round = Number($('round').value);
    if (!game) { showError(t('missingGame')); $('game').focus(); return; }
    if (!Number.isSafeInteger(round) || round < 1) { showError(t('missingRound')); $('round').focus(); return; }
    history.replaceState(null, '', '/verify?game=' + encodeURIComponent(game) + '&round=' + round);
    check(game, round);
  });
  if (params.get('game') && params.get('round')) form.requestSubmit();
}

// In node (tests/verify/verify_js.mjs) there is no page: only the checks above are used.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
