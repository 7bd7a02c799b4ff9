#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of Sovereign Lines' match check (/sovereign/verify): a finished match played again
// in headless Chromium by the page's own rules (resources/web/sovereign/sim-*.js, in a Web
// Worker), against a real steward-host on its own anvil devnet and against steward-verify, the
// C++ rules on the command line.
//
//   node sovereign_verify.mjs /path/to/steward-host   (STEWARD_VERIFY_BIN: steward-verify, else
//                                                      the one built beside the host)
//
// - The page's SHA-256 (the one it uses where the browser hides WebCrypto: plain http on a LAN)
//   against node's on every length up to five blocks.
// - A small match (map seed 7, six places) with two players whose names need JSON escapes and
//   UTF-8, who pick, attack, ally, break the alliance and leave (a bot takes the place); the host
//   pauses and resumes it and ends it. Its result is recorded on chain. The facilitator opens
//   the replay viewer, whose verify card links to the page; there every check passes: the end,
//   the map and starts, the input hash, every frame, every checkpoint (one each 5 s of the match,
//   as the host recorded them while it ran), the final state hash, the standings and the chain's
//   MatchRecorded, and the hashes computed are the replay's, its list of checkpoints too. The
//   player's own seat opens it too.
// - A saved copy with one of Ada's sends changed by one troop, loaded as a file, fails exactly
//   the checks it should: the input hash, the frames, the checkpoints from the first after that
//   send (the time steward-verify names), the final state, the chain, and the standings only
//   when steward-verify says they changed; its hashes are steward-verify's. A copy that names a
//   region the map lacks cannot be played, and says so. With the chain out of reach that check
//   says it could not be made, and the others stand; a copy without checkpoints (as an older
//   host saved it) has that check not made either, not failed.
// - A medium map (hard bots, a tick of 25 ms) and a large one (mixed bots) run by the host for
//   twenty seconds, and files of whole matches with nobody but bots (a huge map of 100 for 20
//   minutes, a large one for 15, a medium one with the largest seed): the page reaches the
//   host's and steward-verify's hashes on each, and shows its progress on the long ones. The
//   files hold no checkpoints (that check is not made); the ones the page computes, one each
//   5 s, are written into the file, and steward-verify finds every one.
// - Without a match named, the page asks for a file, refuses one that is not JSON, and takes one
//   dropped on it.
// - No page error and no Content-Security-Policy violation. Screenshots to $STEWARD_TEST_OUTPUT.

import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, outDir, runTest, shot, skip, sleep, stewardHost,
  testOutputDir, watchPage as watchPageInto,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const chainTools = path.join(repo, 'tools/chain');
if (!fs.existsSync(path.join(chainTools, 'node_modules/.bin/anvil'))) skip('tools/chain is not installed (run scripts/setup)');
const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('sovereign_verify.mjs');
const verifyBin = process.env.STEWARD_VERIFY_BIN || path.resolve(path.dirname(hostBin), '../steward-verify/steward-verify');
if (!fs.existsSync(verifyBin)) skip(`steward-verify is missing (${verifyBin}): build it, or set STEWARD_VERIFY_BIN`);
testOutputDir();

const host = stewardHost({
  bin: hostBin,
  tmpPrefix: 'steward-sovereign-verify-',
  args: ['--secrets', 'file'],
  env: { STEWARD_CHAIN_TOOLS: chainTools },
  listenTimeoutMs: 30000,
  killAfterMs: 8000,
});
const { password, rest } = host; // rest() signs as the facilitator (host.token)
let base = '';
let browser = null;

const LAPTOP = { viewport: { width: 1180, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const problems = []; // uncaught page errors and CSP violations, from every page
const watchPage = (page, label) => watchPageInto(page, problems, label);
const CHECKS = ['ends', 'start', 'inputHash', 'frames', 'checkpoints', 'stateHash', 'standings', 'chain'];

// steward-verify --sovereign with `args`: its exit status and what it printed.
function stewardVerify(args) {
  return new Promise((resolve) => {
    execFile(verifyBin, ['--sovereign', ...args], { maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, out: stdout + stderr });
    });
  });
}
// What steward-verify computed, from its lines ("FAILED input hash as the host claims: <hex>").
function computedBy(out) {
  const hex = (what) => (new RegExp(what + '[^:\\n]*: ([0-9a-f]{64})').exec(out) || [])[1];
  const played = /played again to tick (\d+) \(([^)]*)\)/.exec(out) || [];
  return {
    inputHash: hex('input hash as the host claims'),
    stateHash: hex('final state as the host claims'),
    standings: JSON.parse((/standings as the host claims: (\[[0-9,]*\])/.exec(out) || [])[1] || 'null'),
    standingsOk: /^ok +standings as the host claims/m.test(out),
    endTick: Number(played[1]),
    endReason: played[2],
    checkpointsOk: /^ok +every checkpoint as the host reached it/m.test(out),
    firstCheckpointDiffering: Number((/first that differs is at tick (\d+)/.exec(out) || [])[1]),
  };
}

let gameCount = 0;
async function createMatch(config) {
  const created = await rest('POST', '/api/games/create', { kind: 'sovereign', config });
  gameCount += 1;
  return created;
}
const viewOf = (gameId) => rest('GET', `/api/games/${gameId}`);
async function until(what, gameId, test, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await viewOf(gameId);
    if (test(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// The page's verdict once a check has run, and its checks' statuses in order.
async function outcome(page, timeout = 60000) {
  await page.waitForFunction(() => document.body.dataset.stage === 'done' && document.body.dataset.verified, null, { timeout });
  return page.evaluate(() => ({
    verified: document.body.dataset.verified,
    checks: Object.fromEntries(Array.from(document.querySelectorAll('#checks li'), (li) => [li.dataset.check, li.dataset.status])),
    details: Object.fromEntries(Array.from(document.querySelectorAll('#checks li'), (li) => [li.dataset.check,
      li.querySelector('.check-detail').textContent])),
    inputHash: document.querySelector('#computed-input-hash').textContent,
    stateHash: document.querySelector('#computed-state-hash').textContent,
    standingsHash: document.querySelector('#computed-standings-hash').textContent,
    // The checkpoints computed here, [match tick, hex] as the replay lists them.
    checkpoints: Array.from(document.querySelectorAll('#computed-checkpoints li'),
      (li) => [Number(li.dataset.tick), li.querySelector('code').textContent]),
    title: document.querySelector('#verdict-title').textContent,
    text: document.querySelector('#verdict-text').textContent,
    facts: document.querySelector('#verdict-facts').textContent,
  }));
}
// m:ss of a match tick, as the page writes times.
const clock = (ticks, tickMs) => {
  const secs = Math.floor(ticks * tickMs / 1000);
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
};
const statuses = (o) => CHECKS.map((c) => `${c}:${o.checks[c]}`).join(' ');
const expect = (map) => CHECKS.map((c) => `${c}:${map[c] || 'pass'}`).join(' ');

// keccak256 of the standings, one byte a player number, as the page computes it (keccak.js).
let keccakHex = null;

async function sha256Matches() {
  const { sha256Js, toHex } = await import(pathToFileURL(path.join(repo, 'resources/web/sovereign/sim-sha256.js')).href);
  const wrong = [];
  for (let n = 0; n <= 5 * 64 + 3; n++) {
    const bytes = crypto.randomBytes(n);
    const want = crypto.createHash('sha256').update(bytes).digest('hex');
    if (toHex(sha256Js(new Uint8Array(bytes))) !== want) wrong.push(n);
  }
  eq(wrong.join(','), '', 'the page\'s own SHA-256 is node\'s on every length from 0 to 323 bytes');
  keccakHex = (await import(pathToFileURL(path.join(repo, 'resources/web/keccak.js')).href)).keccak256Hex;
}

async function main() {
  await sha256Matches();
  base = await host.start();
  log(`host at ${base}`);
  host.token = (await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '')).token;
  let status = {};
  for (let i = 0; i < 120 && status.stage !== 'running'; i++) {
    status = await rest('GET', '/api/chain/status');
    if (status.stage !== 'running') await sleep(500);
  }
  eq(status.stage, 'running', 'the devnet runs');
  const contract = status.contracts && status.contracts.SovereignLinesResults;
  check(/^0x[0-9a-fA-F]{40}$/.test(contract || ''), `SovereignLinesResults is deployed at ${contract}`);
  for (const p of ['/sovereign/verify', '/app/sovereign/verify.js', '/app/sovereign/verify.css', '/app/sovereign/sim-worker.js',
    '/app/sovereign/sim-replay.js', '/app/sovereign/sim-game.js', '/app/sovereign/sim-map.js', '/app/sovereign/sim-bots.js',
    '/app/sovereign/sim-rules.js', '/app/sovereign/sim-random.js', '/app/sovereign/sim-json.js', '/app/sovereign/sim-sha256.js']) {
    const r = await fetch(base + p);
    check(r.status === 200 && /default-src 'self'/.test(r.headers.get('content-security-policy') || ''), `GET ${p} serves it with the CSP`,
      String(r.status));
  }

  // --- bigger maps, full of bots, run by the host while the small match is played --------------
  const big = [];
  for (const [mapSize, slots, mapSeed, botStrength, tickMs] of [['medium', 24, 11, 'hard', 25], ['large', 60, 2024, 'mixed', 50]]) {
    const created = await createMatch({ mapSize, slots, mapSeed, botStrength, tickMs, minutes: 3 });
    await rest('POST', '/api/games/join', { joinCode: created.joinCode, name: 'Host ' + mapSize }, '');
    await rest('POST', '/api/games/start', { gameId: created.gameId });
    big.push({ gameId: created.gameId, mapSize, slots, mapSeed, tickMs, startedAt: Date.now() });
  }
  log(`medium and large matches running: ${big.map((b) => b.gameId).join(', ')}`);

  // --- the small match, with players --------------------------------------------------------------
  const created = await createMatch({ mapSeed: 7, slots: 6, fillWithBots: true, botStrength: 'mixed', minutes: 3 });
  const gameId = created.gameId;
  const adaName = 'Zoë "Z" \\ Ünal';
  const ada = await rest('POST', '/api/games/join', { joinCode: created.joinCode, name: adaName }, '');
  const bo = await rest('POST', '/api/games/join', { joinCode: created.joinCode, name: 'Bø 😀 <b>' }, '');
  check(!!ada.token && !!bo.token, 'Ada and Bo join the small match');

  browser = await launchChromium(chromium);
  const deskCtx = await browser.newContext(LAPTOP);
  const desk = await deskCtx.newPage();
  watchPage(desk, 'desk');
  // The players' commands, over the WebSocket as their pages send them, from a page of the host.
  await desk.goto(`${base}/sovereign/verify`);
  await desk.evaluate(() => {
    window.socks = {};
    window.openSeat = (name, token) => new Promise((resolve, reject) => {
      const ws = new WebSocket(location.origin.replace('http', 'ws') + '/ws');
      const s = { ws, next: 2, waiting: new Map() };
      ws.onmessage = (e) => {
        const m = JSON.parse(e.data);
        if (m.re === 1) { if (m.type === 'ok') resolve(); else reject(new Error(JSON.stringify(m))); }
        const w = s.waiting.get(m.re);
        if (w) { s.waiting.delete(m.re); w(m); }
      };
      ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', id: 1, data: { token } }));
      window.socks[name] = s;
    });
    window.order = (name, type, data) => new Promise((resolve) => {
      const s = window.socks[name];
      const id = s.next++;
      s.waiting.set(id, (m) => resolve({ type: m.type, code: m.data && m.data.code, data: m.data }));
      s.ws.send(JSON.stringify({ type, id, data }));
    });
  });
  await desk.evaluate(([a, b]) => Promise.all([window.openSeat('ada', a), window.openSeat('bo', b)]), [ada.token, bo.token]);
  const order = (who, type, data) => desk.evaluate(([w, t, d]) => window.order(w, t, d), [who, type, data]);

  eq((await order('ada', 'sovereign.pick', { region: 4 })).type, 'ok', 'Ada picks region 4 as her start');
  eq((await order('bo', 'sovereign.pick', { colour: 5 })).type, 'ok', 'Bo picks colour 5');
  await rest('POST', '/api/games/start', { gameId });
  let view = await until('the small match to run', gameId, (v) => v.phase === 'running' && v.tick >= 40);
  eq(Object.keys(view.players).length, 6, 'the small match runs with Ada, Bo and four bots');
  eq((await order('ada', 'sovereign.attack', { from: 4, to: 29, share: 60 })).type, 'ok', 'Ada attacks region 29 with 60 %');
  const boStart = view.players['1'].start;
  const boTarget = view.map.regions[boStart][4].find((n) => view.regions[String(n)][0] < 0);
  if (boTarget !== undefined) eq((await order('bo', 'sovereign.attack', { from: boStart, to: boTarget, share: 50 })).type, 'ok', 'Bo attacks neutral land');
  eq((await order('ada', 'sovereign.ally', { player: 1 })).data.asked, true, 'Ada asks Bo for an alliance');
  eq((await order('bo', 'sovereign.ally', { player: 0 })).data.allied, true, 'Bo accepts');
  await until('a second of alliance', gameId, (v) => v.tick >= view.tick + 20);
  eq((await order('ada', 'sovereign.unally', { player: 1 })).type, 'ok', 'Ada breaks it');
  await rest('POST', '/api/games/pause', { gameId });
  await sleep(300);
  await rest('POST', '/api/games/resume', { gameId });
  view = await until('more play', gameId, (v) => v.tick >= 120);
  const mine = Object.entries(view.regions).filter(([, h]) => h[0] === 0 && h[1] > 2).map(([id]) => Number(id));
  let sent = false;
  for (const from of mine) {
    const to = view.map.regions[from][4].find((n) => view.regions[String(n)][0] !== 0);
    if (to !== undefined && (await order('ada', 'sovereign.attack', { from, to, share: 70 })).type === 'ok') { sent = true; break; }
  }
  check(sent || mine.length === 0, 'Ada attacks once more');
  await rest('POST', '/api/seats/leave', { gameId }, bo.token);
  await until('ten seconds of play', gameId, (v) => v.tick >= 200);
  await rest('POST', '/api/games/end', { gameId });
  await until('the end', gameId, (v) => v.phase === 'over');
  log('small match over');

  // --- the big ones: at least twenty seconds of bots, then the end ---------------------------------
  for (const b of big) {
    const wait = b.startedAt + 20000 - Date.now();
    if (wait > 0) await sleep(wait);
    const v = await viewOf(b.gameId);
    if (v.phase !== 'over') await rest('POST', '/api/games/end', { gameId: b.gameId });
    b.view = await until(`the ${b.mapSize} match's end`, b.gameId, (x) => x.phase === 'over');
  }
  const transactions = await (async () => {
    for (let i = 0; i < 120; i++) {
      const txs = (await rest('GET', '/api/chain/transactions')).transactions || [];
      if (txs.length >= 3 && txs.every((x) => x.status === 'confirmed')) return txs;
      await sleep(500);
    }
    return [];
  })();
  eq(transactions.length, 3, 'the three results are confirmed on chain');

  const replay = await rest('GET', `/api/sovereign/${gameId}/replay`);
  check(replay.frames.length >= 10 && replay.inputs.length >= 12, `the small match's replay: ${replay.inputs.length} inputs, ${replay.frames.length} frames`);
  eq(replay.contract, contract, 'it names the contract');

  // --- the facilitator: the replay viewer links to the check ----------------------------------------
  await desk.goto(`${base}/facilitator`);
  await desk.fill('#password', password);
  await desk.press('#password', 'Enter');
  await desk.waitForSelector('body[data-screen="list"]', { timeout: 10000 });
  await desk.goto(`${base}/app/sovereign/replay.html?game=${gameId}`);
  await desk.waitForSelector('body[data-screen="replay"]', { timeout: 10000 });
  eq(await desk.getAttribute('#verify-link', 'href'), `/sovereign/verify?game=${gameId}`, 'the replay\'s verify card links to the check');
  eq((await desk.textContent('#verify-link')).trim(), 'Check it in this browser', 'in plain words');
  await desk.click('#verify-link');
  await desk.waitForURL(`${base}/sovereign/verify?game=${gameId}`);
  let o = await outcome(desk);
  eq(o.verified, 'pass', 'the page finds the small match sound');
  eq(statuses(o), expect({}), 'every check passes: end, map and starts, input hash, every frame, every checkpoint, final state, standings, chain');
  eq(o.inputHash, replay.inputHash, 'the input hash computed in the browser is the replay\'s');
  eq(o.stateHash, replay.stateHash, 'and the final state hash');
  eq(o.standingsHash, keccakHex(Uint8Array.from(replay.standings)), 'and the standings hash is keccak256 of the replay\'s standings');
  eq(o.title, 'This match checks out', 'the verdict says so in plain words');
  check(o.details.frames.includes(`All ${replay.frames.length} seconds`), 'every one of the frames was compared', o.details.frames);
  // A checkpoint at the start and one each 100 ticks (5 s at 50 ms) up to the end's tick.
  eq(replay.checkpoints.length, 1 + Math.floor(replay.endTick / 100), `the replay lists a checkpoint each 5 s of its ${replay.endTick} ticks`);
  eq(o.details.checkpoints, `All ${replay.checkpoints.length} checkpoints are the same, one every 5 seconds.`,
    'every one of the checkpoints was compared');
  eq(JSON.stringify(o.checkpoints), JSON.stringify(replay.checkpoints), 'the checkpoints computed in the browser are the replay\'s, tick and hash');
  check(o.details.chain.startsWith('Recorded in block'), 'the chain\'s record is the one reached', o.details.chain);
  check(o.facts.includes(gameId) && o.facts.includes('6 players'), 'the facts name the match and its players', o.facts);
  eq(await desk.getAttribute('#back-link', 'href'), `/app/sovereign/replay.html?game=${gameId}`, 'a link leads back to the replay');
  await desk.mouse.move(0, 0);
  await shot(desk, 'sovereign-verify-pass.png');

  // --- Ada, with her seat in the tab, on her phone -------------------------------------------------
  const phoneCtx = await browser.newContext(PHONE);
  await phoneCtx.addInitScript((seat) => sessionStorage.setItem('steward.sovereign', JSON.stringify(seat)),
    { token: ada.token, resumeToken: ada.resumeToken, gameId, playerId: ada.playerId, name: adaName, joinCode: created.joinCode });
  const phone = await phoneCtx.newPage();
  watchPage(phone, 'ada');
  await phone.goto(`${base}/sovereign/verify?game=${gameId}`);
  o = await outcome(phone);
  eq(`${o.verified} ${o.inputHash} ${o.stateHash}`, `pass ${replay.inputHash} ${replay.stateHash}`, 'Ada\'s own seat opens the check, which passes');
  await shot(phone, 'sovereign-verify-phone.png', false);

  // --- a saved copy with one of Ada's sends one troop short ------------------------------------------
  const tampered = JSON.parse(JSON.stringify(replay));
  const changed = tampered.inputs.find((i) => i.type === 'sovereign.sent' && i.data.player === 0);
  changed.data.troops -= 1;
  // The send is applied after its tick has run, so the first checkpoint it changes is the next one after it.
  const changedAt = changed.tick - tampered.inputs.find((i) => i.type === 'sovereign.started').tick;
  const sameBefore = Math.floor(changedAt / 100) + 1;
  const file = path.join(outDir, `sovereign-${gameId}-tampered.json`);
  fs.writeFileSync(file, JSON.stringify(tampered, null, 1));
  const oracle = await stewardVerify(['--file', file, '--rpc', status.node]);
  eq(oracle.code, 1, 'steward-verify fails the tampered copy');
  const cpp = computedBy(oracle.out);
  await desk.setInputFiles('#file', file);
  await desk.waitForFunction((name) => document.querySelector('#source-game').textContent.includes(name), path.basename(file));
  o = await outcome(desk);
  eq(o.verified, 'fail', 'the page fails the tampered copy');
  eq(statuses(o), expect({ inputHash: 'fail', frames: 'fail', checkpoints: 'fail', stateHash: 'fail', standings: cpp.standingsOk ? 'pass' : 'fail',
    chain: 'fail' }), `exactly the input hash, the frames, the checkpoints, the final state${cpp.standingsOk ? '' : ', the standings'} and the chain fail`);
  eq(`${o.inputHash} ${o.stateHash}`, `${cpp.inputHash} ${cpp.stateHash}`, 'the hashes the page computed are steward-verify\'s');
  eq(cpp.firstCheckpointDiffering, sameBefore * 100, `steward-verify's first differing checkpoint is the first after the send (match tick ${changedAt})`);
  eq(o.details.checkpoints, `${sameBefore} of ${tampered.checkpoints.length} checkpoints are the same; the first difference is at ${clock(sameBefore * 100, 50)}.`,
    'the checkpoints check names the first after the changed send, and how many before it matched');
  check(/differs in: the input hash, the final state hash/.test(o.details.chain), 'the chain check names what differs', o.details.chain);
  await desk.mouse.move(0, 0);
  await shot(desk, 'sovereign-verify-tampered.png');

  // A copy that sends from a region the map does not have cannot be played at all.
  const broken = JSON.parse(JSON.stringify(replay));
  broken.inputs.find((i) => i.type === 'sovereign.sent').data.from = 9999;
  await desk.setInputFiles('#file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await desk.waitForFunction(() => document.querySelector('#source-game').textContent.includes('broken.json'));
  o = await outcome(desk);
  eq(`${o.verified} ${Object.keys(o.checks).join(',')} ${o.checks.ends}`, 'fail ends fail', 'a copy naming a region the map lacks fails: it cannot be played again');
  check(/region 9999/.test(o.details.ends) && o.title === 'This match cannot be played again', 'and the page says why', o.details.ends);
  check(!(await desk.isVisible('#details-card')), 'claiming nothing computed');

  // --- the chain out of reach: that check says so, the others stand -----------------------------------
  await desk.route('**/api/chain/rpc', (route) => route.fulfill({ status: 502, contentType: 'text/plain', body: 'bad gateway' }));
  await desk.goto(`${base}/sovereign/verify?game=${gameId}`);
  o = await outcome(desk);
  eq(`${o.verified} ${statuses(o)}`, `unavailable ${expect({ chain: 'unavailable' })}`,
    'with the chain out of reach the page says it could not check that part, and the rest passes');
  // A copy as a host before checkpoints saved it: that check is not made, and says why.
  const older = JSON.parse(JSON.stringify(replay));
  delete older.checkpoints;
  await desk.setInputFiles('#file', { name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  await desk.waitForFunction(() => document.querySelector('#source-game').textContent.includes('older.json'));
  o = await outcome(desk);
  eq(`${o.verified} ${statuses(o)}`, `unavailable ${expect({ checkpoints: 'unavailable', chain: 'unavailable' })}`,
    'a copy without checkpoints has that check not made, not failed, and the rest passes');
  check(/older|before this version/.test(o.details.checkpoints) && /no checkpoints/.test(o.text) && /blockchain/.test(o.text),
    'the page says the copy holds no checkpoints, and that the chain did not answer', `${o.details.checkpoints} | ${o.text}`);
  eq(JSON.stringify(o.checkpoints), JSON.stringify(replay.checkpoints), 'and lists the checkpoints it computed');
  await desk.unroute('**/api/chain/rpc');

  // --- the medium and large matches, through the host -------------------------------------------------
  for (const b of big) {
    const r = await rest('GET', `/api/sovereign/${b.gameId}/replay`);
    await desk.goto(`${base}/sovereign/verify?game=${b.gameId}`);
    o = await outcome(desk);
    eq(`${o.verified} ${statuses(o)}`, `pass ${expect({})}`,
      `${b.mapSize} map (seed ${b.mapSeed}, ${b.slots} places, ${b.tickMs} ms, ${r.endTick} ticks, ${r.endReason}): every check passes`);
    eq(`${o.inputHash} ${o.stateHash}`, `${r.inputHash} ${r.stateHash}`, `the ${b.mapSize} match's hashes are the host's`);
    eq(JSON.stringify(o.checkpoints), JSON.stringify(r.checkpoints), `and its ${r.checkpoints.length} checkpoints`);
  }

  // --- the page on its own: a file to choose or drop ---------------------------------------------------
  await desk.goto(`${base}/sovereign/verify`);
  await desk.waitForSelector('#drop-zone');
  eq(await desk.evaluate(() => document.body.dataset.stage), 'source', 'without a match named, the page asks for a replay file');
  check(!(await desk.isVisible('#login-card')) && !(await desk.isVisible('#verdict')), 'and asks nothing else');
  await shot(desk, 'sovereign-verify-start.png', false);
  await desk.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a replay') });
  await desk.waitForSelector('#source-error:not([hidden])');
  eq((await desk.textContent('#source-error')).trim(), 'notes.txt is not a JSON file.', 'a file that is not JSON is refused in plain words');

  // --- whole matches of bots, as files, against steward-verify ----------------------------------------
  const whole = [
    { mapSize: 'huge', slots: 100, botStrength: 'mixed', minutes: 20, tickMs: 50, seed: '5' },
    { mapSize: 'large', slots: 60, botStrength: 'hard', minutes: 15, tickMs: 25, seed: '123456789012345' },
    { mapSize: 'medium', slots: 24, botStrength: 'easy', minutes: 10, tickMs: 200, seed: '18446744073709551615', mapSeed: 999 },
  ];
  for (const w of whole) {
    const { seed, ...config } = w;
    const ticks = Math.ceil(config.minutes * 60000 / config.tickMs);
    const file = path.join(outDir, `sovereign-whole-${config.mapSize}-${seed}.json`);
    const made = { gameId: `whole-${config.mapSize}`, config, seed, contract: null, inputs: [
      { tick: 3, type: 'player.joined', version: 1, data: { playerId: 'p1', name: adaName, colour: 0, resumeHash: 'r' } },
      { tick: 5, type: 'sovereign.started', version: 1, data: {} },
      { tick: 5 + ticks + 2, type: 'sovereign.ended', version: 1, data: { reason: 'time', standings: [], inputHash: '' } },
    ] };
    fs.writeFileSync(file, JSON.stringify(made));
    const ran = computedBy((await stewardVerify(['--file', file, '--no-chain'])).out);
    Object.assign(made, { inputHash: ran.inputHash, stateHash: ran.stateHash, standings: ran.standings, endTick: ran.endTick,
      endReason: ran.endReason });
    fs.writeFileSync(file, JSON.stringify(made));
    const began = Date.now();
    if (config.mapSize === 'medium') {
      // Dropped on the page, as from a file manager.
      await desk.evaluate(([name, text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, [path.basename(file), JSON.stringify(made)]);
    } else {
      await desk.setInputFiles('#file', file);
    }
    if (config.mapSize === 'huge') {
      await desk.waitForFunction(() => document.querySelector('#progress').value > 0 && /played again/.test(document.querySelector('#progress-text').textContent),
        null, { timeout: 20000 });
      check(await desk.isVisible('#progress-card'), 'a long match shows its progress while it plays');
      await shot(desk, 'sovereign-verify-progress.png', false);
    }
    await desk.waitForFunction((name) => document.querySelector('#source-game').textContent.includes(name), path.basename(file));
    o = await outcome(desk, 120000);
    eq(`${o.verified} ${statuses(o)}`, `unavailable ${expect({ start: 'skip', frames: 'skip', checkpoints: 'unavailable', chain: 'skip' })}`,
      `${config.mapSize} map, ${config.slots} bots, ${config.minutes} min at ${config.tickMs} ms, seed ${seed}` +
      `${config.mapSize === 'medium' ? ' (dropped on the page)' : ''}: the page reaches steward-verify's result ` +
      `(${ran.endTick} ticks, ${ran.endReason}, ${((Date.now() - began) / 1000).toFixed(1)} s in the browser)`);
    eq(`${o.inputHash} ${o.stateHash}`, `${ran.inputHash} ${ran.stateHash}`, 'with steward-verify\'s hashes');
    check(/no checkpoints/.test(o.text) && !/blockchain/.test(o.text), 'the verdict says only the checkpoints were not checked', o.text);
    const every = 5000 / config.tickMs; // ticks in 5 s
    eq(o.checkpoints.length, 1 + Math.floor(ran.endTick / every), `the page computed a checkpoint each ${every} ticks`);
    // The page's checkpoints, written into the file, are the ones the C++ reaches.
    fs.writeFileSync(file, JSON.stringify({ ...made, checkpoints: o.checkpoints }));
    const again = computedBy((await stewardVerify(['--file', file, '--no-chain'])).out);
    check(again.checkpointsOk, `steward-verify reaches each of the ${o.checkpoints.length} checkpoints the page computed`);
  }
  await shot(desk, 'sovereign-verify-file.png');

  check(problems.length === 0, 'no uncaught page errors and no Content-Security-Policy violations', problems.join(' | '));
}

await runTest(main, { host, browser: () => browser, deadlineMs: 270000 });
