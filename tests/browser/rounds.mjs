#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Browser test of the rounds table's player page (/rounds) against a real steward-host, in
// headless Chromium.
//
//   node rounds.mjs /path/to/steward-host        (or STEWARD_HOST_BIN=/path/to/steward-host)
//
// The facilitator creates a rounds table with short rounds over REST; a student joins it through
// the page at phone size, tries a stake of 0 and one above the maximum, places an exact-number
// bet and a high/low bet, sees them listed and settled, and the test checks the drawn number and
// the balance on screen against the host's view and the paytable. A bet held back on the wire
// until its round has closed shows the BET_TOO_LATE sentence. Then a reload and a spoiled token
// (the page resumes the seat), a second student on a laptop, and a German phone.
// Screenshots go to $STEWARD_TEST_OUTPUT (default ./test-output). Exit 77 = skipped.

import {
  check, eq, hostBinFromArgs, launchChromium, loadPlaywright, log, runTest, shot, stewardHost, testOutputDir,
  watchPage as watchPageInto,
} from './harness.mjs';

const { chromium } = await loadPlaywright();
const hostBin = hostBinFromArgs('rounds.mjs');
testOutputDir();

// ------------------------------------------------------------------------------------------
// The host

const host = stewardHost({ bin: hostBin, tmpPrefix: 'steward-rounds-browser-', args: ['--no-chain'] });
const { dataDir, password, rest } = host; // rest() signs as the facilitator (host.token)
let base = '';

// ------------------------------------------------------------------------------------------
// The page

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };
const PERIOD_MS = 4000;
const BETTING_MS = 3000;

const problems = []; // uncaught page errors and CSP violations, from every page

const watchPage = (page, label) => watchPageInto(page, problems, label);

async function text(page, sel) {
  // Non-breaking spaces ("88.5 %", "3 s") compared as spaces.
  return ((await page.locator(sel).first().textContent({ timeout: 5000 })) ?? '').replace(/\u00a0/g, ' ').trim();
}
// "1,234.56" (an English page) -> 123456 minor units.
function minorOf(shown) {
  return Math.round(Number(String(shown).replace(/[,\s]/g, '')) * 100);
}
function chipsText(minor) {
  return new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minor / 100);
}

// Waits for a round that takes bets with at least `secondsLeft` whole seconds on its countdown,
// and returns its number (from the button the page enables for it).
async function waitOpenRound(page, secondsLeft, timeout = 3 * PERIOD_MS + 5000) {
  await page.waitForFunction((min) => {
    const cd = document.querySelector('#countdown');
    const secs = Number(cd?.querySelector('.secs')?.textContent);
    const button = document.querySelector('#bet-button');
    return cd?.dataset.kind === 'open' && secs >= min && button && !button.disabled;
  }, secondsLeft, { timeout, polling: 50 });
  return Number(await page.getAttribute('#bet-button', 'data-round'));
}

async function chooseKind(page, kind) {
  await page.click(`label[for="kind-${kind}"]`);
}

async function join(page, code, name) {
  await page.goto(`${base}/rounds?code=${code}`);
  await page.waitForSelector('#screen-join:not([hidden])');
  await page.fill('#name', name);
  await page.press('#name', 'Enter');
  await page.waitForSelector('body[data-screen="play"]', { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('#balance')?.textContent.trim() !== '–');
}

// Paytable::winningReturn: what a winning stake returns, rounded down to the minor unit.
function winningReturn(paytable, kind, stake) {
  return Math.floor(stake * Math.round(paytable[kind].multiplier * 100) / 100);
}
function wins(type, pick, number) {
  switch (type) {
    case 'exact': return number === pick;
    case 'decade': return Math.floor(number / 10) === pick;
    case 'high': return number >= 50;
    case 'low': return number < 50;
    case 'odd': return number % 2 === 1;
    case 'even': return number % 2 === 0;
    default: throw new Error('unknown bet type ' + type);
  }
}
const KIND_OF = { exact: 'exact', decade: 'decade', high: 'highLow', low: 'highLow', odd: 'oddEven', even: 'oddEven' };

let browser = null;

async function main() {
  base = await host.start();
  log(`host at ${base}, data in ${dataDir}`);

  host.token = (await rest('POST', '/api/players/authenticate', { username: 'admin', password }, '')).token;
  check(typeof host.token === 'string' && host.token.length > 20, 'facilitator signs in over REST');
  const created = await rest('POST', '/api/games/create',
    { kind: 'rounds', config: { periodMs: PERIOD_MS, bettingMs: BETTING_MS } });
  const { gameId, joinCode } = created;
  check(/^[A-Z0-9]{4,16}$/.test(joinCode), `rounds table created with join code ${joinCode}`);

  browser = await launchChromium(chromium);

  // --- the student on a phone; her WebSocket runs through the test -------------------------
  const context = await browser.newContext(PHONE);
  const wire = { hold: false, held: [], sent: [] };
  await context.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const frame = String(m);
      if (/"type":"bet\.place"/.test(frame)) wire.sent.push(JSON.parse(frame));
      if (wire.hold && /"type":"bet\.place"/.test(frame)) {
        wire.held.push(() => server.send(m));
        return;
      }
      server.send(m);
    });
    server.onMessage((m) => ws.send(m));
    ws.onClose((code, reason) => server.close({ code, reason }));
    server.onClose((code, reason) => ws.close({ code, reason }));
  });
  const page = await context.newPage();
  watchPage(page, 'ada');

  await page.goto(`${base}/rounds?code=${joinCode}`);
  await page.waitForSelector('#screen-join:not([hidden])');
  eq(await page.inputValue('#join-code'), joinCode, 'join form: the code comes from ?code=');
  eq(await text(page, '#join-title'), 'Join the rounds table', 'join form: English title');
  await shot(page, 'rounds-join-phone.png');
  await page.fill('#name', 'Ada');
  await page.press('#name', 'Enter');
  await page.waitForSelector('body[data-screen="play"]', { timeout: 10000 });
  const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('steward.rounds')));
  check(stored && stored.token && stored.resumeToken && stored.gameId === gameId && stored.name === 'Ada',
    'joined through the page; the seat is kept in sessionStorage');
  const playerToken = stored.token;
  eq(new URL(page.url()).pathname + new URL(page.url()).search, `/rounds?code=${joinCode}`, 'the address keeps the join code');

  await page.waitForFunction(() => document.querySelector('#balance')?.textContent.trim() !== '–');
  eq(await text(page, '#balance'), '1,000.00', 'the starting balance 100000 shows as 1,000.00');
  eq(await text(page, '#currency'), 'CHIPS', 'with the currency');
  eq(await text(page, '#seat-label'), 'Ada', 'the name is in the top bar');

  const view0 = await rest('GET', `/api/games/${gameId}`, undefined, playerToken);
  const paytable = view0.table.paytable;
  eq(await text(page, '#paytable thead th:last-child'), 'Returned to players', 'paytable: the RTP column');
  eq(await text(page, '#paytable tr[data-kind="highLow"] td.rtp'), '88.5 %', 'paytable: high/low returns 88.5 % to players');
  eq(await text(page, '#paytable tr[data-kind="exact"] td.rtp'), '88 %', 'paytable: a number returns 88 % to players');
  eq(await text(page, '#paytable tr[data-kind="exact"] td.strong'), '88×', 'paytable: a number pays 88×');
  eq(await text(page, '#paytable tr[data-kind="decade"] td.strong'), '8.85×', 'paytable: ten numbers pay 8.85×');
  eq(await text(page, '#limits'), 'Bets from 1.00 CHIPS to 100.00 CHIPS; at most 10,000.00 CHIPS won per round.',
    'paytable: the table\'s limits in chips');
  eq(await text(page, '#stake-hint'), 'Whole chips, 1 to 100.', 'the stake field says what it takes');

  // Accessibility basics: every field has a label, the result is announced, keys move the kind.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')]
    .filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.id || e.name));
  eq(unlabelled.join(','), '', 'every input and select has a label');
  eq(await page.getAttribute('#result', 'aria-live'), 'polite', 'the result line is an aria-live region');
  await page.focus('#kind-exact');
  await page.keyboard.press('ArrowRight');
  check(await page.isVisible('#pick-decade-select') && await page.isChecked('#kind-decade'),
    'keyboard: arrow keys move between bet kinds, and the pick follows');
  await page.keyboard.press('ArrowLeft');
  check(await page.isVisible('#pick-number'), 'keyboard: back to one number');

  // The commitment of the round is shown before betting.
  await page.waitForFunction(() => /^0x[0-9a-f]{8}…[0-9a-f]{6}$/.test(document.querySelector('#seed-hash')?.textContent || ''));
  const fullHash = await page.getAttribute('#seed-hash', 'data-full');
  check(/^0x[0-9a-f]{64}$/.test(fullHash), 'fairness: the seed hash is shown shortened, the full one kept', fullHash);

  // --- bad input ---------------------------------------------------------------------------
  await waitOpenRound(page, 2);
  await page.fill('#stake', '0');
  await page.click('#bet-button');
  await page.waitForFunction(() => document.querySelector('#bet-status')?.dataset.kind === 'error');
  eq(await text(page, '#bet-status'), 'Enter your stake as a whole number of chips, at least 1 CHIPS.', 'stake 0: a friendly sentence');
  eq(await page.getAttribute('#stake', 'aria-invalid'), 'true', 'stake 0: the field is marked invalid');
  eq(wire.sent.length, 0, 'stake 0 is not sent to the host');

  await waitOpenRound(page, 2);
  await page.fill('#stake', '101');
  check((await text(page, '#bet-status')) === '', 'typing clears the message');
  await page.click('#bet-button');
  await page.waitForSelector('#bet-status[data-code="BET_ABOVE_MAXIMUM"]', { timeout: 5000 });
  eq(await text(page, '#bet-status'), 'That stake is too big: the largest bet is 100.00 CHIPS.',
    'stake above the maximum: the host\'s BET_ABOVE_MAXIMUM as a sentence with the limit in chips');
  eq(await page.getAttribute('#stake', 'aria-invalid'), 'true', 'stake above the maximum: the field is marked invalid');
  await shot(page, 'rounds-error-phone.png');

  // --- two bets through the page ------------------------------------------------------------
  const placed = []; // {round, type, pick, stake}
  const round = await waitOpenRound(page, 3);
  log(`round ${round} is open`);
  await chooseKind(page, 'exact');
  await page.fill('#pick-number', '42');
  await page.fill('#stake', '5');
  eq(await text(page, '#bet-pays'), 'Pays 88×: a win returns 440.00 CHIPS, your stake included.', 'the builder shows the possible return');
  await page.click('#bet-button');
  await page.waitForFunction(() => document.querySelector('#bet-status')?.dataset.kind === 'ok', null, { timeout: 5000 });
  const firstOk = await text(page, '#bet-status');
  const m1 = /^Bet placed on round (\d+): Number 42, 5\.00 CHIPS\. A win returns 440\.00 CHIPS\.$/.exec(firstOk);
  check(!!m1, 'the exact-number bet is accepted and confirmed', firstOk);
  placed.push({ round: Number(m1?.[1]), type: 'exact', pick: 42, stake: 500 });

  await chooseKind(page, 'highLow');
  await page.click('label[for="pick-high"]');
  await page.fill('#stake', '3');
  eq(await text(page, '#bet-pays'), 'Pays 1.77×: a win returns 5.31 CHIPS, your stake included.', 'high/low: the possible return');
  await page.click('#bet-button');
  await page.waitForFunction((before) => document.querySelector('#bet-status')?.dataset.kind === 'ok'
    && document.querySelector('#bet-status').textContent !== before, firstOk, { timeout: 5000 });
  const secondOk = await text(page, '#bet-status');
  const m2 = /^Bet placed on round (\d+): High \(50–99\), 3\.00 CHIPS\. A win returns 5\.31 CHIPS\.$/.exec(secondOk);
  check(!!m2, 'the high/low bet is accepted and confirmed', secondOk);
  placed.push({ round: Number(m2?.[1]), type: 'high', stake: 300 });
  eq(placed[0].round, round, 'the bet went to the round the page showed');
  eq(JSON.stringify(wire.sent.slice(-2).map((f) => f.data.round)), JSON.stringify(placed.map((b) => b.round)),
    'each bet names its round on the wire');
  check(wire.sent.every((f) => /^[0-9a-f]{32}$/.test(f.data.clientSeed) && /^[0-9a-f]{24}$/.test(f.data.betId)),
    'each bet carries a random clientSeed and betId from the browser');

  await page.waitForFunction(() => document.querySelectorAll('#my-bets li').length >= 2);
  const listed = await page.$$eval('#my-bets li', (lis) => lis.map((li) => ({ round: Number(li.dataset.round), type: li.dataset.type,
    outcome: li.dataset.outcome, text: li.textContent })));
  check(listed.some((b) => b.type === 'exact' && /Number 42/.test(b.text)) && listed.some((b) => b.type === 'high'),
    'both bets are listed under "Your bets"', JSON.stringify(listed));
  // (Unless the machine is so slow that the round has been drawn meanwhile.)
  const drawnUpTo = Number(await page.getAttribute('#last-number', 'data-round')) || 0;
  check(listed.every((b) => b.outcome === 'open' || b.round <= drawnUpTo), 'they wait for the draw', JSON.stringify(listed));
  if (drawnUpTo < placed[0].round) eq(minorOf(await text(page, '#balance')), 100000 - 800, 'the stakes are taken from the balance at once');
  await shot(page, 'rounds-betting-phone.png');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'rounds-betting-phone-screen.png', false); // what the phone shows without scrolling

  // --- the draw -----------------------------------------------------------------------------
  const betRounds = [...new Set(placed.map((b) => b.round))];
  const lastBetRound = Math.max(...betRounds);
  await page.waitForFunction((r) => Number(document.querySelector('#last-number')?.dataset.round) >= r
    && [...document.querySelectorAll('#my-bets li')].every((li) => li.dataset.outcome !== 'open'),
  lastBetRound, { timeout: 3 * PERIOD_MS + 5000 });
  const shownRound = Number(await page.getAttribute('#last-number', 'data-round'));
  const shownNumber = Number(await text(page, '#last-number'));
  const shownBalance = minorOf(await text(page, '#balance'));
  const view = await rest('GET', `/api/games/${gameId}`, undefined, playerToken);
  const restRound = view.recent.find((r) => r.round === shownRound);
  log(`round ${shownRound} drew ${shownNumber}; the host's recent[0] is round ${view.recent[0].round}: ${view.recent[0].number}`);
  eq(shownNumber, restRound?.number, `the number shown for round ${shownRound} is the host's`);
  if (view.recent[0].round === shownRound) eq(shownNumber, view.recent[0].number, 'the number shown is recent[0].number');
  const numberOf = (r) => view.recent.find((x) => x.round === r)?.number;
  let expected = 100000;
  for (const b of placed) {
    expected -= b.stake;
    if (wins(b.type, b.pick, numberOf(b.round))) expected += winningReturn(paytable, KIND_OF[b.type], b.stake);
  }
  log(`bets: ${JSON.stringify(placed)}; numbers ${betRounds.map((r) => r + ':' + numberOf(r)).join(', ')}`);
  eq(shownBalance, expected, `the balance shown (${chipsText(shownBalance)}) is 100000 − stakes + returns by the paytable`);
  eq(view.you.balance, expected, 'and the host agrees');
  const outcomes = await page.$$eval('#my-bets li', (lis) => lis.map((li) => ({ type: li.dataset.type, outcome: li.dataset.outcome,
    text: li.querySelector('.bet-outcome').textContent })));
  for (const b of placed) {
    const won = wins(b.type, b.pick, numberOf(b.round));
    const li = outcomes.find((o) => o.type === b.type);
    const ret = winningReturn(paytable, KIND_OF[b.type], b.stake);
    eq(li && li.text, won ? `won ${chipsText(ret)} CHIPS` : 'lost', `the ${b.type} bet shows its outcome`);
  }
  const resultText = await text(page, '#result');
  if (Number(await page.getAttribute('#result', 'data-round')) === placed[0].round) {
    check(resultText.startsWith(`Round ${placed[0].round}: ${String(numberOf(placed[0].round)).padStart(2, '0')} was drawn.`),
      'the result line says the number', resultText);
  }
  // The line under the bet button no longer says "Bet placed": it tells the outcome of the
  // last round bet on, where a phone's player is looking.
  await page.waitForFunction((r) => document.querySelector('#bet-status')?.dataset.round === String(r), lastBetRound,
    { timeout: 5000 });
  const statusNow = await text(page, '#bet-status');
  check(statusNow.startsWith(`Round ${lastBetRound}: ${String(numberOf(lastBetRound)).padStart(2, '0')} was drawn.`)
    && !statusNow.includes('Bet placed'), 'the status under the bet button says how the bet round ended', statusNow);
  const first = await page.$eval('#recent li:first-child a', (a) => ({ href: a.getAttribute('href'), text: a.textContent,
    label: a.getAttribute('aria-label'), target: a.getAttribute('target') }));
  eq(first.target, '_blank', 'a past number opens /verify beside the betting page');
  const firstRound = Number(await page.getAttribute('#recent li:first-child', 'data-round'));
  eq(first.href, `/verify?game=${gameId}&round=${firstRound}`, 'the newest result links to /verify for its round');
  check(/check this round$/.test(first.label), 'the link says what it does', first.label);
  await shot(page, 'rounds-settled-phone.png');

  // --- too late: the bet is held back on the wire until its round has closed ----------------
  {
    const before = minorOf(await text(page, '#balance'));
    const r = await waitOpenRound(page, 1);
    await chooseKind(page, 'oddEven');
    await page.click('label[for="pick-even"]');
    await page.fill('#stake', '2');
    wire.hold = true;
    await page.click('#bet-button');
    await page.waitForFunction(() => document.querySelector('#bet-button')?.textContent === 'Placing…');
    // Until the host has settled round r.
    const deadline = Date.now() + 3 * PERIOD_MS;
    for (;;) {
      const v = await rest('GET', `/api/games/${gameId}`, undefined, playerToken);
      if ((v.recent[0]?.round ?? 0) >= r) break;
      if (Date.now() > deadline) throw new Error(`round ${r} did not settle`);
      await new Promise((res) => setTimeout(res, 100));
    }
    wire.hold = false;
    eq(wire.held.length, 1, 'one bet was held back');
    for (const send of wire.held.splice(0)) send();
    await page.waitForSelector('#bet-status[data-code="BET_TOO_LATE"]', { timeout: 5000 });
    eq(await text(page, '#bet-status'), `Too late: betting on round ${r} had already closed. Your chips were not taken.`,
      'a bet that reaches the host after closing: the BET_TOO_LATE sentence');
    const v = await rest('GET', `/api/games/${gameId}`, undefined, playerToken);
    eq(v.you.balance, before, 'the late bet took no chips');
    eq(minorOf(await text(page, '#balance')), before, 'the page shows the same balance');
    await shot(page, 'rounds-too-late-phone.png');
  }

  // --- reload and resume --------------------------------------------------------------------
  {
    const before = await text(page, '#balance');
    await page.reload();
    await page.waitForSelector('body[data-screen="play"]', { timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('#balance')?.textContent.trim() !== '–');
    eq(await text(page, '#balance'), before, 'a reload comes back to the seat with its balance');
    check((await page.$$('#my-bets li')).length >= 2, 'and its bets');
    // A spoiled token: the page falls back to the resume token and stores the fresh token.
    await page.evaluate(() => {
      const s = JSON.parse(sessionStorage.getItem('steward.rounds'));
      s.token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA';
      sessionStorage.setItem('steward.rounds', JSON.stringify(s));
    });
    await page.reload();
    await page.waitForSelector('body[data-screen="play"]', { timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('#balance')?.textContent.trim() !== '–');
    const after = await page.evaluate(() => JSON.parse(sessionStorage.getItem('steward.rounds')));
    check(after.token && after.token.split('.').length === 3 && !after.token.endsWith('AAAA'),
      'a refused token is replaced through the resume token');
    eq(await text(page, '#balance'), before, 'and the seat is the same');
  }

  // --- a second student on a laptop ---------------------------------------------------------
  {
    const ctx = await browser.newContext(LAPTOP);
    const lap = await ctx.newPage();
    watchPage(lap, 'grace');
    await join(lap, joinCode, 'Grace');
    eq(await text(lap, '#balance'), '1,000.00', 'laptop: a second student starts with her own chips');
    await waitOpenRound(lap, 2);
    await chooseKind(lap, 'decade');
    await lap.selectOption('#pick-decade-select', '4');
    await lap.fill('#stake', '20');
    await lap.click('#bet-button');
    await lap.waitForFunction(() => document.querySelector('#bet-status')?.dataset.kind === 'ok', null, { timeout: 5000 });
    check(/40–49, 20\.00 CHIPS/.test(await text(lap, '#bet-status')), 'laptop: a ten-numbers bet is placed');
    await shot(lap, 'rounds-betting-laptop.png');
    // The facilitator's message to everyone reaches the rounds page too, on top, until closed.
    await rest('POST', '/api/sessions/message', { text: 'Last round in two minutes' });
    await lap.waitForSelector('#notice:not([hidden])', { timeout: 10000 });
    eq(await text(lap, '#notice-text'), 'From your facilitator: Last round in two minutes',
      'a rounds player sees the facilitator\'s message');
    await lap.click('#notice-close');
    check(await lap.isHidden('#notice'), 'and closes it');
    await lap.waitForFunction(() => [...document.querySelectorAll('#my-bets li')].every((li) => li.dataset.outcome !== 'open'),
      null, { timeout: 3 * PERIOD_MS + 5000 });
    await lap.evaluate(() => window.scrollTo(0, 0));
    await shot(lap, 'rounds-settled-laptop.png', false);
    await ctx.close();
  }

  // --- kicked, then banned under a look-alike name -----------------------------------------
  {
    const ctx = await browser.newContext(LAPTOP);
    const kim = await ctx.newPage();
    watchPage(kim, 'kim');
    await join(kim, joinCode, 'Kim');
    const sessionOf = async (name) => ((await rest('GET', '/api/sessions')).sessions || [])
      .filter((s) => s.authenticated && s.name === name);
    let mine = [];
    for (let i = 0; i < 50 && mine.length === 0; ++i) {
      mine = await sessionOf('Kim');
      if (mine.length === 0) await kim.waitForTimeout(100);
    }
    eq(mine.length, 1, 'kick: the student has one signed-in session');
    // 120 characters of two bytes each: the close frame holds 123 bytes, cut at a character.
    const reason = 'é'.repeat(120);
    await rest('POST', '/api/sessions/kick', { sessionId: mine[0].id, reason });
    await kim.waitForFunction(() => /disconnected you/.test(document.querySelector('#connection')?.textContent || ''),
      null, { timeout: 5000 });
    const banner = await text(kim, '#connection');
    check(banner.startsWith('The facilitator disconnected you: ééé') && banner.includes('…')
      && banner.endsWith('Reload the page to come back.'), 'kick: the page says why, with the reason cut at a character', banner);
    await kim.waitForTimeout(3000);
    eq((await sessionOf('Kim')).length, 0, 'kick: the page does not reconnect by itself');
    await shot(kim, 'rounds-kicked-laptop.png', false);
    // A ban of the name holds against the same name typed with a Cyrillic "К" and full-width letters.
    await rest('POST', '/api/sessions/ban', { name: 'Kim', minutes: 5, reason: 'Please play under your own name.' });
    for (const lookAlike of ['\u041aim', '\uff2b\uff49\uff4d', 'K i m.']) {
      const refused = await fetch(`${base}/api/games/join`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ joinCode, name: lookAlike, role: 'player' }),
      });
      const body = await refused.json();
      eq(`${refused.status} ${body.error && body.error.code}`, '403 BANNED', `ban: "${lookAlike}" is the banned name too`);
    }
    await rest('POST', '/api/sessions/unban', { name: 'Kim' });
    await ctx.close();
  }

  // --- a German phone -----------------------------------------------------------------------
  {
    const ctx = await browser.newContext({ ...PHONE, locale: 'de-DE' });
    const de = await ctx.newPage();
    watchPage(de, 'lena');
    await de.goto(`${base}/rounds?code=${joinCode}`);
    await de.waitForSelector('#screen-join:not([hidden])');
    eq(await text(de, '#join-title'), 'Dem Rundentisch beitreten', 'a German browser gets the German page');
    // The modules the page itself loaded: the shared texts and the rounds table's own.
    const missing = await de.evaluate(async () => {
      const out = [];
      const slots = (v) => JSON.stringify((String(v).match(/\{\w+\}/g) || []).sort());
      const shared = (await import('/app/strings.js')).STRINGS;
      const rounds = (await import('/app/rounds/strings.js')).STRINGS;
      for (const [file, all] of [['strings.js', shared], ['rounds/strings.js', rounds]]) {
        for (const lang of ['de', 'es']) {
          for (const k of Object.keys(all.en)) {
            if (!all[lang] || typeof all[lang][k] !== 'string' || !all[lang][k]) out.push(file + ' ' + lang + '.' + k);
            else if (slots(all[lang][k]) !== slots(all.en[k])) out.push(file + ' ' + lang + '.' + k + ' (other {slots})');
          }
          for (const k of Object.keys(all[lang] || {})) if (!(k in all.en)) out.push(file + ' ' + lang + '.' + k + ' (not in en)');
        }
      }
      for (const k of Object.keys(rounds.en)) if (k in shared.en) out.push('rounds/strings.js en.' + k + ' (also shared)');
      return out;
    });
    eq(missing.join(', '), '', 'strings.js and rounds/strings.js: de and es have every English key with the same {slots}');
    await de.fill('#name', 'Lena');
    await de.press('#name', 'Enter');
    await de.waitForSelector('body[data-screen="play"]', { timeout: 10000 });
    await de.waitForFunction(() => document.querySelector('#balance')?.textContent.trim() !== '–');
    eq(await text(de, '#balance'), '1.000,00', 'German: 1.000,00 chips');
    eq(await text(de, '#paytable tr[data-kind="highLow"] td.rtp'), '88,5 %', 'German: the RTP');
    await waitOpenRound(de, 1);
    await shot(de, 'rounds-de-phone.png');
    await ctx.close();
  }

  check(problems.length === 0, 'no uncaught page errors and no Content-Security-Policy violations', problems.join(' | '));
}

await runTest(main, { host, browser: () => browser });
