#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of the web facilitator page (/facilitator) against a real steward-host listening
// on every network, in headless Chromium, as a teacher would use it on the host's own computer:
//
//   node facilitator.mjs /path/to/steward-host        (or STEWARD_HOST_BIN=/path/to/steward-host)
//
// - the join card shows the host's LAN address (never localhost) and its QR code;
// - a Beer Game and a rounds table side by side: each listed in its own terms, each with its
//   own view and its own join path;
// - the create form offers the kinds the host names (/api/kinds), each with its own fields;
// - "advance" one team after a confirmation, leaving the other; pause and resume; the
//   projector view hides every team's stock; a #game= link opens that game while the page is
//   open; deleting a table asks first;
// - nothing overflows a 390 px phone.
// Screenshots go to $STEWARD_TEST_OUTPUT (default ./test-output). Exit 77 = skipped.

import os from 'node:os';

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, runTest, shot, stewardHost, testOutputDir,
  watchPage as watchPageInto,
} from './harness.mjs';

const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('facilitator.mjs');
testOutputDir();

const host = stewardHost({ bin: hostBin, tmpPrefix: 'steward-facilitator-browser-', args: ['--no-chain', '--bind', '0.0.0.0'] });
const { password, rest } = host;
let base = '';
let browser = null;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const problems = [];
const watchPage = (page, label) => watchPageInto(page, problems, label);

async function text(page, sel) {
  return ((await page.locator(sel).first().textContent({ timeout: 5000 })) ?? '').replace(/\u00a0/g, ' ').trim();
}

// This computer's LAN addresses, as the host should offer them: IPv4, not loopback, not link-local.
function lanAddresses() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list || []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push(a.address);
    }
  }
  return out;
}

async function signIn(page) {
  await page.goto(`${base}/facilitator`);
  await page.fill('#password', password);
  await page.press('#password', 'Enter');
  await page.waitForSelector('body[data-screen="list"]', { timeout: 10000 });
}

async function pageWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function main() {
  base = await host.start();
  log(`host at ${base}`);
  host.token = (await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '')).token;
  const port = new URL(base).port;

  const beer = await rest('POST', '/api/games/create', { kind: 'beer', config: { preset: 'shortDemo', teams: 2 } });
  const rounds = await rest('POST', '/api/games/create', { kind: 'rounds', config: { periodMs: 4000, bettingMs: 3000 } });
  for (const [name, team, role] of [['Ada', 1, 'retailer'], ['Ben', 2, 'factory']]) {
    await rest('POST', '/api/games/join', { joinCode: beer.joinCode, name, team, role }, '');
  }

  // The host offers its LAN addresses, never its loopback.
  const lan = lanAddresses();
  const offered = (await rest('GET', '/api/host/join')).addresses;
  eq(JSON.stringify(offered), JSON.stringify(lan.map((a) => `http://${a}:${port}/`)),
    'the host offers this computer\'s LAN addresses for joining');

  browser = await launchChromium(chromium);
  const desk = await (await browser.newContext(DESKTOP)).newPage();
  watchPage(desk, 'desktop');
  await signIn(desk);
  await desk.waitForSelector(`#games-table tr[data-game-id="${rounds.gameId}"]`);
  {
    const row = await text(desk, `#games-table tr[data-game-id="${rounds.gameId}"]`);
    check(row.includes('Rounds table') && /\d+ rounds/.test(row) && !row.includes('undefined'),
      'the list shows a rounds table in its own terms', row);
    const beerRow = await text(desk, `#games-table tr[data-game-id="${beer.gameId}"]`);
    check(beerRow.includes('Beer Game') && beerRow.includes('2 / 8') && beerRow.includes('1 / 12'),
      'the list shows the Beer Game with its players and week', beerRow);
  }
  await shot(desk, 'facilitator-list-two-kinds-desktop.png');

  // --- the list is live: the lobby channel brings what changes elsewhere -------------------
  // (The page asks over REST only while its socket is offline, so only the push can show these.)
  {
    const third = await rest('POST', '/api/games/create', { kind: 'beer', config: { preset: 'shortDemo', teams: 1 } });
    await desk.waitForSelector(`#games-table tr[data-game-id="${third.gameId}"]`, { timeout: 5000 });
    check((await text(desk, `#games-table tr[data-game-id="${third.gameId}"]`)).includes('0 / 4'),
      'a game created elsewhere appears in the open list, with no players yet');
    await rest('POST', '/api/games/join', { joinCode: third.joinCode, name: 'Cleo', team: 1, role: 'wholesaler' }, '');
    await desk.waitForFunction((id) => {
      const row = document.querySelector(`#games-table tr[data-game-id="${id}"]`);
      return row && row.textContent.includes('1 / 4');
    }, third.gameId, { timeout: 5000 });
    log('ok  a player joining elsewhere shows in the open list');
    await rest('POST', '/api/games/delete', { gameId: third.gameId });
    await desk.waitForSelector(`#games-table tr[data-game-id="${third.gameId}"]`, { state: 'detached', timeout: 5000 });
    log('ok  a game deleted elsewhere leaves the open list');
  }

  // --- the create form offers the kinds the host runs, each with its own fields -------------
  {
    const offered = (await rest('GET', '/api/kinds')).kinds.map((k) => k.kind);
    const choices = await desk.$$eval('#create-kind option', (os) => os.map((o) => o.value));
    eq(choices.join(','), offered.join(','), 'the create form offers exactly the kinds the host names in /api/kinds');
    await desk.selectOption('#create-kind', 'beer');
    eq(await text(desk, '#create-title'), 'New Beer Game', 'the Beer Game brings its own create form');
    await desk.selectOption('#preset', 'shortDemo');
    await desk.fill('#teams', '3');
    await desk.click('#create-button');
    await desk.waitForSelector('#teams-table tbody tr[data-team="3"]', { timeout: 10000 });
    const made = (await rest('GET', '/api/games')).games.filter((g) => g.kind === 'beer' && g.gameId !== beer.gameId);
    eq(made.length, 1, 'the form created one Beer Game');
    const v = await rest('GET', `/api/games/${made[0].gameId}`);
    eq(`${v.teams.length} teams, ${v.config.weeks} weeks`, '3 teams, 12 weeks', 'the Beer Game has the form\'s teams and preset');
    await desk.click('#back-to-list');
    await desk.waitForSelector('body[data-screen="list"]');
    await desk.selectOption('#create-kind', 'rounds');
    eq(await text(desk, '#create-title'), 'New rounds table', 'a rounds table has its own title in the create form');
    eq(await desk.locator('#preset').count(), 0, 'the Beer Game\'s fields go with it');
    await desk.click('#create-button');
    await desk.waitForSelector('#rounds-current', { timeout: 10000 });
    eq((await rest('GET', '/api/games')).games.filter((g) => g.kind === 'rounds').length, 2, 'the form created a rounds table');
    await desk.click('#back-to-list');
    await desk.waitForSelector('body[data-screen="list"]');
  }

  // --- the Beer Game: the join card points at the LAN, with a QR code ----------------------
  await desk.click(`#games-table button[data-open="${beer.gameId}"]`);
  await desk.waitForSelector('#teams-table tbody tr[data-team="2"]');
  await desk.waitForSelector('#live.live', { timeout: 10000 });
  const joinUrl = await text(desk, '#join-url');
  if (lan.length > 0) {
    eq(joinUrl, `http://${lan[0]}:${port}/?code=${beer.joinCode}`, 'the join link is the host\'s LAN address, not localhost');
    await desk.waitForFunction(() => { const i = document.querySelector('#join-qr'); return i && !i.hidden && i.complete && i.naturalWidth > 0; });
    const src = await desk.getAttribute('#join-qr', 'src');
    eq(decodeURIComponent(src.split('url=')[1]), joinUrl, 'the QR code encodes the join link');
    const svg = await (await fetch(base + src)).text();
    check(svg.startsWith('<svg') && svg.includes('<path'), 'the QR code is an SVG drawing');
    eq((await host.restStatus('GET', '/api/join/qr.svg?url=' + encodeURIComponent('http://evil.example/'), undefined, '')).status,
      400, 'the host draws only its own join links');
    eq(await desk.isVisible('#join-address'), lan.length > 1, 'a choice of address only when there are several');
  } else {
    check(await desk.isVisible('#join-warning'), 'with no LAN address the page says so');
  }
  check(!joinUrl.includes('localhost') && !joinUrl.includes('127.0.0.1'), 'the projected link is never localhost', joinUrl);

  // --- start, then advance team 2 alone after a confirmation -------------------------------
  await desk.click('#start-game');
  await desk.waitForSelector('#advance-week:visible', { timeout: 10000 });
  await desk.selectOption('#advance-which', '2');
  await desk.click('#advance-week');
  await desk.waitForSelector('#confirm-box:not([hidden])');
  const question = await text(desk, '#confirm-text');
  check(question.includes('team 2') && /Bots order/.test(question) && question.includes('Other teams are not touched'),
    'advancing one team says what it does and asks first', question);
  await shot(desk, 'facilitator-advance-confirm-desktop.png');
  await desk.click('#confirm-yes');
  await desk.waitForFunction(() => /Team 2 moved/.test(document.querySelector('#game-message')?.textContent || ''));
  {
    const v = await rest('GET', `/api/games/${beer.gameId}`);
    eq(v.teams.map((t) => t.week).join(','), '1,2', 'only team 2 moved to week 2');
  }
  await desk.waitForFunction(() => /Week 2/.test(document.querySelector('#teams-table tr[data-team="2"] .teamcell')?.textContent || ''));
  check(true, 'the page shows team 2 in week 2 and team 1 still in week 1');
  await shot(desk, 'facilitator-game-desktop.png');
  // "every team" asks too, and Cancel does nothing.
  await desk.selectOption('#advance-which', '0');
  await desk.click('#advance-week');
  check((await text(desk, '#confirm-text')).includes('every team'), 'advancing every team asks first');
  await desk.click('#confirm-no');
  eq((await rest('GET', `/api/games/${beer.gameId}`)).teams.map((t) => t.week).join(','), '1,2', 'Cancel advances nothing');

  // --- the seat buttons say which seat they act on ------------------------------------------
  eq(await desk.getAttribute('#teams-table tr[data-team="1"] td[data-role="retailer"] button[data-action="bot"]', 'aria-label'),
    'Hand the Retailer seat of team 1 (Ada) to a bot', 'a seat button names its seat for a screen reader');
  check((await text(desk, '#teams-table tr[data-team="1"] td[data-role="wholesaler"]')).includes('bot: a typical player'),
    'a bot seat is named in words, not by its strategy\'s code name');

  // --- pause and resume ----------------------------------------------------------------------
  await desk.click('#pause-game');
  await desk.waitForFunction(() => document.querySelector('#game-status')?.textContent === 'paused');
  check(await desk.isVisible('#resume-game') && !(await desk.isVisible('#pause-game')), 'paused: Resume instead of Pause');
  await desk.click('#resume-game');
  await desk.waitForFunction(() => document.querySelector('#game-status')?.textContent === 'running');
  check(true, 'resumed from the page');

  // --- the projector view shows the join card and progress, no stock -----------------------
  await desk.click('#projector');
  check(!(await desk.isVisible('#teams-table')) && !(await desk.isVisible('#end-game')),
    'the projector view hides every team\'s stock and the controls');
  eq(await text(desk, '#projector-progress'), 'Week 1 of 12 · 2 playing', 'the projector view says how far the game is');
  check(await desk.isVisible('#join-code-big'), 'the projector view keeps the join code');
  await shot(desk, 'facilitator-projector-desktop.png', false);
  await desk.keyboard.press('Escape');
  check(await desk.isVisible('#teams-table'), 'Escape leaves the projector view');

  // --- a #game= link opens the rounds table while the page is open -------------------------
  await desk.evaluate((id) => { location.hash = '#game=' + id; }, rounds.gameId);
  await desk.waitForSelector('#rounds-current', { timeout: 10000 });
  check(!(await desk.isVisible('#teams-table')), 'the rounds table has no Beer team grid');
  const roundsUrl = await text(desk, '#join-url');
  check(roundsUrl.endsWith(`/rounds?code=${rounds.joinCode}`), 'a rounds table\'s join link goes to the rounds page', roundsUrl);
  check(!(await desk.isVisible('#start-game')) && !(await desk.isVisible('#end-game')) && await desk.isVisible('#pause-game'),
    'a rounds table offers pause, not start or end');
  await desk.waitForSelector('#rounds-table tbody tr', { timeout: 15000 });
  {
    const v = await rest('GET', `/api/games/${rounds.gameId}`);
    const last = v.recent[0];
    const row = await text(desk, `#rounds-table tbody tr[data-round="${last.round}"]`);
    check(row.includes(String(last.number).padStart(2, '0')), 'the last rounds show the drawn numbers', row);
  }
  await shot(desk, 'facilitator-rounds-desktop.png');

  // A student following the rounds link lands on the rounds page with the code filled in.
  {
    const student = await (await browser.newContext(PHONE)).newPage();
    watchPage(student, 'student');
    await student.goto(base + new URL(roundsUrl).pathname + new URL(roundsUrl).search);
    await student.waitForSelector('#screen-join:not([hidden])');
    eq(await student.inputValue('#join-code'), rounds.joinCode, 'the rounds link opens the rounds join form with its code');
    await student.context().close();
  }

  // --- a phone: nothing wider than the screen -----------------------------------------------
  const phone = await (await browser.newContext(PHONE)).newPage();
  watchPage(phone, 'phone');
  await signIn(phone);
  check(await pageWidth(phone) <= 390, 'phone: the games list fits the screen', String(await pageWidth(phone)));
  await shot(phone, 'facilitator-list-phone.png');
  await phone.click(`#games-table button[data-open="${beer.gameId}"]`);
  await phone.waitForSelector('#teams-table tbody tr[data-team="2"]');
  check(await pageWidth(phone) <= 390, 'phone: a Beer Game fits the screen (its table scrolls inside)', String(await pageWidth(phone)));
  await shot(phone, 'facilitator-game-phone.png');
  await phone.evaluate((id) => { location.hash = '#game=' + id; }, rounds.gameId);
  await phone.waitForSelector('#rounds-current');
  check(await pageWidth(phone) <= 390, 'phone: a rounds table fits the screen', String(await pageWidth(phone)));
  await shot(phone, 'facilitator-rounds-phone.png');

  // --- deleting the table asks first; paused with no bets, it goes -------------------------
  await desk.click('#pause-game');
  await desk.waitForFunction(() => document.querySelector('#game-status')?.textContent === 'paused');
  await desk.click('#delete-game');
  check((await text(desk, '#confirm-text')).includes(rounds.joinCode), 'Delete names the game it deletes and asks first');
  await desk.click('#confirm-yes');
  await desk.waitForSelector('body[data-screen="list"]');
  eq(await text(desk, '#list-message'), 'The game was deleted.', 'the list says the game was deleted');
  eq(await desk.locator(`#games-table tr[data-game-id="${rounds.gameId}"]`).count(), 0, 'the deleted table is gone from the list');

  const audit = (await rest('GET', '/api/audit?limit=50')).entries.map((e) => e.action);
  for (const action of ['game.start', 'week.advance', 'game.pause', 'game.resume', 'game.delete']) {
    check(audit.includes(action), `the page's ${action} is in the audit trail`);
  }
  eq(problems.join('\n'), '', 'no page errors or CSP violations');
}

await runTest(main, { host, browser: () => browser });
