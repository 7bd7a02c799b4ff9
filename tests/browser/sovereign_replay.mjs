#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of Sovereign Lines' replay viewer (/app/sovereign/replay.html?game=ID) and of a
// paused match on the facilitator page, against a real steward-host, in headless Chromium.
//
//   node sovereign_replay.mjs /path/to/steward-host     (or STEWARD_HOST_BIN=/path/to/steward-host)
//
// The facilitator creates a match on map seed 7 with four places that bots fill, and follows it
// on the facilitator page; Ada joins on her phone through the player's page. The match starts;
// paused, the facilitator page says so and offers Resume, which carries it on. After about ten
// seconds of play the facilitator ends it. Ada's page offers the replay: its slider has one step
// per frame of the host's replay, and at any second the map and the leaderboard show what
// applying the replay's frames to its start gives; play advances, the step buttons, the keys
// and a tap on the timeline move it, and the facts to check are the replay's hashes and the
// steward-verify command without a token. The facilitator page and the big screen open the
// replay too. Screenshots go to $STEWARD_TEST_OUTPUT (default ./test-output). Exit 77 = skipped.

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, runTest, shot, sleep, stewardHost, testOutputDir,
  watchPage as watchPageInto,
} from './harness.mjs';

const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('sovereign_replay.mjs');
testOutputDir();

const host = stewardHost({ bin: hostBin, tmpPrefix: 'steward-sovereign-replay-', args: ['--no-chain'] });
const { password, rest } = host; // rest() signs as the facilitator (host.token)
let base = '';
let browser = null;

const LAPTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const problems = []; // uncaught page errors and CSP violations, from every page
const watchPage = (page, label) => watchPageInto(page, problems, label);

async function text(page, sel) {
  return ((await page.locator(sel).first().textContent({ timeout: 5000 })) ?? '').replace(/\u00a0/g, ' ').trim();
}

let gameId = '';
const hostView = () => rest('GET', `/api/games/${gameId}`);

async function until(what, test, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await hostView();
    if (test(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// The regions after the start and the first k frames of the replay: what the page must show at
// position k of its slider.
function expectedAt(replay, k) {
  const regions = {};
  for (const [id, held] of Object.entries(replay.start.regions)) regions[id] = [held[0], held[1]];
  for (let i = 0; i < k; i++) {
    const r = replay.frames[i].regions;
    for (let j = 0; j < r.length; j += 3) regions[String(r[j])] = [r[j + 1], r[j + 2]];
  }
  return regions;
}

// Where the page is: its slider's position, the regions its map draws, its leaderboard's rows.
function shownAt(page) {
  return page.evaluate(() => ({
    position: Number(document.querySelector('#scrub').value),
    body: Number(document.body.dataset.position),
    regions: document.querySelector('#map').shownState().regions,
    board: Array.from(document.querySelectorAll('#board tbody tr'), (tr) => [Number(tr.dataset.player), Number(tr.dataset.hexes),
      Number(tr.dataset.troops)]),
    time: document.querySelector('#time-now').textContent,
  }));
}

// The differences between what the page shows at position k and what the replay says.
function compare(replay, shown, k) {
  const out = [];
  const want = expectedAt(replay, k);
  for (const [id, held] of Object.entries(want)) {
    const got = shown.regions[id];
    if (!got || got[0] !== held[0] || got[1] !== held[1]) out.push(`region ${id}: ${JSON.stringify(got)} instead of ${JSON.stringify(held)}`);
  }
  if (Object.keys(shown.regions).length !== Object.keys(want).length) out.push('another number of regions');
  if (k > 0) {
    const players = replay.frames[k - 1].players;
    for (const [n, hexes, troops] of shown.board) {
      if (!players[n] || players[n][0] !== hexes || players[n][1] !== troops) out.push(`player ${n}: ${hexes}/${troops} instead of ${players[n]}`);
    }
    if (shown.board.length !== players.length) out.push(`${shown.board.length} rows instead of ${players.length}`);
    const order = shown.board.map((r) => r[1]);
    if (order.some((h, i) => i > 0 && h > order[i - 1])) out.push('the leaderboard is not by land');
  }
  return out;
}

function clock(replay, tick) {
  const secs = Math.floor(tick * (replay.config.tickMs || 50) / 1000);
  return Math.floor(secs / 60) + ':' + String(secs % 60).padStart(2, '0');
}

async function main() {
  base = await host.start();
  log(`host at ${base}`);
  host.token = (await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '')).token;

  const created = await rest('POST', '/api/games/create', { kind: 'sovereign',
    config: { mapSeed: 7, slots: 4, fillWithBots: true, minutes: 3 } });
  gameId = created.gameId;
  const joinCode = created.joinCode;
  check(!!gameId, `match created with join code ${joinCode}`);
  for (const path of ['/app/sovereign/replay.html', '/app/sovereign/replay.js', '/app/sovereign/replay.css']) {
    const r = await fetch(base + path);
    check(r.status === 200, `GET ${path} serves it`, String(r.status));
  }

  browser = await launchChromium(chromium);

  // --- the facilitator follows the match --------------------------------------------------------
  const deskCtx = await browser.newContext(LAPTOP);
  const desk = await deskCtx.newPage();
  watchPage(desk, 'desk');
  await desk.goto(`${base}/facilitator`);
  await desk.fill('#password', password);
  await desk.press('#password', 'Enter');
  await desk.waitForSelector('body[data-screen="list"]', { timeout: 10000 });
  await desk.evaluate((id) => { location.hash = '#game=' + id; }, gameId);
  await desk.waitForSelector('#sov-fac-phase', { timeout: 10000 });
  // The big screen, from the facilitator page, for its replay link at the end.
  const [screen] = await Promise.all([desk.waitForEvent('popup'), desk.click('#sov-open-screen')]);
  watchPage(screen, 'screen');

  // --- Ada joins on her phone ------------------------------------------------------------------
  const phoneCtx = await browser.newContext(PHONE);
  const ada = await phoneCtx.newPage();
  watchPage(ada, 'ada');
  await ada.goto(`${base}/sovereign?code=${joinCode}`);
  await ada.waitForSelector('#screen-join:not([hidden])');
  await ada.fill('#name', 'Ada');
  await ada.press('#name', 'Enter');
  await ada.waitForSelector('body[data-screen="game"]', { timeout: 10000 });

  await rest('POST', '/api/games/start', { gameId });
  await ada.waitForSelector('body[data-phase="running"]', { timeout: 10000 });
  let view = await until('the bots to join', (v) => v.phase === 'running' && Object.keys(v.players).length === 4);
  check(true, 'the match runs with Ada and three bots');

  // --- a paused match on the facilitator page ---------------------------------------------------
  await until('a few seconds of play', (v) => v.tick >= 60, 10000);
  await rest('POST', '/api/games/pause', { gameId });
  await desk.waitForFunction(() => document.querySelector('#game-status')?.textContent === 'paused', null, { timeout: 5000 });
  check(await desk.isVisible('#resume-game') && !(await desk.isVisible('#pause-game')), 'paused: the facilitator page offers Resume instead of Pause');
  check((await text(desk, '#sov-fac-phase')).startsWith('Paused'), 'the match\'s part says it is paused', await text(desk, '#sov-fac-phase'));
  check(await desk.isVisible('#sov-fac-paused'), 'with a sentence on what a pause means');
  const listed = (await rest('GET', '/api/games')).games.find((g) => g.gameId === gameId);
  eq(listed && listed.status, 'paused', 'the games list says paused');
  view = await hostView();
  const pausedTick = view.tick;
  await sleep(600);
  eq((await hostView()).tick, pausedTick, 'no ticks run while paused');
  await shot(desk, 'sovereign-facilitator-paused.png', false);
  await desk.click('#resume-game');
  await desk.waitForFunction(() => document.querySelector('#game-status')?.textContent === 'running', null, { timeout: 5000 });
  check(await desk.isVisible('#pause-game') && !(await desk.isVisible('#resume-game')) && !(await desk.isVisible('#sov-fac-paused')),
    'Resume on the page: running again, Pause offered');
  view = await until('ticks after the resume', (v) => v.tick > pausedTick + 10, 5000);
  check(view.paused === false, 'the host\'s view is not paused any more and its ticks run on');

  // --- about ten seconds of play, then the end -------------------------------------------------
  await until('ten seconds of play', (v) => v.tick >= 200, 15000);
  await rest('POST', '/api/games/end', { gameId });
  await until('the end', (v) => v.phase === 'over');
  await ada.waitForSelector('body[data-phase="over"]', { timeout: 10000 });

  // --- the replay, from Ada's page ----------------------------------------------------------------
  await ada.waitForSelector('#replay-link:not([hidden])', { timeout: 5000 });
  eq(await ada.getAttribute('#replay-link', 'href'), `/app/sovereign/replay.html?game=${gameId}`, 'Ada\'s page offers the replay');
  await ada.locator('#replay-link').tap();
  await ada.waitForSelector('body[data-screen="replay"]', { timeout: 10000 });
  check(true, 'the replay opens with Ada\'s seat in this tab');
  const seat = await ada.evaluate(() => JSON.parse(sessionStorage.getItem('steward.sovereign')));
  const replay = await rest('GET', `/api/sovereign/${gameId}/replay`, undefined, seat.token);
  const frames = replay.frames.length;
  check(frames >= 10, `the host's replay has ${frames} frames, one a second`);
  const range = await ada.evaluate(() => { const s = document.querySelector('#scrub'); return [Number(s.min), Number(s.max)]; });
  eq(range[1] - range[0], frames, 'the slider has as many steps as the replay has frames');
  eq(await text(ada, '#time-end'), clock(replay, replay.endTick), 'the slider ends at the end of the match');

  // Every second of the match: the map and the leaderboard as the frames have it.
  let shown = await shownAt(ada);
  eq(compare(replay, shown, 0).join('; '), '', 'at the start (0:00) the map shows the start\'s regions');
  const mid = Math.min(frames - 1, 7);
  await ada.locator('#scrub').fill(String(mid));
  shown = await shownAt(ada);
  eq(shown.position, mid, `scrubbed to second ${mid}`);
  eq(compare(replay, shown, mid).join('; '), '', `at ${clock(replay, replay.frames[mid - 1].tick)} the map and the leaderboard are the start with ${mid} frames applied`);
  eq(shown.time, clock(replay, replay.frames[mid - 1].tick), 'the clock says that second');
  {
    const owners = Object.values(expectedAt(replay, mid)).map((h) => h[0]);
    check(new Set(owners.filter((o) => o >= 0)).size >= 2, 'players hold land at that second (the comparison compares something)');
  }
  const wrong = [];
  for (let k = 0; k <= frames; k++) {
    await ada.locator('#scrub').fill(String(k));
    wrong.push(...compare(replay, await shownAt(ada), k).map((w) => `second ${k}: ${w}`));
  }
  eq(wrong.slice(0, 5).join('; '), '', `every one of the ${frames + 1} positions shows what applying the frames gives`);

  // The step buttons (taps), and the timeline above the slider.
  await ada.locator('#scrub').fill('3');
  await ada.locator('#step-forward').tap();
  eq((await shownAt(ada)).position, 4, '+1 s steps a second forward');
  await ada.locator('#step-back').tap();
  await ada.locator('#step-back').tap();
  eq((await shownAt(ada)).position, 2, '−1 s steps a second back');
  {
    const box = await ada.locator('#timeline').boundingBox();
    await ada.touchscreen.tap(box.x + box.width - 1, box.y + box.height / 2);
    eq((await shownAt(ada)).position, frames, 'a tap at the right end of the timeline goes to the end');
  }
  await shot(ada, 'sovereign-replay-phone.png', false);
  await shot(ada, 'sovereign-replay-phone-full.png', true);

  // Play: from the start, at 4×.
  await ada.locator('#scrub').fill('0');
  await ada.locator('#speeds button[data-speed="4"]').tap();
  eq(await ada.getAttribute('#speeds button[data-speed="4"]', 'aria-pressed'), 'true', '4× is chosen');
  await ada.locator('#play').tap();
  eq(await ada.getAttribute('body', 'data-playing'), 'true', 'Play plays');
  eq(await text(ada, '#play-label'), 'Pause', 'and the button says Pause');
  await ada.waitForFunction(() => Number(document.querySelector('#scrub').value) >= 4, null, { timeout: 4000 });
  const playing = await shownAt(ada);
  check(playing.position >= 4 && compare(replay, playing, playing.position).length === 0,
    `playing advances the map (at second ${playing.position} after about a second at 4×)`);
  await ada.waitForFunction(() => document.body.dataset.playing === 'false', null, { timeout: 10000 });
  eq((await shownAt(ada)).position, frames, 'it plays to the end and stops there');

  // --- the facts to check ---------------------------------------------------------------------------
  eq(await text(ada, '#input-hash'), replay.inputHash, 'the page shows the replay\'s input hash');
  eq(await text(ada, '#state-hash'), replay.stateHash, 'and its final state hash');
  check(/^[0-9a-f]{64}$/.test(replay.inputHash) && /^[0-9a-f]{64}$/.test(replay.stateHash), 'both SHA-256 in hex');
  eq(replay.matchesHost, true, 'the host played the match again and reached its state');
  eq(await text(ada, '#verify-host'), '✓Played again on the host and reached the recorded state.', 'the page says so');
  const command = await text(ada, '#verify-command');
  eq(command, `steward-verify --sovereign --host ${base} --game ${gameId} --token TOKEN --no-chain`,
    'the command to check it oneself (--no-chain: this host records no chain)');
  const page = await ada.content();
  check(!page.includes(seat.token) && !page.includes(seat.resumeToken), 'the page does not print the token');
  eq(await ada.evaluate(() => Array.from(document.querySelectorAll('#final tbody tr'), (tr) => Number(tr.dataset.player)).join(',')),
    replay.standings.join(','), 'the final standings are the replay\'s');

  // --- the keyboard, on the laptop: the facilitator page opens the replay ---------------------------
  await desk.waitForSelector('#sov-open-replay:not([hidden])', { timeout: 5000 });
  const [watch] = await Promise.all([desk.waitForEvent('popup'), desk.click('#sov-open-replay')]);
  watchPage(watch, 'desk replay');
  await watch.waitForSelector('body[data-screen="replay"]', { timeout: 10000 });
  check(true, 'the facilitator page opens the replay, signed in with its token');
  await watch.locator('#play').focus();
  await watch.locator('#play').blur();
  await watch.keyboard.press('End');
  eq((await shownAt(watch)).position, frames, 'End goes to the end');
  await watch.keyboard.press('Home');
  await watch.keyboard.press('ArrowRight');
  await watch.keyboard.press('ArrowRight');
  await watch.keyboard.press('ArrowLeft');
  eq((await shownAt(watch)).position, 1, 'Home, then → → ←: second 1');
  await watch.keyboard.press('Shift+ArrowRight');
  eq((await shownAt(watch)).position, Math.min(frames, 11), 'Shift+→: ten seconds on');
  await watch.keyboard.press('ArrowUp');
  eq(await watch.getAttribute('#speeds button[data-speed="2"]', 'aria-pressed'), 'true', '↑: faster (2×)');
  await watch.keyboard.press('Home');
  await watch.keyboard.press(' ');
  eq(await watch.getAttribute('body', 'data-playing'), 'true', 'space plays');
  await watch.keyboard.press(' ');
  eq(await watch.getAttribute('body', 'data-playing'), 'false', 'space pauses');
  await watch.locator('#scrub').fill(String(mid));
  eq(compare(replay, await shownAt(watch), mid).join('; '), '', 'the facilitator\'s replay shows the same second as the player\'s');
  await watch.mouse.move(0, 0);
  await shot(watch, 'sovereign-replay-laptop.png', false);
  await shot(watch, 'sovereign-replay-laptop-full.png', true);

  // --- the big screen offers it too -------------------------------------------------------------------
  await screen.waitForSelector('#show-replay:not([hidden])', { timeout: 5000 });
  eq(await screen.getAttribute('#show-replay', 'href'), `/app/sovereign/replay.html?game=${gameId}`, 'the big screen offers the replay');
  await screen.click('#show-replay');
  await screen.waitForSelector('body[data-screen="replay"]', { timeout: 10000 });
  check(true, 'and opens it with the facilitator\'s token');

  // --- without a token it asks the host to sign in ------------------------------------------------------
  const strangerCtx = await browser.newContext(LAPTOP);
  const stranger = await strangerCtx.newPage();
  watchPage(stranger, 'stranger');
  await stranger.goto(`${base}/app/sovereign/replay.html?game=${gameId}`);
  await stranger.waitForSelector('body[data-screen="login"]', { timeout: 5000 });
  check(true, 'without a seat or the host\'s token, the replay asks to sign in');

  check(problems.length === 0, 'no uncaught page errors and no Content-Security-Policy violations', problems.join(' | '));
}

await runTest(main, { host, browser: () => browser });
