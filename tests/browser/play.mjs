#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of the Steward web client against a real steward-host, in headless Chromium.
//
//   node play.mjs /path/to/steward-host        (or STEWARD_HOST_BIN=/path/to/steward-host)
//
// Four players join one Beer Game team through the page, play three weeks by typing orders,
// and the test checks the numbers on screen against the rules (docs/protocol.md, SupplyChain.cpp)
// and the recorded history. Along the way: a reload, a refused token that falls back to the
// resume token, an order placed while the connection is down (sent exactly once afterwards),
// a seat handed to a bot from the facilitator page, the end screen, and the CSV download.
// Two more students join team 2: one (a German browser) leaves her seat from the page, the
// other's seat is freed from the facilitator page.
// Screenshots go to $STEWARD_TEST_OUTPUT (default ./test-output). Exit 77 = skipped.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, runTest, shot, stewardHost, testOutputDir,
  watchPage as watchPageInto,
} from './harness.mjs';

const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('play.mjs');
const outDir = testOutputDir();

// ------------------------------------------------------------------------------------------
// The host

const host = stewardHost({ bin: hostBin, tmpPrefix: 'steward-browser-' });
const { dataDir, password, rest, restRefusal } = host; // rest() signs as the facilitator (host.token)
let base = '';

// ------------------------------------------------------------------------------------------
// The players

const ROLES = ['retailer', 'wholesaler', 'distributor', 'factory'];
const NAMES = { retailer: 'Ada', wholesaler: 'Grace', distributor: 'Linus', factory: 'Margaret' };
const ORDERS = { retailer: 5, wholesaler: 6, distributor: 7, factory: 8 };
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 860 } };

const problems = []; // uncaught page errors and CSP violations, from every page

const watchPage = (page, label) => watchPageInto(page, problems, label);

async function text(page, sel) {
  return (await page.locator(sel).textContent({ timeout: 5000 }))?.trim() ?? '';
}
async function num(page, sel) {
  return Number((await text(page, sel)).replace(/[,\s]/g, ''));
}
async function waitWeek(page, week, timeout = 15000) {
  await page.waitForFunction((w) => document.body.dataset.screen === 'play'
    && document.querySelector('#week')?.textContent.trim() === String(w), week, { timeout });
}
async function waitStatus(page, pattern, timeout = 15000) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#status')?.textContent || ''),
    pattern.source, { timeout });
}
async function placeOrder(page, quantity) {
  await page.fill('#order-quantity', String(quantity));
  await page.click('#order-button');
}

let browser = null;

async function main() {
  base = await host.start();
  log(`host at ${base}, data in ${dataDir}`);

  const signin = await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '');
  host.token = signin.token;
  check(typeof host.token === 'string' && host.token.length > 20, 'facilitator signs in over REST');
  // Team 2 has no players once its two students are gone: it only moves when the facilitator
  // advances, so team 1's numbers below do not depend on it.
  const created = await rest('POST', '/api/games/create', { kind: 'beer', config: { teams: 2 } });
  const { gameId, joinCode } = created;
  check(/^[A-Z0-9]{4,16}$/.test(joinCode), `game created with join code ${joinCode}`);

  // --- the web client's files ------------------------------------------------------------
  // The addresses users know, the shared files and a kind's folder (/app/<kind>/<file>);
  // nothing else: no other depth, no folder but lower-case letters, no dotfiles, no "..".
  // Raw requests: a URL parser would take the ".." out before the host sees it.
  {
    const { hostname, port } = new URL(base);
    const get = (urlPath) => new Promise((resolve, reject) => {
      http.get({ hostname, port, path: urlPath }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, type: String(res.headers['content-type'] || ''), csp: String(res.headers['content-security-policy'] || '') });
      }).on('error', reject);
    });
    const served = [['/', 'text/html'], ['/rounds', 'text/html'], ['/verify', 'text/html'], ['/facilitator', 'text/html'],
      ['/app/common.js', 'text/javascript'], ['/app/session.js', 'text/javascript'], ['/app/beer/player.js', 'text/javascript'],
      ['/app/rounds/facilitator.js', 'text/javascript'], ['/app/rounds/player.css', 'text/css'], ['/app/favicon.svg', 'image/svg+xml']];
    const wrong = [];
    for (const [urlPath, type] of served) {
      const r = await get(urlPath);
      if (r.status !== 200 || !r.type.startsWith(type) || !r.csp.startsWith("default-src 'self'")) wrong.push(`${urlPath}: ${r.status} ${r.type}`);
    }
    eq(wrong.join(', '), '', 'the pages, the shared files and the kinds\' files are served, with their type and the CSP');
    const refused = [];
    for (const urlPath of ['/app/Beer/player.js', '/app/be-er/player.js', '/app/beer/.player.js', '/app/beer/..',
      '/app/../beer/player.js', '/app/%2E%2E/strings.js', '/app/..%2Fstrings.js', '/app/beer/..%5Cstrings.js',
      '/app/beer/%2E%2E%2Fstrings.js', '/app/beer/rounds/player.js', '/app/beer/', '/app/nosuch/player.js', '/app/.hidden']) {
      const r = await get(urlPath);
      if (r.status !== 404) refused.push(`${urlPath}: ${r.status}`);
    }
    eq(refused.join(', '), '', 'a wrong folder, a dotfile, "..", a backslash or a deeper path: 404');
  }

  browser = await launchChromium(chromium);

  // --- join -------------------------------------------------------------------------------
  const players = {};
  for (const role of ROLES) {
    const context = await browser.newContext(role === 'retailer' ? PHONE : DESKTOP);
    const page = await context.newPage();
    watchPage(page, role);
    players[role] = { context, page, frames: [] };
  }

  // The wholesaler's WebSocket runs through a switch so the test can cut it and keep it cut.
  const wire = { blocked: false, live: null };
  await players.wholesaler.page.routeWebSocket(/\/ws$/, (ws) => {
    if (wire.blocked) {
      ws.close({ code: 4000, reason: 'test: offline' });
      return;
    }
    const server = ws.connectToServer();
    wire.live = ws;
    ws.onMessage((m) => { players.wholesaler.frames.push(String(m)); server.send(m); });
    server.onMessage((m) => ws.send(m));
    ws.onClose((code, reason) => server.close({ code, reason }));
    server.onClose((code, reason) => ws.close({ code, reason }));
  });

  for (const role of ROLES) {
    const { page } = players[role];
    await page.goto(`${base}/?code=${joinCode}`);
    await page.waitForSelector('#screen-join:not([hidden])');
    eq(await page.inputValue('#join-code'), joinCode, `${role}: join code prefilled from ?code=`);
    await page.fill('#name', NAMES[role]);
    // The join form shows the code's seats: those taken by classmates who joined first are greyed out.
    await page.waitForSelector('#seat-picker:not([hidden])');
    const taken = await page.$$eval('#seat-grid button:disabled', (bs) => bs.map((b) => b.dataset.seat));
    eq(taken.join(','), ROLES.slice(0, ROLES.indexOf(role)).map((r) => '1-' + r).join(','),
      `${role}: the seats classmates took are shown taken`);
    check(await page.isHidden('#team'), `${role}: no team number to type when the seats are shown`);
    await page.click(`#seat-grid button[data-seat="1-${role}"]`);
    await page.press('#name', 'Enter'); // Enter submits the form
    await page.waitForSelector('body[data-screen="lobby"]', { timeout: 10000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.player')));
    check(stored && stored.token && stored.resumeToken && stored.gameId === gameId && stored.role === role
      && stored.team === 1 && stored.name === NAMES[role], `${role}: joined through the page, seat stored`);
  }
  check((await text(players.retailer.page, '#lobby-status')).includes('Waiting for the facilitator'),
    'lobby says it waits for the facilitator');
  await players.retailer.page.waitForFunction(
    (names) => names.every((n) => document.querySelector('#lobby-team').textContent.includes(n)),
    Object.values(NAMES), { timeout: 10000 });
  check(true, 'lobby lists every player of the team as they join');
  await shot(players.retailer.page, 'player-lobby-phone.png');

  // The seat picker on a fresh game: a seat taken while a student hesitates is refused with
  // SEAT_TAKEN and a word on what to do; "any free seat" takes the first one still free; a
  // rounds table's code sends the student to the rounds page.
  {
    const other = await rest('POST', '/api/games/create', { kind: 'beer', config: { teams: 2 } });
    const table = await rest('POST', '/api/games/create', { kind: 'rounds' });
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    watchPage(page, 'latecomer');
    await page.goto(`${base}/?code=${other.joinCode}`);
    await page.fill('#name', 'Alan');
    await page.waitForSelector('#seat-grid button[data-seat="2-factory"]');
    eq(await page.locator('#seat-grid button:not(:disabled)').count(), 8, 'a new game shows its eight seats free');
    await page.click('#join-button');
    eq(await page.getAttribute('#join-error', 'data-code'), 'PICK_A_SEAT', 'joining without a seat asks for one');
    await page.click('#seat-grid button[data-seat="1-retailer"]');
    eq(await text(page, '#seat-chosen'), 'Team 1, Retailer', 'the chosen seat is said in words');
    await rest('POST', '/api/games/join', { joinCode: other.joinCode, name: 'Zoe', team: 1, role: 'retailer' }, '');
    await page.click('#join-button');
    await page.waitForSelector('#join-error:not([hidden])', { timeout: 10000 });
    eq(await page.getAttribute('#join-error', 'data-code'), 'SEAT_TAKEN', 'a seat taken meanwhile is refused with SEAT_TAKEN');
    check(/taken/i.test(await text(page, '#join-error')) && /ask your teacher to free it/i.test(await text(page, '#join-error')),
      'the refusal says what to do if it is the student\'s own seat from another device');
    await page.waitForSelector('#seat-grid button[data-seat="1-retailer"]:disabled', { timeout: 10000 });
    check(true, 'the picker shows the seat taken at once');
    await shot(page, 'join-seat-taken-phone.png');
    await page.click('#any-seat');
    await page.click('#join-button');
    await page.waitForSelector('body[data-screen="lobby"]', { timeout: 10000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.player')));
    check(stored.team === 1 && stored.role === 'wholesaler', '"Any free seat" takes the first seat still free',
      JSON.stringify(stored));
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${base}/?code=${table.joinCode}`);
    await page.waitForURL(/\/rounds\?code=/, { timeout: 10000 });
    await page.waitForSelector('#screen-join:not([hidden])');
    eq(await page.inputValue('#join-code'), table.joinCode, 'a rounds table\'s code on the Beer join page goes to the rounds page');
    await context.close();
  }

  // Every text has its German and Spanish version; a Spanish browser gets the Spanish page.
  {
    const context = await browser.newContext({ ...DESKTOP, locale: 'es-ES' });
    const page = await context.newPage();
    watchPage(page, 'spanish');
    await page.goto(`${base}/?code=${joinCode}`);
    await page.waitForSelector('#screen-join:not([hidden])');
    const missing = await page.evaluate(async () => {
      // The modules the page itself loaded: the shared texts and the Beer Game's own.
      const shared = (await import('/app/strings.js')).STRINGS;
      const beer = (await import('/app/beer/strings.js')).STRINGS;
      const out = [];
      for (const [file, all] of [['strings.js', shared], ['beer/strings.js', beer]]) {
        for (const lang of ['de', 'es']) {
          for (const k of Object.keys(all.en)) if (!all[lang] || typeof all[lang][k] !== 'string' || !all[lang][k]) out.push(file + ' ' + lang + '.' + k);
          for (const k of Object.keys(all[lang] || {})) if (!(k in all.en)) out.push(file + ' ' + lang + '.' + k + ' (not in en)');
          const slots = (v) => JSON.stringify((String(v).match(/\{\w+\}/g) || []).sort());
          for (const k of Object.keys(all.en)) {
            if (all[lang] && k in all[lang] && slots(all[lang][k]) !== slots(all.en[k])) out.push(file + ' ' + lang + '.' + k + ' (other {slots})');
          }
        }
      }
      for (const k of Object.keys(beer.en)) if (k in shared.en) out.push('beer/strings.js en.' + k + ' (also shared)');
      return out;
    });
    eq(missing.join(', '), '', 'strings.js and beer/strings.js: de and es have every English key with the same {slots}, and no other');
    eq(await text(page, '#join-title'), 'Unirse a una partida', 'a Spanish browser gets the Spanish join form');
    await context.close();
  }

  // Two more students join team 2: Lena in a German browser (retailer), Yuki (wholesaler).
  const extra = {};
  {
    const context = await browser.newContext({ ...PHONE, locale: 'de-DE' });
    const page = await context.newPage();
    watchPage(page, 'lena');
    extra.lena = { context, page };
    await page.goto(`${base}/?code=${joinCode}`);
    await page.waitForSelector('#screen-join:not([hidden])');
    eq(await text(page, '#join-title'), 'Einem Spiel beitreten', 'a German browser (locale de-DE) gets the German join form');
    eq(await page.evaluate(() => document.documentElement.lang), 'de', 'the German page says lang="de"');
    await page.fill('#name', 'Lena');
    await page.click('#seat-grid button[data-seat="2-retailer"]');
    await page.click('#join-button');
    await page.waitForSelector('body[data-screen="lobby"]', { timeout: 10000 });
    eq(await text(page, '#lobby-title'), 'Du bist dabei!', 'the German lobby');
    check(await page.isVisible('#leave-open') && (await text(page, '#leave-open')) === 'Diesen Platz verlassen',
      'the lobby offers "Leave this seat" (in German)');
    await shot(page, 'player-lobby-de-phone.png');
  }
  {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    watchPage(page, 'yuki');
    extra.yuki = { context, page, released: 0 };
    // The host tells a freed seat's open WebSocket with a `seat.released` push (docs/protocol.md).
    page.on('websocket', (ws) => ws.on('framereceived', (f) => {
      if (String(f.payload).includes('"seat.released"')) extra.yuki.released += 1;
    }));
    await page.goto(`${base}/?code=${joinCode}`);
    await page.fill('#name', 'Yuki');
    await page.click('#seat-grid button[data-seat="2-wholesaler"]');
    await page.click('#join-button');
    await page.waitForSelector('body[data-screen="lobby"]', { timeout: 10000 });
    check(true, 'two more students join team 2');
  }

  // --- start ------------------------------------------------------------------------------
  await rest('POST', '/api/games/start', { gameId });
  for (const role of ROLES) await waitWeek(players[role].page, 1);
  check(true, 'all four pages switch to week 1 when the facilitator starts');

  // --- a message from the facilitator (the console's "Send to everyone") ------------------
  const sent = await rest('POST', '/api/sessions/message', { text: 'Orders close in two minutes' });
  check(sent.sent >= 4, `the message reaches every signed-in page (${sent.sent})`);
  {
    const page = players.retailer.page;
    await page.waitForSelector('#notice:not([hidden])', { timeout: 10000 });
    eq(await text(page, '#notice-text'), 'From your facilitator: Orders close in two minutes',
      'the player sees the facilitator\'s message on top of the page');
    await page.click('#notice-close');
    check(!(await page.isVisible('#notice')), 'OK closes the message');
  }
  // --- a pause: the page says so and the order form waits ---------------------------------
  {
    const page = players.retailer.page;
    eq((await rest('POST', '/api/games/pause', { gameId })).status, 'paused', 'the facilitator pauses the game');
    await page.waitForSelector('#paused-notice:not([hidden])', { timeout: 10000 });
    eq(await text(page, '#paused-notice'), 'The facilitator has paused the game. You can order again when it resumes.',
      'a paused game is explained on the player\'s page');
    check(await page.isDisabled('#order-button'), 'no order can be placed while paused');
    await rest('POST', '/api/games/resume', { gameId });
    await page.waitForSelector('#paused-notice', { state: 'hidden', timeout: 10000 });
    check(await page.isEnabled('#order-button'), 'resumed, the page takes orders again');
  }
  await waitWeek(extra.lena.page, 1);
  await waitWeek(extra.yuki.page, 1);
  eq(await text(players.retailer.page, '#cost-rule'), 'Each week: 0.50 per case in stock, 1.00 per case owed',
    'the cost rule is shown under the week\'s numbers');
  eq(await text(extra.lena.page, '#cost-rule'), 'Jede Woche: 0,50 pro Kiste im Lager, 1,00 pro Kiste im Rückstand',
    'the German page shows the cost rule with German numbers');

  // Lena joined the wrong seat and leaves it from the page, with a confirmation.
  {
    const { page } = extra.lena;
    const old = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.player')));
    await page.click('#leave-open');
    await page.waitForSelector('#leave-confirm:not([hidden])');
    check((await text(page, '#leave-title')).includes('Einzelhändler') && (await text(page, '#leave-title')).includes('Team 2'),
      'leaving asks first, naming the seat');
    await shot(page, 'player-leave-confirm-de-phone.png');
    await page.click('#leave-no');
    await page.waitForSelector('#leave-confirm', { state: 'hidden' });
    eq(await page.evaluate(() => document.body.dataset.screen), 'play', '"Stay" keeps the seat');
    await page.click('#leave-open');
    await page.click('#leave-yes');
    await page.waitForSelector('body[data-screen="join"]', { timeout: 10000 });
    eq(await page.inputValue('#join-code'), joinCode, 'after leaving: the join form, with the join code filled in');
    eq(await page.inputValue('#name'), 'Lena', 'after leaving: the name is filled in too');
    eq(await text(page, '#join-notice'), 'Du hast deinen Platz verlassen. Tritt mit dem richtigen Team und der richtigen Rolle erneut bei.',
      'after leaving: the page says so (in German)');
    eq(await page.evaluate(() => localStorage.getItem('steward.player')), null, 'after leaving: the stored seat is cleared');
    const refused = await restRefusal('GET', `/api/games/${gameId}`, undefined, old.token);
    eq(`${refused.status} ${refused.code}`, '401 TOKEN_INVALID', 'after leaving: the old token is refused over REST');
    const resumed = await restRefusal('POST', '/api/players/resume', { resumeToken: old.resumeToken }, '');
    eq(`${resumed.status} ${resumed.code}`, '401 RESUME_TOKEN_INVALID', 'after leaving: the old resume token is refused');
    await extra.yuki.page.waitForFunction(() => {
      const li = document.querySelector('#team-ordered li[data-role="retailer"]');
      return li && li.dataset.ordered === 'true' && /bot/.test(li.textContent);
    }, null, { timeout: 10000 });
    check(true, 'the team mate sees a bot in the left seat');

    // A page that still holds the old seat (restored from before) is told the seat was freed,
    // once, instead of trying again and again.
    let auths = 0;
    page.on('websocket', (ws) => ws.on('framesent', (f) => { if (String(f.payload).includes('"auth"')) auths += 1; }));
    await page.evaluate((s) => localStorage.setItem('steward.player', JSON.stringify(s)), old);
    await page.reload();
    await page.waitForSelector('#join-notice:not([hidden])', { timeout: 10000 });
    eq(await text(page, '#join-notice'), 'Die Spielleitung hat deinen Platz freigegeben – tritt erneut bei.',
      'a refused token and resume token: the join form says the seat was freed');
    await page.waitForTimeout(1500);
    check(auths === 2 && await page.evaluate(() => document.body.dataset.screen === 'join' && !localStorage.getItem('steward.player')),
      'and it stops there (token, then resume token, no more)', `auth frames: ${auths}`);
    await extra.lena.context.close();
  }
  {
    const p = players.retailer.page;
    eq(await num(p, '#inventory'), 12, 'retailer week 1: inventory 12');
    eq(await num(p, '#incoming-order'), 4, 'retailer week 1: customers ordered 4');
    eq(await num(p, '#incoming-shipment'), 4, 'retailer week 1: 4 arrived');
    eq(await num(p, '#week-cost'), 6, 'retailer week 1: cost 6 (0.5 x 12)');
    eq(await num(p, '#cumulative-cost'), 6, 'retailer week 1: cost so far 6');
    eq(await num(p, '#in-transit'), 8, 'retailer week 1: 8 on the way (start pipeline 4 + wholesaler shipped 4)');
    check((await text(p, '#order-label')).toLowerCase().includes('wholesaler'), 'retailer orders from the wholesaler');
  }
  eq(await num(players.factory.page, '#in-transit'), 8, 'factory week 1: 8 in production');
  check(/brew/i.test(await text(players.factory.page, '#order-label')), 'the factory is asked how much to brew');

  // --- week 1: everyone orders; the team view fills in --------------------------------------
  const order = ['retailer', 'wholesaler', 'distributor', 'factory'];
  for (const [i, role] of order.entries()) {
    const { page } = players[role];
    await placeOrder(page, ORDERS[role]);
    if (i < order.length - 1) {
      await waitStatus(page, /Order for week 1 sent .*waiting for your team/);
      await players.factory.page.waitForSelector(`#team-ordered li[data-role="${role}"][data-ordered="true"]`, { timeout: 10000 });
    }
  }
  check(true, 'week 1: each order is confirmed and shows up as ✓ on the team mates\' pages');
  // The host runs its own devnet: each player sees their order recorded on the blockchain.
  for (const role of order) {
    await players[role].page.waitForFunction(
      () => /week 1 order is on the blockchain \(transaction 0x[0-9a-f]{8}…[0-9a-f]{4}\)/.test(document.querySelector('#chain')?.getAttribute('aria-label') || ''),
      null, { timeout: 20000 });
    eq(await text(players[role].page, '#chain'), '✓ on the blockchain', `${role}: the blockchain line is a short mark`);
    check(/^0x[0-9a-f]{64}$/.test(await players[role].page.getAttribute('#chain', 'data-tx')), `${role}: the whole transaction hash is at hand`);
  }
  check(true, 'week 1: every player is told their order is on the blockchain, with its transaction');
  for (const role of ROLES) await waitWeek(players[role].page, 2);
  check(true, 'week 1 resolves for every page once the fourth order is in');
  {
    const p = players.retailer.page;
    eq(await num(p, '#inventory'), 12, 'retailer week 2: inventory 12');
    eq(await num(p, '#cumulative-cost'), 12, 'retailer week 2: cost so far 12 (6 + 6)');
    eq(await num(p, '#backlog'), 0, 'retailer week 2: no backlog');
    eq(await p.locator('#history-table tbody tr').count(), 1, 'retailer week 2: one week in the history table');
    eq(await text(p, '#history-table tbody tr:first-child td[data-col="order"]'), '5', 'retailer history shows the order 5');
  }
  await shot(players.retailer.page, 'player-retailer-week2-phone.png');

  // --- week 2: a reload, and a refused token that falls back to the resume token -----------
  await placeOrder(players.retailer.page, ORDERS.retailer);
  await waitStatus(players.retailer.page, /Order for week 2 sent/);
  {
    const { page } = players.distributor;
    await page.reload();
    await waitWeek(page, 2);
    check((await text(page, '#seat-label')).includes('Distributor'), 'a reloaded page comes back to its seat (distributor)');
    eq(await num(page, '#cumulative-cost'), 12, 'the reloaded page shows its numbers (cost so far 12)');
    await page.waitForSelector('#team-ordered li[data-role="retailer"][data-ordered="true"]');
    check(true, 'the reloaded page knows who has ordered');
  }
  {
    const { page } = players.factory;
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.player')).token);
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('steward.player'));
      s.token = s.token.slice(0, -6) + 'AAAAAA'; // a bad signature: TOKEN_INVALID
      localStorage.setItem('steward.player', JSON.stringify(s));
    });
    await page.reload();
    await waitWeek(page, 2);
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.player')).token);
    check(after !== before && !after.endsWith('AAAAAA'), 'a refused token is replaced through the resume token');
    const view = await rest('GET', `/api/games/${gameId}`, undefined, after);
    eq(view.role, 'factory', 'the new token is valid for the same seat');
  }
  for (const role of ['wholesaler', 'distributor', 'factory']) await placeOrder(players[role].page, ORDERS[role]);
  for (const role of ROLES) await waitWeek(players[role].page, 3);
  {
    const p = players.retailer.page;
    eq(await num(p, '#inventory'), 12, 'retailer week 3: inventory 12');
    eq(await num(p, '#cumulative-cost'), 18, 'retailer week 3: cost so far 18');
    const w = players.wholesaler.page;
    eq(await num(w, '#incoming-order'), 5, 'wholesaler week 3: receives the retailer\'s week-1 order of 5');
    eq(await num(w, '#inventory'), 11, 'wholesaler week 3: inventory 16 - 5 = 11');
    eq(await num(w, '#cumulative-cost'), 17.5, 'wholesaler week 3: cost so far 17.5');
  }

  // --- week 3: the wholesaler orders while the connection is down -------------------------
  {
    const { page, context, frames } = players.wholesaler;
    wire.blocked = true;
    await context.setOffline(true);
    await wire.live.close({ code: 1001, reason: 'test: connection lost' });
    await page.waitForSelector('#connection:not([hidden])', { timeout: 10000 });
    check(/reconnecting/i.test(await text(page, '#connection')), 'a dropped connection shows "reconnecting…"');
    await placeOrder(page, ORDERS.wholesaler);
    await waitStatus(page, /saved and will be sent/);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('steward.outbox')));
    check(kept && kept.quantity === ORDERS.wholesaler && kept.week === 3 && typeof kept.clientOrderId === 'string',
      'the order placed offline is kept in localStorage with its clientOrderId');
    await shot(page, 'player-wholesaler-offline-desktop.png');
    wire.blocked = false;
    await context.setOffline(false);
    await page.waitForSelector('#connection', { state: 'hidden', timeout: 20000 });
    await waitStatus(page, /Order for week 3 sent .*waiting for your team/);
    check(true, 'after the reconnect the kept order is sent and confirmed');
    const sent = frames.filter((f) => f.includes('"order.place"') && f.includes(kept.clientOrderId));
    eq(sent.length, 1, 'the kept order went over the wire exactly once');
    eq(await page.evaluate(() => localStorage.getItem('steward.outbox')), null, 'the outbox is empty once confirmed');
    await players.retailer.page.waitForSelector('#team-ordered li[data-role="wholesaler"][data-ordered="true"]');
    check(true, 'the team mates see the wholesaler\'s order');
  }
  for (const role of ['retailer', 'distributor', 'factory']) await placeOrder(players[role].page, ORDERS[role]);
  for (const role of ROLES) await waitWeek(players[role].page, 4);
  check(true, 'week 3 resolves: every page shows week 4');

  // Week 4, by hand from the rules (shipping and order delay 2, production delay 3, start 12/4):
  const week4 = {
    retailer: { inventory: 12, backlog: 0, cost: 24, incomingShipment: 4, incomingOrder: 4, inTransit: 10 },
    wholesaler: { inventory: 10, backlog: 0, cost: 22.5, incomingShipment: 4, incomingOrder: 5, inTransit: 12 },
    distributor: { inventory: 8, backlog: 0, cost: 21, incomingShipment: 4, incomingOrder: 6, inTransit: 14 },
    factory: { inventory: 10, backlog: 0, cost: 21.5, incomingShipment: 8, incomingOrder: 7, inTransit: 16 },
  };
  for (const role of ROLES) {
    const p = players[role].page;
    const e = week4[role];
    const got = {
      inventory: await num(p, '#inventory'), backlog: await num(p, '#backlog'), cost: await num(p, '#cumulative-cost'),
      incomingShipment: await num(p, '#incoming-shipment'), incomingOrder: await num(p, '#incoming-order'),
      inTransit: await num(p, '#in-transit'),
    };
    eq(JSON.stringify(got), JSON.stringify(e), `${role} week 4: the page shows the numbers the rules give`);
    eq(await p.locator('#history-table tbody tr').count(), 3, `${role} week 4: three weeks in the history table`);
  }
  await shot(players.retailer.page, 'player-retailer-week4-phone.png');
  await shot(players.factory.page, 'player-factory-week4-desktop.png');

  // --- the recorded history ---------------------------------------------------------------
  {
    const h = await rest('GET', `/api/analytics/gameHistory?gameId=${encodeURIComponent(gameId)}`);
    const weeks = h.teams?.[0]?.weeks ?? [];
    eq(weeks.length, 3, 'gameHistory has three resolved weeks');
    for (const w of weeks) {
      const orders = Object.fromEntries(ROLES.map((r) => [r, w.roles[r].order]));
      eq(JSON.stringify(orders), JSON.stringify(ORDERS), `gameHistory week ${w.week}: the typed orders`);
      check(ROLES.every((r) => w.roles[r].orderedBy === 'player'), `gameHistory week ${w.week}: every order by a player`);
    }
    eq(weeks[0]?.roles.retailer.cumulativeCost, 6, 'gameHistory week 1: retailer cost 6');
    eq(weeks[2]?.roles.wholesaler.inventory, 11, 'gameHistory week 3: wholesaler inventory 11');
  }

  // --- the facilitator page ---------------------------------------------------------------
  const facContext = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  const fac = await facContext.newPage();
  watchPage(fac, 'facilitator');
  await fac.goto(`${base}/facilitator`);
  await fac.fill('#password', 'wrong-' + password);
  await fac.click('#login-button');
  await fac.waitForSelector('#login-error:not([hidden])');
  check(/password|credential|user/i.test(await text(fac, '#login-error')), 'facilitator page: a wrong password is refused');
  await fac.fill('#password', password);
  await fac.press('#password', 'Enter');
  await fac.waitForSelector(`#games-table button[data-open="${gameId}"]`, { timeout: 10000 });
  check(true, 'facilitator page: signs in and lists the game');
  await shot(fac, 'facilitator-games-desktop.png');
  await fac.click(`#games-table button[data-open="${gameId}"]`);
  await fac.waitForFunction((names) => {
    const t = document.querySelector('#teams-table tbody')?.textContent || '';
    return names.every((n) => t.includes(n));
  }, Object.values(NAMES), { timeout: 10000 });
  eq(await text(fac, '#join-code-big'), joinCode, 'facilitator page: the join code is shown');
  eq(await text(fac, '#join-url'), `${base}/?code=${joinCode}`, 'facilitator page: the join link is shown');
  // This host listens on 127.0.0.1 only: the page says why students cannot reach it.
  check((await text(fac, '#join-warning')).startsWith('The host listens on this computer only'),
    'facilitator page: a host bound to loopback says students cannot reach it');
  await fac.waitForSelector('#live.live', { timeout: 10000 });
  check(true, 'facilitator page: live view subscribed over the WebSocket');
  await shot(fac, 'facilitator-game-desktop.png');

  // Bots never keep a team waiting: a bot seat reads "ready", a player who has not ordered "waiting".
  {
    const cell = (team, role) => `#teams-table tr[data-team="${team}"] td[data-role="${role}"]`;
    check((await text(fac, cell(2, 'retailer'))).includes('✓ ready'), 'facilitator page: a bot-played seat reads "✓ ready"');
    check((await text(fac, cell(2, 'wholesaler'))).includes('… waiting'), 'facilitator page: a player who has not ordered reads "waiting"');
    eq(await fac.locator(`${cell(2, 'retailer')} button`).count(), 0, 'facilitator page: no seat buttons where nobody plays');

    // Yuki's seat is freed from the facilitator page, after a confirmation.
    await fac.click(`${cell(2, 'wholesaler')} button[data-action="free"]`);
    await fac.waitForSelector(`${cell(2, 'wholesaler')} button[data-action="free-yes"]`);
    check((await text(fac, cell(2, 'wholesaler'))).includes('Free this seat? Yuki will have to join again.'),
      'facilitator page: "Free seat" asks first');
    await shot(fac, 'facilitator-free-confirm-desktop.png');
    await fac.click(`${cell(2, 'wholesaler')} button[data-action="free-yes"]`);
    const { page } = extra.yuki;
    await page.waitForSelector('body[data-screen="join"]', { timeout: 10000 });
    eq(await text(page, '#join-notice'), 'Your seat was freed by the facilitator — join again.',
      'the freed student\'s page ends on the join form, saying why');
    eq(await page.inputValue('#join-code'), joinCode, 'the freed student\'s join form has the join code');
    eq(extra.yuki.released, 1, 'the freed student\'s page was told by a seat.released push');
    eq(await page.evaluate(() => localStorage.getItem('steward.player')), null, 'the freed student\'s stored seat is cleared');
    await shot(page, 'player-seat-freed-desktop.png');
    await fac.waitForFunction((sel) => {
      const td = document.querySelector(sel);
      return td && !td.querySelector('button') && /ready/.test(td.textContent);
    }, cell(2, 'wholesaler'), { timeout: 10000 });
    check((await text(fac, '#game-message')).includes('Freed the Wholesaler seat of team 2 (Yuki)'),
      'facilitator page: the freed seat is a bot\'s now, and the page says what happened');
    await extra.yuki.context.close();
  }

  // Hand the factory to a bot from the page; the factory's page says so; give it back.
  const factoryButton = '#teams-table tr[data-team="1"] td[data-role="factory"] button[data-action="bot"]';
  await fac.click(factoryButton);
  await players.factory.page.waitForSelector('#bot-notice:not([hidden])', { timeout: 10000 });
  check(await players.factory.page.isDisabled('#order-button'), 'a seat handed to a bot cannot order, and is told why');
  await fac.waitForFunction((sel) => /Give back/.test(document.querySelector(sel)?.textContent || ''), factoryButton);
  await fac.click(factoryButton);
  await players.factory.page.waitForSelector('#bot-notice', { state: 'hidden', timeout: 10000 });
  check(await players.factory.page.isEnabled('#order-button'), 'given back, the factory can order again');

  // CSV download through the button (fetch with the token, then a blob).
  {
    const [download] = await Promise.all([fac.waitForEvent('download', { timeout: 10000 }), fac.click('#download-csv')]);
    const file = path.join(outDir, 'history.csv');
    await download.saveAs(file);
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
    check(download.suggestedFilename().endsWith('.csv'), 'CSV download: a .csv file');
    check(lines[0].startsWith('team,week,customerDemand,role'), 'CSV download: the header row');
    eq(lines.length, 1 + 3 * 4, 'CSV download: 3 weeks x 4 roles');
  }

  // --- play to the end: the facilitator advances, bots fill in --------------------------------
  {
    // Team 2 (bots only now) is still in week 1: bring it to week 4 alone, then advance both.
    for (let w = 1; w < 4; w += 1) await rest('POST', '/api/games/advance', { gameId, team: 2 });
    const weeks = created.state?.config?.weeks ?? 36;
    for (let w = 4; w <= weeks; w += 1) await rest('POST', '/api/games/advance', { gameId });
    for (const role of ROLES) {
      await players[role].page.waitForSelector('body[data-screen="end"]', { timeout: 15000 });
    }
    check(true, `after week ${weeks} every page shows the end screen`);
    const h = await rest('GET', `/api/analytics/gameHistory?gameId=${encodeURIComponent(gameId)}`);
    const teamCost = h.teams[0].teamCost;
    eq(await num(players.retailer.page, '#team-cost'), Math.round(teamCost * 100) / 100, 'the end screen shows the team cost');
    for (const role of ROLES) {
      const last = h.teams[0].weeks.at(-1).roles[role].cumulativeCost;
      eq(await num(players.retailer.page, `#results-table td[data-cost="${role}"]`), Math.round(last * 100) / 100,
        `the end screen shows the ${role}'s cost`);
    }
    const painted = await players.retailer.page.evaluate(() => {
      const c = document.querySelector('#results-chart');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink += 1;
      return { w: c.width, ink };
    });
    check(painted.w > 0 && painted.ink > 1000, 'the bullwhip chart is drawn on the canvas', JSON.stringify(painted));
    eq(await players.retailer.page.locator('#results-legend li').count(), 5, 'the chart legend has 4 roles + demand');
    for (const [role, width] of [['retailer', 'phone'], ['distributor', 'desktop']]) {
      // Week labels evenly apart after the first ("1, 2, 4, 6" read as a mistake).
      const labels = (await players[role].page.getAttribute('#results-chart', 'data-week-labels')).split(',').map(Number);
      const gaps = labels.slice(1).map((w, i) => w - labels[i]);
      const rest = gaps.slice(1);
      check(labels[0] === 1 && labels.length >= 3 && rest.every((g) => g === rest[0])
        && (gaps[0] === rest[0] || (rest[0] >= 5 && gaps[0] === rest[0] - 1)),
        `the chart's week labels are evenly apart on a ${width}`, labels.join(','));
    }
    check(await players.retailer.page.isHidden('#leave-box'), 'the end screen does not offer to leave the seat');
    await shot(players.retailer.page, 'player-retailer-end-phone.png');
    await shot(players.distributor.page, 'player-distributor-end-desktop.png');
    await fac.waitForFunction(() => document.querySelector('#game-status')?.textContent.includes('finished'));
    await shot(fac, 'facilitator-finished-desktop.png');
  }

  // --- a player signs in with an Ethereum wallet instead of a name -------------------------
  // The page's wallet (window.ethereum) is a stand-in whose key is an ethers Wallet here in Node:
  // the web client asks it for the account and for a personal_sign, as it would MetaMask.
  {
    let ethers = null;
    try {
      ethers = await import(new URL('../../tools/chain/node_modules/ethers/lib.esm/index.js', import.meta.url));
    } catch (e) {
      log('ethers is not installed in tools/chain: the wallet sign-in is not checked');
    }
    if (ethers) {
      eq(await players.retailer.page.isVisible('#wallet-join'), false, 'without a wallet the page offers no wallet sign-in');
      const wallet = new ethers.Wallet('0x' + crypto.randomBytes(32).toString('hex'));
      const game = await rest('POST', '/api/games/create', { kind: 'beer', config: { teams: 1 } });
      const context = await browser.newContext(PHONE);
      await context.exposeFunction('stewardTestWallet', async (method, params) => {
        if (method === 'eth_requestAccounts') return [wallet.address];
        if (method === 'personal_sign') return wallet.signMessage(ethers.getBytes(params[0]));
        throw new Error(`unsupported ${method}`);
      });
      await context.addInitScript(() => {
        window.ethereum = { request: ({ method, params }) => window.stewardTestWallet(method, params || []) };
      });
      const page = await context.newPage();
      watchPage(page, 'wallet');
      await page.goto(`${base}/?code=${game.joinCode}`);
      await page.waitForSelector('#wallet-join-wrap:not([hidden])');
      await page.click('#seat-grid button[data-seat="1-distributor"]');
      await page.click('#wallet-join');
      await page.waitForSelector('body[data-screen="lobby"]', { timeout: 10000 });
      const short = wallet.address.slice(0, 6) + '…' + wallet.address.slice(-4);
      check((await text(page, 'body')).includes(short), `a wallet joins with no name typed and is shown as ${short}`);
      const view = await rest('GET', `/api/games/${game.gameId}`);
      eq(view.teams[0].roles.distributor.name, short, 'the facilitator sees the wallet\'s short address in the seat');
      await shot(page, 'player-wallet-lobby-phone.png');
      await context.close();
    }
  }

  check(problems.length === 0, 'no uncaught page errors and no Content-Security-Policy violations', problems.join(' | '));
}

await runTest(main, { host, browser: () => browser });
