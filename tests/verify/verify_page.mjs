#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The /verify page in headless Chromium against a real steward-host on its own anvil devnet:
// a rounds table (one round a second) takes a bet with a client seed over WebSocket; once that
// round is revealed on chain the page, opened as /verify?game=…&round=…, shows the number and
// all seven checks passed (its log decoding through the host's relay). A record tampered on
// the way (page.route) shows ✗ on the checks that catch it; an unsettled round and an unknown
// table are explained; no page error or CSP violation.
//
//   node verify_page.mjs /path/to/steward-host      exit 0 passed, 1 failed, 77 skipped
// Needs /usr/bin/chromium, tests/browser/node_modules (npm install there) and tools/chain.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  CHROMIUM, check, eq, hostBinFromArgs, launchChromium, log, passed, failed, skip, sleep, started, stewardHost,
  testOutputDir, watchPage,
} from '../browser/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
if (!fs.existsSync(CHROMIUM)) skip(`${CHROMIUM} is missing`);
const playwrightEntry = path.join(repo, 'tests/browser/node_modules/playwright-core/index.mjs');
const wsEntry = path.join(repo, 'tools/chain/node_modules/ws/wrapper.mjs');
if (!fs.existsSync(playwrightEntry)) skip('tests/browser/node_modules/playwright-core is missing (npm install there)');
if (!fs.existsSync(wsEntry) || !fs.existsSync(path.join(repo, 'tools/chain/node_modules/.bin/anvil'))) {
  skip('tools/chain is not installed (run scripts/setup)');
}
const { chromium } = await import(playwrightEntry);
const { WebSocket } = await import(wsEntry);
const hostBin = hostBinFromArgs('verify_page.mjs');
const outDir = testOutputDir();

// ---- the host, with its devnet

const host = stewardHost({
  bin: hostBin,
  tmpPrefix: 'steward-verify-page-',
  args: ['--secrets', 'file'],
  env: { STEWARD_CHAIN_TOOLS: path.join(repo, 'tools/chain') },
  listenTimeoutMs: 30000,
  killAfterMs: 8000,
});
const { password } = host;
const rest = host.restStatus; // { status, json }, as the facilitator (host.token) unless told
let base = '';

// A LAN player's bet over the WebSocket, as the web client sends it.
function betOverWebSocket(playerToken, bet) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base.replace('http', 'ws') + '/ws');
    const timer = setTimeout(() => { ws.terminate(); reject(new Error('no answer to the bet')); }, 10000);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', id: 1, data: { token: playerToken } })));
    ws.on('message', (raw) => {
      const m = JSON.parse(String(raw));
      if (m.re === 1 && m.type === 'ok') ws.send(JSON.stringify({ type: 'bet.place', id: 2, data: bet }));
      else if (m.re === 1) { clearTimeout(timer); ws.close(); reject(new Error('auth refused: ' + JSON.stringify(m))); }
      if (m.re === 2) { clearTimeout(timer); ws.close(); resolve(m); }
    });
    ws.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

let browser = null;
const problems = [];
try {
  base = await host.start();
  log('host at ' + base);
  const signin = await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '');
  host.token = signin.json && signin.json.token;
  check(typeof host.token === 'string', 'the facilitator signs in');
  let stage = '';
  for (let i = 0; i < 120 && stage !== 'running'; i++) {
    stage = (await rest('GET', '/api/chain/status')).json?.stage;
    if (stage !== 'running') await sleep(500);
  }
  eq(stage, 'running', 'the devnet runs');

  const game = await rest('POST', '/api/games/create', { kind: 'rounds', config: { periodMs: 1000, bettingMs: 600 } });
  eq(game.status, 200, 'a rounds table is created');
  const gameId = game.json.gameId;
  const joined = await rest('POST', '/api/games/join', { joinCode: game.json.joinCode, name: 'Ada', team: 1, role: 'player' }, '');
  eq(joined.status, 200, 'a player joins');
  let betRound = 0;
  for (let i = 0; i < 20 && !betRound; i++) {
    const reply = await betOverWebSocket(joined.json.token,
      { betId: 'web' + i, type: 'exact', pick: 7, stake: 250, clientSeed: 'ü✓|browser' });
    if (reply.type === 'ok') betRound = reply.data.round;
    else await sleep(200);
  }
  check(betRound > 0, 'a bet is accepted', 'no round took the bet');

  // Until that round is revealed on chain.
  let record = null;
  for (let i = 0; i < 120; i++) {
    const r = await rest('GET', `/api/rounds/${gameId}/${betRound}`, undefined, '');
    if (r.status === 200 && typeof r.json.revealTx === 'string') { record = r.json; break; }
    await sleep(500);
  }
  check(record !== null, `round ${betRound} is revealed on chain`);
  eq(record.bets.length, 1, 'its record lists the bet');
  log(`round ${betRound} revealed`);

  browser = await launchChromium(chromium);
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  watchPage(page, problems);
  const statuses = () => page.$$eval('#checks li', (lis) => lis.map((li) => li.dataset.status[0]).join(''));
  const verified = async () => {
    await page.waitForFunction(() => document.body.dataset.verified, null, { timeout: 20000 });
    return page.evaluate(() => document.body.dataset.verified);
  };

  // The honest round: every check passes.
  await page.goto(`${base}/verify?game=${encodeURIComponent(gameId)}&round=${betRound}`);
  eq(await verified(), 'pass', 'the page finds the round fair');
  eq(await statuses(), 'ppppppp', 'all seven checks pass, the chain ones through the relay');
  eq((await page.textContent('#number')).trim(), String(record.number).padStart(2, '0'), 'the number is shown big');
  check((await page.textContent('#verdict')).includes('Everything checks out'), 'the verdict is in plain words');
  check((await page.textContent('#checks')).includes('The promise came before anyone could bet'), 'checks are explained');
  check((await page.textContent('#bets')).includes('ü✓|browser'), 'the bet and its client seed are listed');
  eq(await page.inputValue('#game'), gameId, 'the form holds the game id from the address');
  await page.screenshot({ path: path.join(outDir, 'verify-pass.png'), fullPage: true });

  // The same record tampered on its way to the page: a different number.
  await page.route('**/api/rounds/**', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.number = (json.number + 37) % 100;
    await route.fulfill({ response, json });
  });
  await page.reload();
  eq(await verified(), 'fail', 'a tampered number is caught');
  eq(await statuses(), 'ppfppff', 'checks 3, 6 and 7 fail on it');
  await page.screenshot({ path: path.join(outDir, 'verify-fail.png'), fullPage: true });
  await page.unroute('**/api/rounds/**');

  // Typed into the form: a round not played yet, and a table that does not exist.
  await page.goto(`${base}/verify`);
  await page.fill('#game', gameId);
  await page.fill('#round', '999999');
  await page.click('#check-button');
  await page.waitForSelector('#form-error:not([hidden])');
  check((await page.textContent('#form-error')).includes('not finished yet'), 'an unsettled round is explained');
  check(page.url().endsWith(`round=999999`), 'the address follows the form');
  await page.fill('#game', 'no-such-table');
  await page.fill('#round', '1');
  await page.click('#check-button');
  await page.waitForFunction(() => /no rounds table/.test(document.querySelector('#form-error').textContent));
  check(true, 'an unknown table is explained');
  check(problems.length === 0, 'no page error and no CSP violation', problems.join('; '));
} catch (e) {
  check(false, 'the run', e && e.stack ? e.stack : String(e));
  for (const l of host.log.slice(-30)) console.log('# host: ' + l);
} finally {
  if (browser) await browser.close();
  await host.stop();
  host.removeDataDir();
}
console.log(`${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
