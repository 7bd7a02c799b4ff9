#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of Sovereign Lines' web client (/sovereign, /sovereign/screen and its part of the
// facilitator page) against a real steward-host, in headless Chromium.
//
//   node sovereign.mjs /path/to/steward-host        (or STEWARD_HOST_BIN=/path/to/steward-host)
//
// The facilitator creates a small match on map seed 7 with four places and no bots. Four
// students join through the page (Ada on a laptop, Bo on a laptop asking for MessagePack frames
// with ?encoding=msgpack, Cy on a phone, Di on a German laptop), pick their starts by clicking
// the map (one too close to another's start first) and a colour; the facilitator opens the big
// screen from the facilitator page and starts the match over REST. Each player expands into a
// neutral neighbour by clicking its region, then the target; Ada clicks a region that does not
// border hers (the NOT_NEIGHBOUR sentence, shown by the page without sending a command the host
// would flag), sends 1 % of too few troops (the host's NOT_ENOUGH_TROOPS) and takes Bo's start. The host's view says who
// owns what afterwards; with the match paused, the JSON page and the MessagePack page draw the
// same regions as the host's view. Cy and Di ally through the panel; the facilitator ends the
// match and every page shows the standings. The MessagePack module is checked against reference
// byte vectors. Screenshots go to $STEWARD_TEST_OUTPUT (default ./test-output). Exit 77 = skipped.

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, runTest, shot, sleep, stewardHost, testOutputDir,
  watchPage as watchPageInto,
} from './harness.mjs';

const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('sovereign.mjs');
testOutputDir();

const host = stewardHost({ bin: hostBin, tmpPrefix: 'steward-sovereign-browser-', args: ['--no-chain'] });
const { dataDir, password, rest } = host; // rest() signs as the facilitator (host.token)
let base = '';
let browser = null;

const LAPTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const SCREEN = { viewport: { width: 1600, height: 900 } };

const problems = []; // uncaught page errors and CSP violations, from every page
const watchPage = (page, label) => watchPageInto(page, problems, label);

async function text(page, sel) {
  return ((await page.locator(sel).first().textContent({ timeout: 5000 })) ?? '').replace(/\u00a0/g, ' ').trim();
}

// The host's own view of the match (the facilitator's, as GET /api/games/{id} answers it).
let gameId = '';
const hostView = () => rest('GET', `/api/games/${gameId}`);
const owner = (view, region) => (view.regions[String(region)] || [-2])[0];
const troops = (view, region) => (view.regions[String(region)] || [0, 0])[1];

async function until(what, test, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await hostView();
    if (test(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// Where region `id`'s label is on the page (the map says where it draws it).
async function regionPoint(page, id) {
  await page.locator('#map').scrollIntoViewIfNeeded();
  const box = await page.locator('#map').boundingBox();
  const p = await page.$eval('#map', (c, r) => c.pointOfRegion(r), id);
  return { x: box.x + p.x, y: box.y + p.y };
}
async function clickRegion(page, id) {
  const p = await regionPoint(page, id);
  await page.mouse.click(p.x, p.y);
}
async function tapRegion(page, id) {
  const p = await regionPoint(page, id);
  await page.touchscreen.tap(p.x, p.y);
}
// The status line under the map once it says something new.
async function nextStatus(page, before) {
  await page.waitForFunction((b) => {
    const s = document.querySelector('#send-status');
    return s && s.textContent.trim() && s.textContent !== b;
  }, before, { timeout: 5000 });
  return { text: await text(page, '#send-status'), kind: await page.getAttribute('#send-status', 'data-kind'),
    code: await page.getAttribute('#send-status', 'data-code') };
}

async function join(page, code, name, query = '') {
  await page.goto(`${base}/sovereign?code=${code}${query}`);
  await page.waitForSelector('#screen-join:not([hidden])');
  await page.fill('#name', name);
  await page.press('#name', 'Enter');
  await page.waitForSelector('body[data-screen="game"]', { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('#map').shownState() !== null);
}

async function pickStart(page, region) {
  const before = (await page.textContent('#send-status')) || '';
  await clickRegion(page, region);
  return nextStatus(page, before);
}

// Clicks a quick share button (25, 50, 75 or 100 %).
async function share(page, pct, tap) {
  const button = page.locator(`.quick-shares button[data-share="${pct}"]`);
  if (tap) await button.tap();
  else await button.click();
}

// Reference vectors of the MessagePack specification (msgpack.org), as hex.
const VECTORS = [
  [{ compact: true, schema: 0 }, '82a7636f6d70616374c3a6736368656d6100'],
  [0, '00'], [127, '7f'], [128, 'cc80'], [255, 'ccff'], [256, 'cd0100'], [65535, 'cdffff'], [65536, 'ce00010000'],
  [4294967295, 'ceffffffff'], [4294967296, 'cf0000000100000000'], [-1, 'ff'], [-32, 'e0'], [-33, 'd0df'],
  [-128, 'd080'], [-129, 'd1ff7f'], [-32768, 'd18000'], [-32769, 'd2ffff7fff'], [-2147483648, 'd280000000'],
  [-2147483649, 'd3ffffffff7fffffff'], [1.5, 'cb3ff8000000000000'], [-0.25, 'cbbfd0000000000000'],
  [null, 'c0'], [false, 'c2'], [true, 'c3'], ['', 'a0'], ['a', 'a161'], ['é€', 'a5c3a9e282ac'],
  ['x'.repeat(31), 'bf' + '78'.repeat(31)], ['x'.repeat(32), 'd920' + '78'.repeat(32)],
  ['x'.repeat(256), 'da0100' + '78'.repeat(256)], [[], '90'], [[1, [2, 'c']], '92019202a163'],
  [new Array(16).fill(0), 'dc0010' + '00'.repeat(16)], [{}, '80'],
  [Object.fromEntries(Array.from({ length: 16 }, (x, i) => ['k' + i.toString(16), i])),
    'de0010' + Array.from({ length: 16 }, (x, i) => 'a26b' + i.toString(16).charCodeAt(0).toString(16) + i.toString(16).padStart(2, '0')).join('')],
];

async function main() {
  base = await host.start();
  log(`host at ${base}, data in ${dataDir}`);
  host.token = (await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '')).token;
  check(typeof host.token === 'string' && host.token.length > 20, 'facilitator signs in over REST');

  const created = await rest('POST', '/api/games/create', { kind: 'sovereign',
    config: { mapSize: 'small', mapSeed: 7, slots: 4, fillWithBots: false, minutes: 5 } });
  gameId = created.gameId;
  const joinCode = created.joinCode;
  check(/^[A-Z0-9]{4,16}$/.test(joinCode), `match created with join code ${joinCode}`);
  const map = created.state.map;
  eq(JSON.stringify(map.regions[4]), JSON.stringify(['plains', 11, 15, 6, [10, 18, 25, 29]]), 'map seed 7: region 4 as expected');
  eq(JSON.stringify(map.regions[29].slice(0, 2).concat([map.regions[29][4]])), JSON.stringify(['plains', 5, [4, 10, 13, 17, 21, 25]]),
    'map seed 7: region 29 as expected');

  for (const [path, type] of [['/sovereign', 'text/html'], ['/sovereign/screen', 'text/html'], ['/app/sovereign/player.js', 'text/javascript'],
    ['/app/sovereign/msgpack.js', 'text/javascript'], ['/app/sovereign/facilitator.js', 'text/javascript']]) {
    const r = await fetch(base + path);
    check(r.status === 200 && (r.headers.get('content-type') || '').startsWith(type), `GET ${path} serves ${type}`,
      `${r.status} ${r.headers.get('content-type')}`);
  }
  const kinds = await rest('GET', '/api/kinds');
  const sov = (kinds.kinds || []).find((k) => k.kind === 'sovereign');
  eq(JSON.stringify(sov && [sov.pages, sov.facilitator]),
    JSON.stringify([['/sovereign', '/sovereign/screen', '/sovereign/verify'], '/app/sovereign/facilitator.js']),
    'the host names the player page, the big screen, the match check and the facilitator part');

  browser = await launchChromium(chromium);

  // --- four students join ------------------------------------------------------------------
  const adaCtx = await browser.newContext(LAPTOP);
  const ada = await adaCtx.newPage();
  watchPage(ada, 'ada');
  const boCtx = await browser.newContext(LAPTOP);
  // Bo's frames pass through the test, to see which encoding they are in.
  const boWire = { binaryIn: 0, textIn: 0, binaryOut: 0, auth: null, attackFrame: null };
  await boCtx.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      if (typeof m === 'string') {
        if (/"type":"auth"/.test(m)) boWire.auth = JSON.parse(m);
      } else {
        boWire.binaryOut += 1;
        if (Buffer.from(m).includes(Buffer.from('sovereign.attack'))) boWire.attackFrame = Buffer.from(m);
      }
      server.send(m);
    });
    server.onMessage((m) => {
      if (typeof m === 'string') boWire.textIn += 1;
      else boWire.binaryIn += 1;
      ws.send(m);
    });
    ws.onClose((code, reason) => server.close({ code, reason }));
    server.onClose((code, reason) => ws.close({ code, reason }));
  });
  const bo = await boCtx.newPage();
  watchPage(bo, 'bo');
  const cyCtx = await browser.newContext(PHONE);
  const cy = await cyCtx.newPage();
  watchPage(cy, 'cy');
  const diCtx = await browser.newContext({ ...LAPTOP, locale: 'de-DE' });
  const di = await diCtx.newPage();
  watchPage(di, 'di');

  await ada.goto(`${base}/sovereign?code=${joinCode}`);
  await ada.waitForSelector('#screen-join:not([hidden])');
  eq(await ada.inputValue('#join-code'), joinCode, 'join form: the code comes from ?code=');
  eq(await text(ada, '#join-title'), 'Join the match', 'join form: English title');
  await ada.fill('#name', 'Ada');
  await ada.press('#name', 'Enter');
  await ada.waitForSelector('body[data-screen="game"]', { timeout: 10000 });
  eq(await ada.getAttribute('body', 'data-phase'), 'lobby', 'Ada is in the lobby');
  const stored = await ada.evaluate(() => JSON.parse(sessionStorage.getItem('steward.sovereign')));
  check(stored && stored.token && stored.resumeToken && stored.gameId === gameId, 'the seat is kept in sessionStorage');
  // Alone in the lobby, Ada takes colour 3 instead of 0.
  await ada.click('#colours button[data-colour="3"]');
  await ada.waitForSelector('#colours button[data-colour="3"][aria-pressed="true"]');
  eq((await hostView()).players['0'].colour, 3, 'Ada picks colour 3 in the lobby');
  await join(bo, joinCode, 'Bo', '&encoding=msgpack');
  await join(cy, joinCode, 'Cy');
  await join(di, joinCode, 'Di');
  eq(await text(di, '#phase-title'), 'Wähle deinen Start', 'a German browser gets the German page');

  // --- the MessagePack module against reference vectors, in the page --------------------------
  {
    const results = await ada.evaluate(async (vectors) => {
      const mp = await import('/app/sovereign/msgpack.js');
      const hex = (u) => Array.from(u, (b) => b.toString(16).padStart(2, '0')).join('');
      const bytes = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
      const out = [];
      for (const [value, h] of vectors) {
        const enc = hex(mp.encode(value));
        const dec = JSON.stringify(mp.decode(bytes(h)));
        if (enc !== h) out.push(`encode ${JSON.stringify(value).slice(0, 40)}: ${enc.slice(0, 60)}`);
        if (dec !== JSON.stringify(value)) out.push(`decode ${h.slice(0, 40)}: ${dec.slice(0, 60)}`);
      }
      // Beyond the vectors: 64-bit integers, float32, bin, and what the decoder refuses.
      if (mp.decode(bytes('cfffffffffffffffff')) !== 18446744073709551615n) out.push('uint64 max');
      if (mp.decode(bytes('ca3fc00000')) !== 1.5) out.push('float32');
      if (hex(mp.decode(bytes('c403010203'))) !== '010203') out.push('bin8');
      for (const bad of ['c1', 'c0c0', 'a3616263ff', 'd9']) {
        try { mp.decode(bytes(bad)); out.push('accepted ' + bad); } catch { /* refused, as it should */ }
      }
      // The host's JSON view, through both directions.
      const view = await (await fetch('/api/games/' + JSON.parse(sessionStorage.getItem('steward.sovereign')).gameId, {
        headers: { Authorization: 'Bearer ' + JSON.parse(sessionStorage.getItem('steward.sovereign')).token } })).json();
      if (JSON.stringify(mp.decode(mp.encode(view))) !== JSON.stringify(view)) out.push('the view does not round-trip');
      return out;
    }, VECTORS);
    eq(results.join('; '), '', `msgpack.js: ${VECTORS.length} reference vectors encode and decode byte for byte, and a view round-trips`);
  }

  // --- the lobby: starts and colours --------------------------------------------------------
  let s = await pickStart(ada, 4);
  eq(s.text, 'You start in region 4.', 'Ada picks region 4 by clicking it on the map');
  await ada.waitForFunction(() => /region 4/.test(document.querySelector('#lobby-start').textContent));
  eq(await text(ada, '#lobby-start'), 'You start in region 4 (plains, 11 hexes).', 'the lobby card says where she starts');
  s = await pickStart(bo, 29);
  eq(s.code, 'START_TOO_CLOSE', 'Bo clicks region 29, next to Ada\'s start: refused');
  eq(s.text, 'Region 29 borders another player’s start: pick one further away.', 'with the START_TOO_CLOSE sentence');
  s = await pickStart(bo, 13);
  eq(s.text, 'You start in region 13.', 'Bo (MessagePack) picks region 13');
  // Cy on the phone: zoom in with two fingers first, then tap.
  {
    const before = Number(await cy.getAttribute('#map', 'data-scale'));
    // Around region 9, which stays where it is.
    const at = await regionPoint(cy, 9);
    const cdp = await cyCtx.newCDPSession(cy);
    const cx = at.x;
    const cyy = at.y;
    const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', { type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx, y: cyy - 30 - d, id: 0 }, { x: cx, y: cyy + 30 + d, id: 1 }] });
    await touch('touchStart', 0);
    for (let d = 10; d <= 80; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await cy.waitForTimeout(100);
    const after = Number(await cy.getAttribute('#map', 'data-scale'));
    check(after > before * 1.8, `phone: pinching out zooms the map in (${before} → ${after} px a hex)`);
    const moved = await regionPoint(cy, 9);
    check(Math.hypot(moved.x - at.x, moved.y - at.y) < 4, 'around the point between the fingers');
  }
  {
    const p = await regionPoint(cy, 9);
    const before = (await cy.textContent('#send-status')) || '';
    await cy.touchscreen.tap(p.x, p.y);
    s = await nextStatus(cy, before);
    eq(s.text, 'You start in region 9.', 'Cy picks region 9 with a tap');
  }
  s = await pickStart(di, 34);
  eq(s.text, 'Du startest in Region 34.', 'Di picks region 34 (in German)');
  await bo.waitForSelector('#colours button[data-colour="3"]');
  check(await bo.isDisabled('#colours button[data-colour="3"]')
    && await bo.getAttribute('#colours button[data-colour="0"]', 'aria-pressed') === 'true',
  'on Bo\'s page, Ada\'s colour 3 is taken and his own is 0, the lowest free one');
  await ada.waitForFunction(() => document.querySelectorAll('#lobby-players li').length === 4);
  eq(await text(ada, '#lobby-players-title'), 'Joined: 4 of 4', 'the lobby lists four players');
  await shot(ada, 'sovereign-lobby-laptop.png', false);

  let view = await hostView();
  const num = {};
  for (const [n, p] of Object.entries(view.players)) num[p.name] = Number(n);
  eq(JSON.stringify(['Ada', 'Bo', 'Cy', 'Di'].map((n) => view.players[num[n]].start)), JSON.stringify([4, 13, 9, 34]),
    'the host has the four starts picked on the pages');

  // --- the big screen, opened from the facilitator page --------------------------------------
  const facCtx = await browser.newContext(SCREEN);
  const fac = await facCtx.newPage();
  watchPage(fac, 'facilitator');
  await fac.goto(`${base}/facilitator`);
  await fac.fill('#username', 'admin');
  await fac.fill('#password', password);
  await fac.click('#login-button');
  await fac.waitForSelector(`#games-table tr[data-game-id="${gameId}"]`, { timeout: 10000 });
  const row = fac.locator(`#games-table tr[data-game-id="${gameId}"]`);
  eq((await row.locator('td').first().textContent()).trim(), 'Sovereign Lines', 'facilitator list: the kind\'s label');
  eq((await row.locator('td').nth(2).textContent()).trim(), '4 / 4', 'facilitator list: players / places');
  await fac.selectOption('#create-kind', 'sovereign');
  eq(JSON.stringify(await fac.$$eval('#sov-map-size option', (os) => os.map((o) => o.value))), JSON.stringify(['small', 'medium', 'large', 'huge']),
    'facilitator create form: the four map sizes');
  check(await fac.isVisible('#sov-slots') && await fac.isVisible('#sov-minutes') && await fac.isVisible('#sov-bots') && await fac.isChecked('#sov-fill'),
    'facilitator create form: places, minutes, bots and filling with bots');
  await row.locator('button').click();
  await fac.waitForSelector('#sov-open-screen');
  await fac.waitForFunction(() => /Pick your start/.test(document.querySelector('#sov-fac-phase')?.textContent || ''));
  eq(await fac.locator('#sov-fac-players tbody tr').count(), 4, 'facilitator view: the four players');
  const [screen] = await Promise.all([facCtx.waitForEvent('page'), fac.click('#sov-open-screen')]);
  watchPage(screen, 'screen');
  await screen.waitForSelector('body[data-screen="show"]', { timeout: 10000 });
  eq(new URL(screen.url()).pathname + new URL(screen.url()).search, `/sovereign/screen?code=${joinCode}`, 'the big screen opens at /sovereign/screen?code=');
  eq(await text(screen, '#show-code'), joinCode, 'the big screen, signed in from the facilitator page, shows the join code');
  check((await text(screen, '#show-url')).endsWith(`/sovereign?code=${joinCode}`), 'and the address students open', await text(screen, '#show-url'));
  await screen.waitForFunction(() => document.querySelectorAll('#show-lobby li').length === 4);
  eq(await text(screen, '#show-joined'), '4 of 4 joined', 'and who has joined');
  await shot(screen, 'sovereign-screen-lobby.png', false);
  {
    // Without the facilitator's token the screen asks for the password.
    const other = await browser.newContext(SCREEN);
    const page = await other.newPage();
    await page.goto(`${base}/sovereign/screen?code=${joinCode}`);
    await page.waitForSelector('#screen-login:not([hidden])');
    check(true, 'the big screen opened without the facilitator\'s token asks to sign in');
    await other.close();
  }

  // --- the match starts ------------------------------------------------------------------------
  await rest('POST', '/api/games/start', { gameId });
  for (const [name, page] of [['Ada', ada], ['Bo', bo], ['Cy', cy], ['Di', di], ['the screen', screen]]) {
    await page.waitForSelector('body[data-phase="running"]', { timeout: 10000 });
    check(true, `${name}: the match is running`);
  }
  view = await hostView();
  eq(JSON.stringify([4, 13, 9, 34].map((r) => [owner(view, r), troops(view, r) >= 30])),
    JSON.stringify([[num.Ada, true], [num.Bo, true], [num.Cy, true], [num.Di, true]]), 'each start is its player\'s with 30 troops or more');

  // Ada: region 4, then the neutral plains 29 (5 troops) with half of hers.
  let before = (await ada.textContent('#send-status')) || '';
  await clickRegion(ada, 4);
  await ada.waitForFunction(() => /From region 4/.test(document.querySelector('#selection').textContent));
  await clickRegion(ada, 29);
  s = await nextStatus(ada, before);
  check(/^\d+ troops march from region 4 on region 29: they arrive in [\d.]+ s\.$/.test(s.text) && s.kind === 'ok',
    'Ada clicks region 4, then 29: the attack leaves', s.text);
  view = await until('region 29 to be Ada\'s', (v) => owner(v, 29) === num.Ada);
  check(true, 'the host\'s view: region 29 is Ada\'s now');
  // Not a neighbour: region 21 does not border region 4.
  before = s.text;
  await clickRegion(ada, 21);
  s = await nextStatus(ada, before);
  eq(s.code, 'NOT_NEIGHBOUR', 'Ada clicks region 21, which does not border 4: refused');
  eq(s.text, 'Region 21 does not border region 4: troops only go to a neighbouring region.', 'with the NOT_NEIGHBOUR sentence');
  eq(s.kind, 'error', 'shown as an error');
  // The page says it itself: the host flags a player whose client sends such a command.
  const flags = (await rest('GET', '/api/flags')).flags || [];
  eq(flags.length, 0, 'the page did not send it: nobody is flagged for tampering');
  await shot(ada, 'sovereign-error-laptop.png', false);
  // Everything from 4 into 29 (her own: a move).
  await share(ada, 100);
  before = s.text;
  await clickRegion(ada, 29);
  s = await nextStatus(ada, before);
  check(/^\d+ troops move from region 4 to region 29/.test(s.text), 'clicking her own neighbour moves troops there', s.text);
  await until('Ada\'s troops in 29', (v) => troops(v, 29) >= 30 && Object.keys(v.marches).length === 0);
  // A refusal by the host: 1 % of the few troops left in 4 is less than one troop.
  await ada.locator('#share').fill('1');
  eq(await text(ada, '#share-value'), '1 %', 'the share slider set to 1 %');
  before = s.text;
  await clickRegion(ada, 18);
  s = await nextStatus(ada, before);
  eq(s.code, 'NOT_ENOUGH_TROOPS', 'Ada sends 1 % of region 4 into 18: the host refuses');
  check(s.kind === 'error' && s.text === 'Region 4 has too few troops: one always stays behind.', 'with the NOT_ENOUGH_TROOPS sentence', s.text);
  await share(ada, 100);

  // Bo (MessagePack): everything from 13 into the neutral plains 21.
  await share(bo, 100);
  before = (await bo.textContent('#send-status')) || '';
  await clickRegion(bo, 13);
  await clickRegion(bo, 21);
  s = await nextStatus(bo, before);
  check(/^\d+ troops march from region 13 on region 21/.test(s.text), 'Bo attacks region 21 from 13', s.text);
  // Ada at once: from 29 on Bo's start 13, which has one troop left.
  await ada.focus('#map');
  await ada.keyboard.press('Escape');
  await ada.waitForFunction(() => /Tap one of your regions/.test(document.querySelector('#selection').textContent));
  await clickRegion(ada, 29);
  before = s.text;
  await clickRegion(ada, 13);
  s = await nextStatus(ada, before);
  check(/^\d+ troops march from region 29 on region 13/.test(s.text), 'Ada attacks Bo\'s start, region 13', s.text);
  await bo.waitForFunction((a) => Object.values(document.querySelector('#map').shownState().marches || {})
    .some((m) => m[0] === a && m[2] === 13 && m[5] === true), num.Ada, { timeout: 3000 }).then(
    () => check(true, 'Bo\'s map shows Ada\'s march on region 13'),
    () => check(false, 'Bo\'s map shows Ada\'s march on region 13'));
  view = await until('regions 21 and 13 to change hands', (v) => owner(v, 21) === num.Bo && owner(v, 13) === num.Ada);
  check(true, 'the host\'s view: region 21 is Bo\'s, and Bo\'s start 13 is Ada\'s');

  // Cy on the phone: 100 % from 9 into the forest 28 (22 troops, defence × 1.25) once it has grown.
  await until('Cy\'s troops in 9', (v) => troops(v, 9) >= 40);
  await share(cy, 100, true);
  before = (await cy.textContent('#send-status')) || '';
  await tapRegion(cy, 9);
  await tapRegion(cy, 28);
  s = await nextStatus(cy, before);
  check(/^\d+ troops march from region 9 on region 28/.test(s.text), 'Cy taps region 9, then 28', s.text);
  // Di (German): 100 % from 34 into the forest 32 (16 troops).
  await share(di, 100);
  before = (await di.textContent('#send-status')) || '';
  await clickRegion(di, 34);
  await clickRegion(di, 32);
  s = await nextStatus(di, before);
  check(/^\d+ Truppen ziehen von Region 34 gegen Region 32/.test(s.text), 'Di attacks region 32 (German)', s.text);
  await di.keyboard.press('Escape');
  view = await until('regions 28 and 32 to change hands', (v) => owner(v, 28) === num.Cy && owner(v, 32) === num.Di);
  check(true, 'the host\'s view: region 28 is Cy\'s and 32 is Di\'s');

  // Map controls: the wheel, the keyboard and dragging.
  {
    await ada.focus('#map');
    await ada.keyboard.press('Escape');
    const scale0 = Number(await ada.getAttribute('#map', 'data-scale'));
    const p = await regionPoint(ada, 4);
    await ada.mouse.move(p.x, p.y);
    await ada.mouse.wheel(0, -400);
    await ada.waitForTimeout(100);
    const scale1 = Number(await ada.getAttribute('#map', 'data-scale'));
    check(scale1 > scale0 * 1.3, `the mouse wheel zooms in (${scale0} → ${scale1})`);
    await ada.focus('#map');
    await ada.keyboard.press('-');
    const scale2 = Number(await ada.getAttribute('#map', 'data-scale'));
    check(scale2 < scale1, `"-" zooms out (${scale1} → ${scale2})`);
    const q0 = await regionPoint(ada, 4);
    await ada.keyboard.press('ArrowLeft');
    const q1 = await regionPoint(ada, 4);
    check(q1.x > q0.x, 'the arrow keys pan the map');
    await ada.mouse.move(q1.x, q1.y);
    await ada.mouse.down();
    await ada.mouse.move(q1.x - 60, q1.y - 30, { steps: 5 });
    await ada.mouse.up();
    const q2 = await regionPoint(ada, 4);
    check(Math.abs(q2.x - (q1.x - 60)) < 2 && Math.abs(q2.y - (q1.y - 30)) < 2, 'dragging moves the map with the mouse');
    eq(await ada.evaluate(() => document.querySelector('#selection .selected-title') === null), true, 'a drag selects nothing');
    await ada.keyboard.press('0');
  }

  // Alliances: Cy asks Di, Di accepts.
  await cy.locator(`#allies li[data-player="${num.Di}"] button`).tap();
  await di.waitForSelector(`#allies li[data-player="${num.Cy}"] button[data-key="accept-${num.Cy}"]`, { timeout: 5000 });
  await di.click(`#allies li[data-player="${num.Cy}"] button`);
  await until('Cy and Di to be allies', (v) => (v.players[num.Cy].allies || []).includes(num.Di));
  await cy.waitForSelector(`#allies li[data-player="${num.Di}"].is-ally`, { timeout: 5000 });
  check(true, 'Cy asks Di for an alliance through the panel, Di accepts: the host has them allied');

  // --- the JSON page and the MessagePack page draw what the host says ---------------------------
  await rest('POST', '/api/games/pause', { gameId });
  view = await hostView();
  const settled = async (page) => {
    await page.waitForFunction((tick) => document.querySelector('#map').shownState().tick === tick, view.tick, { timeout: 5000 });
    return page.$eval('#map', (c) => { const st = c.shownState(); return { regions: st.regions, marches: st.marches, tick: st.tick }; });
  };
  const adaShown = await settled(ada);
  const boShown = await settled(bo);
  eq(JSON.stringify(boShown.regions), JSON.stringify(adaShown.regions), `paused at tick ${view.tick}: the MessagePack page shows the same regions as the JSON page`);
  eq(JSON.stringify(adaShown.regions), JSON.stringify(view.regions), 'and both are the host\'s view');
  eq(JSON.stringify(boShown.marches), JSON.stringify(view.marches), 'the marches too');
  check(boWire.auth && boWire.auth.data && boWire.auth.data.encoding === 'msgpack', 'Bo\'s page asked for MessagePack at sign-in (a JSON auth frame)');
  check(boWire.binaryIn > 10 && boWire.textIn === 0, `the host sent Bo's page binary frames only (${boWire.binaryIn})`);
  check(boWire.attackFrame && boWire.attackFrame[0] >= 0x80 && boWire.attackFrame[0] <= 0x8f,
    'and Bo\'s page sent its attack as a MessagePack map');
  await rest('POST', '/api/games/resume', { gameId });

  // --- screenshots of a match under way ---------------------------------------------------------
  await clickRegion(ada, 29);
  await ada.waitForTimeout(600);
  await shot(ada, 'sovereign-player-laptop.png', false);
  await cy.evaluate(() => window.scrollTo(0, 0));
  await shot(cy, 'sovereign-player-phone.png', false);
  await screen.waitForFunction(() => document.querySelectorAll('#show-board li').length === 4);
  eq(await screen.locator('#show-board li').first().getAttribute('data-player'),
    String(Object.entries(view.players).sort((a, b) => b[1].hexes - a[1].hexes || b[1].troops - a[1].troops)[0][0]),
    'the big screen\'s leaderboard starts with the player who holds most land');
  await shot(screen, 'sovereign-screen.png', false);
  await shot(di, 'sovereign-player-de.png', false);

  // --- the end ----------------------------------------------------------------------------------
  await rest('POST', '/api/games/end', { gameId });
  view = await until('the end', (v) => v.phase === 'over');
  const first = view.result.standings[0];
  for (const [name, page] of [['Ada', ada], ['Bo', bo], ['Cy', cy], ['Di', di]]) {
    await page.waitForSelector('body[data-phase="over"]', { timeout: 10000 });
    await page.waitForFunction(() => document.querySelectorAll('#standings tbody tr').length === 4);
    eq(await page.locator('#standings tbody tr').first().getAttribute('data-player'), String(first.player),
      `${name}: the standings start with ${first.name}, as the host's result`);
  }
  eq(await text(ada, '#over-reason'), 'The host ended the match.', 'the reason is given');
  const place = view.result.standings.findIndex((r) => r.player === num.Ada) + 1;
  eq(await text(ada, '#over-place'), `Your place: ${place} of 4.`, 'Ada is told her place');
  await shot(ada, 'sovereign-standings-laptop.png', false);
  await shot(cy, 'sovereign-standings-phone.png', true);
  await screen.waitForSelector('#show-over:not([hidden])');
  eq(await text(screen, '#show-winner'), `${first.name} wins!`, 'the big screen names the winner');
  await shot(screen, 'sovereign-screen-standings.png', false);

  // --- a huge map travels compressed ------------------------------------------------------------
  {
    const huge = await rest('POST', '/api/games/create', { kind: 'sovereign', config: { mapSize: 'huge', mapSeed: 3, slots: 2, fillWithBots: false } });
    const page = await facCtx.newPage();
    watchPage(page, 'huge screen');
    const wire = { auth: null, compressed: [], text: 0 };
    await page.routeWebSocket(/\/ws$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => {
        if (typeof m === 'string' && /"type":"auth"/.test(m)) wire.auth = JSON.parse(m);
        server.send(m);
      });
      server.onMessage((m) => {
        if (typeof m === 'string') wire.text += 1;
        else if (Buffer.from(m)[0] === 0x78) wire.compressed.push(Buffer.from(m).length);
        ws.send(m);
      });
      ws.onClose((code, reason) => server.close({ code, reason }));
      server.onClose((code, reason) => ws.close({ code, reason }));
    });
    await page.goto(`${base}/sovereign/screen?code=${huge.joinCode}`);
    await page.waitForSelector('body[data-screen="show"], #screen-login:not([hidden])', { timeout: 10000 });
    if (await page.isVisible('#screen-login')) { // the token is the facilitator tab's own
      await page.fill('#password', password);
      await page.click('#login-button');
    }
    await page.waitForSelector('body[data-screen="show"]', { timeout: 10000 });
    await page.waitForFunction(() => (document.querySelector('#show-map').shownState() || {}).mapWidth === 80, null, { timeout: 10000 });
    const shown = await page.$eval('#show-map', (c) => c.shownState());
    eq(shown.mapHexes, 80 * 52, 'the big screen draws a huge map of 80 × 52 hexes');
    eq(wire.auth && wire.auth.data && wire.auth.data.compression, 'zlib', 'the page asked for compressed frames at sign-in');
    check(wire.compressed.length >= 1 && wire.compressed[0] < 16000,
      `the view with the map came as a compressed binary frame (${wire.compressed.join(', ')} bytes), the rest as text (${wire.text})`);
    await page.close();
  }

  // --- texts ------------------------------------------------------------------------------------
  const missing = await di.evaluate(async () => {
    const out = [];
    const slots = (v) => JSON.stringify((String(v).match(/\{\w+\}/g) || []).sort());
    const shared = (await import('/app/strings.js')).STRINGS;
    const own = (await import('/app/sovereign/strings.js')).STRINGS;
    for (const lang of Object.keys(shared)) {
      if (!own[lang]) { out.push('sovereign/strings.js has no ' + lang); continue; }
      for (const k of Object.keys(own.en)) {
        if (typeof own[lang][k] !== 'string' || !own[lang][k]) out.push(lang + '.' + k);
        else if (slots(own[lang][k]) !== slots(own.en[k])) out.push(lang + '.' + k + ' (other {slots})');
      }
      for (const k of Object.keys(own[lang])) if (!(k in own.en)) out.push(lang + '.' + k + ' (not in en)');
    }
    for (const k of Object.keys(own.en)) if (k in shared.en) out.push('en.' + k + ' (also shared)');
    return out;
  });
  eq(missing.join(', '), '', 'sovereign/strings.js: every language of strings.js has every English key with the same {slots}');

  check(problems.length === 0, 'no uncaught page errors and no Content-Security-Policy violations', problems.join(' | '));
}

await runTest(main, { host, browser: () => browser });
