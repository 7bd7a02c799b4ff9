// SPDX-License-Identifier: GPL-3.0-or-later
// The player's page of a rounds table (/rounds): join, follow the rounds over the WebSocket,
// bet play chips on the number 00–99 drawn each round, see the results and how to check them.
// The wire contract is docs/protocol.md and RoundsGame::viewFor; texts are in this folder's
// strings.js and the shared one.
import { addStrings, t, tNodes, fmt, fmtMoney, lang, $, el, setText, show, translatePage } from '../common.js';
import { PlayerSession } from '../session.js';
import { JoinScreen } from '../join.js';
import { STRINGS } from './strings.js';

addStrings(STRINGS);

const KINDS = ['exact', 'decade', 'highLow', 'oddEven'];

// The seat, per tab (sessionStorage): a reload resumes it, another tab may join anew. A bet
// waits in the session's outbox (in memory: a reload does not place it) until the host
// answers; after a reconnect it is sent again, and the host answers a repeated betId with
// the first answer, or says the round has closed.
const session = new PlayerSession({
  kind: 'rounds', path: '/rounds', storage: 'session', key: 'steward.rounds',
  onState, onAuthed: resendBet, onConnection: () => tick(), onEnded: (code, notice, name) => joinScreen.show(code, notice, name),
  onError: (err) => {
    if (err.code === 'RATE_LIMITED') setStatus('error', t('errRateLimited'));
  },
});

let joinScreen = null; // made once the page is there (init)

const model = {
  state: null,       // the merged view
  lastSettled: null, // the newest settled round seen, to announce the next one
  status: null,      // {kind, text}: the line under the bet button
};

// {bet, label}: the bet sent, not yet answered.
function pending() { return session.outbox.get(); }

// ---------------------------------------------------------------------------------------
// Formatting

function has(key) { return t(key) !== key; }
function camel(code) {
  return String(code || '').toLowerCase().replace(/(^|_)([a-z])/g, (m, u, c) => c.toUpperCase());
}
function currency() { return (model.state && model.state.table && model.state.table.currency) || 'CHIPS'; }
// Minor units → "1,000.00" (two decimals, the page's language).
function chips(minor) { return fmtMoney(Number(minor) / 100); }
function money(minor) { return chips(minor) + ' ' + currency(); }
const pctFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
function pct(basisPoints) { return pctFormat.format(basisPoints / 100); }
function two(n) { return String(n).padStart(2, '0'); }
function shortHash(h) { return h && h.length > 20 ? h.slice(0, 10) + '…' + h.slice(-6) : (h || ''); }

function randomHex(bytes) {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

function kindName(kind) { return t('roundsKind' + kind.charAt(0).toUpperCase() + kind.slice(1)); }

// A bet as words: "Number 42", "40–49", "High (50–99)".
function betLabel(type, label) {
  switch (type) {
    case 'exact': return t('roundsBetExact', { number: label });
    case 'decade': return t('roundsBetDecade', { range: label });
    case 'high': return t('roundsHigh');
    case 'low': return t('roundsLow');
    case 'odd': return t('roundsOdd');
    case 'even': return t('roundsEven');
    default: return String(label || type);
  }
}

function decadeLabel(d) { return two(d * 10) + '–' + two(d * 10 + 9); }

function limits() {
  const l = (model.state && model.state.table && model.state.table.limits) || {};
  return { minBet: l.minBet || 100, maxBet: l.maxBet || 10000, maxWin: l.maxWin || 1000000 };
}
function minChips() { return Math.max(1, Math.ceil(limits().minBet / 100)); }
function maxChips() { return Math.max(minChips(), Math.floor(limits().maxBet / 100)); }

function multiplierHundredths(kind) {
  const p = model.state && model.state.table && model.state.table.paytable && model.state.table.paytable[kind];
  return p ? Math.round(p.multiplier * 100) : 0;
}
// As the host computes it (Paytable::winningReturn): rounded down to the minor unit.
function winningReturn(kind, stakeMinor) { return Math.floor(stakeMinor * multiplierHundredths(kind) / 100); }

// ---------------------------------------------------------------------------------------
// Screens and joining

function showScreen(name) {
  for (const s of ['loading', 'join', 'play']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
}

// ---------------------------------------------------------------------------------------
// Connection

function startGame() {
  model.state = null;
  model.lastSettled = null;
  session.outbox.clear();
  model.status = null;
  setText('#screen-loading', t('connecting'));
  showScreen('loading');
  setText('#seat-label', session.info.name || '');
  session.start();
}

// A bet whose answer the dropped connection lost: send it again.
function resendBet() {
  const p = pending();
  if (p) sendBet(p.bet, p.label);
}

function onState(view) {
  const first = !model.state;
  model.state = view;
  const newest = (view.recent || [])[0];
  if (newest && model.lastSettled !== null && newest.round > model.lastSettled) announce(newest);
  else if (newest && first) announce(newest, true);
  if (newest) model.lastSettled = newest.round;
  else if (model.lastSettled === null) model.lastSettled = 0;
  if (document.body.dataset.screen !== 'play') {
    showScreen('play');
    document.title = t('roundsTitle') + ' — ' + t('brand');
  }
  render();
}

// ---------------------------------------------------------------------------------------
// Rendering

function render() {
  const s = model.state;
  if (!s) return;
  const you = s.you || {};
  setText('#seat-label', you.name || (session.info && session.info.name) || '');
  setText('#balance', chips(you.balance));
  $('#balance').dataset.minor = String(you.balance);
  setText('#currency', currency());
  setText('#stake-label', t('roundsStake', { currency: currency() }));
  setText('#stake-hint', t('roundsStakeHint', { min: fmt(minChips()), max: fmt(maxChips()) }));
  renderLastDraw(s);
  renderMyBets(s);
  renderRecent(s);
  renderFairness(s);
  renderPaytable(s);
  renderPays();
  tick();
}

// The round's clock, from the host's time (the Socket keeps the offset from its pings).
function phaseOf(s, now) {
  const table = s.table || {};
  const c = s.current;
  if (c && c.phase === 'open' && typeof c.closesAt === 'number') {
    if (now < c.closesAt) {
      return { kind: 'open', round: c.round, left: c.closesAt - now, total: Math.max(1, c.closesAt - c.opensAt) };
    }
    return { kind: 'drawing', round: c.round };
  }
  if (s.paused) return { kind: 'paused', round: null };
  const next = s.next;
  if (!next) return { kind: 'waiting', round: null };
  const last = (s.recent || [])[0];
  const opensAt = last && last.round === next.round - 1 && typeof last.opensAt === 'number'
    ? last.opensAt + (table.periodMs || 0) : null;
  if (opensAt && now < opensAt) {
    return { kind: 'between', round: next.round, left: opensAt - now,
      total: Math.max(1, (table.periodMs || 0) - (table.bettingMs || 0)) };
  }
  return { kind: next.phase === 'prepared' ? 'committing' : 'waiting', round: next.round };
}

let shownPhase = '';
function tick() {
  const s = model.state;
  if (!s) return;
  const ph = phaseOf(s, session.serverNow());
  const card = $('#round-card');
  card.dataset.phase = ph.kind;
  setText('#round-heading', ph.round ? t('roundsRound', { round: ph.round }) : t('roundsTitle'));
  const pill = $('#phase-pill');
  setText(pill, t(ph.kind === 'open' ? 'roundsPhaseOpen' : 'roundsPhaseClosed'));
  pill.className = 'pill phase-pill ' + (ph.kind === 'open' ? 'live' : '');

  const seconds = ph.left !== undefined ? Math.max(0, Math.ceil(ph.left / 1000)) : null;
  const key = ph.kind + '|' + seconds + '|' + ph.round;
  if (key !== shownPhase) {
    shownPhase = key;
    const box = $('#countdown');
    const big = (n) => el('strong', { class: 'secs' }, fmt(n));
    if (ph.kind === 'open') box.replaceChildren(...tNodes('roundsBetsCloseIn', { seconds: big(seconds) }));
    else if (ph.kind === 'between') box.replaceChildren(...tNodes('roundsNextIn', { seconds: big(seconds) }));
    else if (ph.kind === 'drawing') box.replaceChildren(el('strong', { class: 'drawing' }, t('roundsDrawing')));
    else if (ph.kind === 'committing') box.replaceChildren(t('roundsCommitting', { round: ph.round }));
    else if (ph.kind === 'paused') box.replaceChildren(t('roundsPaused'));
    else box.replaceChildren(t(ph.round ? 'roundsOpening' : 'roundsStarting', { round: ph.round }));
    box.dataset.kind = ph.kind;
    box.classList.toggle('urgent', ph.kind === 'open' && seconds <= 3);
  }
  const fill = $('#time-bar-fill');
  const share = ph.left !== undefined ? Math.max(0, Math.min(1, ph.left / ph.total)) : 0;
  fill.style.width = (share * 100).toFixed(1) + '%';
  fill.dataset.kind = ph.kind;

  const button = $('#bet-button');
  const open = ph.kind === 'open';
  button.disabled = !open || !!pending() || !session.online;
  setText(button, pending() ? t('roundsPlacing') : t(open ? 'roundsPlaceBet' : 'roundsBetsClosedButton'));
  button.dataset.round = open ? String(ph.round) : '';
}
setInterval(tick, 200);

function announce(r, quiet) {
  const s = model.state;
  const mine = ((s && s.myBets) || []).filter((b) => b.round === r.round && b.return !== null && b.return !== undefined);
  let text = t('roundsDrawn', { round: r.round, number: two(r.number) });
  if (mine.length) {
    const won = mine.reduce((sum, b) => sum + b.return, 0);
    text += ' ' + (won > 0 ? t('roundsYouWon', { amount: money(won) }) : t('roundsNoWin'));
  }
  const box = $('#result');
  box.dataset.kind = mine.length ? (mine.some((b) => b.return > 0) ? 'won' : 'lost') : '';
  // The line under the bet button said "Bet placed on round r": on a phone that is where the
  // player looks, with the result above out of sight, so the outcome replaces it there.
  if (!quiet && mine.length && model.status && model.status.round === r.round) {
    setStatus(box.dataset.kind === 'won' ? 'ok' : '', text);
    $('#bet-status').dataset.round = String(r.round);
  }
  box.dataset.round = String(r.round);
  if (quiet) box.textContent = text;
  else {
    // Changed text in a live region is read out; a fresh node makes sure of it.
    box.replaceChildren(el('span', null, text));
    const ball = $('#last-number');
    ball.classList.remove('pop');
    void ball.offsetWidth;
    ball.classList.add('pop');
  }
}

function renderLastDraw(s) {
  const r = (s.recent || [])[0];
  const ball = $('#last-number');
  setText(ball, r ? two(r.number) : '–');
  ball.dataset.round = r ? String(r.round) : '';
  setText('#last-round', r ? t('roundsRound', { round: r.round }) : t('roundsNoneYet'));
}

let betsKey = '';
function renderMyBets(s) {
  const bets = s.myBets || [];
  const key = JSON.stringify(bets) + lang;
  if (key === betsKey) return;
  betsKey = key;
  show('#my-bets-empty', bets.length === 0);
  const current = s.current && s.current.phase === 'open' ? s.current.round : null;
  const items = bets.slice(0, 12).map((b) => {
    const settled = b.return !== null && b.return !== undefined;
    const outcome = !settled ? t('roundsBetOpen') : (b.return > 0 ? t('roundsBetWon', { amount: money(b.return) }) : t('roundsBetLost'));
    const kind = !settled ? 'open' : (b.return > 0 ? 'won' : 'lost');
    return el('li', { class: 'bet ' + kind + (b.round === current ? ' current' : ''),
      dataset: { round: String(b.round), type: b.type, betRef: b.betRef, outcome: kind } },
      el('span', { class: 'bet-round' }, t('roundsRoundShort', { round: b.round })),
      el('span', { class: 'bet-what' },
        el('strong', null, betLabel(b.type, b.label)),
        el('span', { class: 'muted' }, t('roundsBetStake', { stake: money(b.stake), potential: money(b.potentialReturn) }))),
      el('span', { class: 'bet-outcome' }, outcome));
  });
  $('#my-bets').replaceChildren(...items);
}

let recentKey = '';
function renderRecent(s) {
  const recent = s.recent || [];
  const gameId = session.info && session.info.gameId;
  const key = JSON.stringify(recent.map((r) => [r.round, r.number])) + JSON.stringify((s.myBets || []).map((b) => [b.round, b.return]));
  if (key === recentKey) return;
  recentKey = key;
  show('#recent-empty', recent.length === 0);
  show('#recent-hint', recent.length > 0);
  const wonRounds = new Set((s.myBets || []).filter((b) => b.return > 0).map((b) => b.round));
  const items = recent.map((r) => {
    const label = t('roundsVerifyRound', { round: r.round, number: two(r.number) });
    return el('li', { dataset: { round: String(r.round), number: String(r.number) } },
      // Beside the betting page, not in its place: the round goes on while the player checks.
      el('a', { href: '/verify?game=' + encodeURIComponent(gameId || '') + '&round=' + encodeURIComponent(r.round),
        target: '_blank', rel: 'noopener',
        class: 'ball' + (wonRounds.has(r.round) ? ' won' : '') + (r.number >= 50 ? ' high' : ' low'),
        title: label, 'aria-label': label }, two(r.number)),
      el('span', { class: 'ball-round', 'aria-hidden': 'true' }, String(r.round)));
  });
  $('#recent').replaceChildren(...items);
}

function renderFairness(s) {
  const c = s.current && s.current.phase === 'open' ? s.current : s.next;
  show('#seed-hash', !!c);
  if (!c) {
    setText('#commit-label', '');
    setText('#commit-note', '');
    setText('#commit-tx', '');
    show('#chain-mark', false);
    return;
  }
  setText('#commit-label', t('roundsCommitment', { round: c.round }));
  const hash = $('#seed-hash');
  setText(hash, shortHash(c.seedHash));
  hash.title = c.seedHash || '';
  hash.dataset.full = c.seedHash || '';
  const committed = c.phase !== 'prepared';
  setText('#commit-note', t(committed ? (c.phase === 'open' ? 'roundsCommittedBefore' : 'roundsCommittedAhead') : 'roundsBeingCommitted'));
  $('#commit-note').dataset.kind = committed ? 'ok' : 'wait';
  const mark = $('#chain-mark');
  show(mark, committed);
  setText(mark, t(c.committedOnChain ? 'roundsOnChain' : 'roundsOffChain'));
  mark.className = 'pill ' + (c.committedOnChain ? 'live' : '');
  setText('#commit-tx', c.committedOnChain && c.commitTx ? t('roundsCommitTx', { tx: shortHash(c.commitTx) }) : '');
  $('#commit-tx').title = c.commitTx || '';
}

let payKey = '';
function renderPaytable(s) {
  const table = s.table || {};
  const p = table.paytable || {};
  const key = JSON.stringify([p, table.limits, table.currency]);
  if (key === payKey) return;
  payKey = key;
  const rows = KINDS.filter((k) => p[k]).map((k) => el('tr', { dataset: { kind: k } },
    el('th', { scope: 'row' }, kindName(k),
      el('small', { class: 'muted block' }, t('roundsWinningNumbers', { count: p[k].winningNumbers }))),
    el('td', { class: 'num strong' }, t('roundsMultiplier', { multiplier: fmt(p[k].multiplier) })),
    el('td', { class: 'num rtp' }, t('roundsPercent', { rtp: pct(p[k].rtpBasisPoints) }))));
  $('#paytable tbody').replaceChildren(...rows);
  const l = limits();
  setText('#limits', t('roundsLimits', { min: money(l.minBet), max: money(l.maxBet), maxWin: money(l.maxWin) }));
}

// ---------------------------------------------------------------------------------------
// The bet builder

function kind() { return ($('input[name="kind"]:checked') || {}).value || 'exact'; }

function showPickFor(k) {
  for (const x of KINDS) show('#pick-' + x, x === k);
}

function readNumber() {
  const raw = $('#pick-number').value.trim();
  if (!/^\d{1,2}$/.test(raw)) return null;
  return Number(raw);
}

// {type, pick?, label} of what the form says, or {error, focus}.
function readSelection() {
  const k = kind();
  if (k === 'exact') {
    const n = readNumber();
    if (n === null) return { error: t('roundsInvalidNumber'), focus: '#pick-number' };
    return { type: 'exact', pick: n, label: betLabel('exact', two(n)) };
  }
  if (k === 'decade') {
    const d = Number($('#pick-decade-select').value);
    return { type: 'decade', pick: d, label: betLabel('decade', decadeLabel(d)) };
  }
  const type = k === 'highLow' ? $('input[name="highLow"]:checked').value : $('input[name="oddEven"]:checked').value;
  return { type, label: betLabel(type) };
}

// Whole chips; the host checks the limits and the balance.
function readStake() {
  const raw = $('#stake').value.trim();
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) return null;
  return Number(raw);
}

function renderPays() {
  if (!model.state) return;
  const k = kind();
  const stake = readStake();
  const mult = fmt(multiplierHundredths(k) / 100);
  const line = $('#bet-pays');
  const text = stake !== null
    ? t('roundsPays', { multiplier: mult, amount: money(winningReturn(k, stake * 100)) })
    : t('roundsPaysNoStake', { multiplier: mult });
  if (line.textContent !== text) line.textContent = text;
}

function setStatus(kind, text) {
  model.status = text ? { kind, text } : null;
  const box = $('#bet-status');
  box.dataset.kind = kind || '';
  box.dataset.code = '';
  // A fresh node, so that the same sentence twice is read out twice.
  box.replaceChildren(...(text ? [el('span', null, text)] : []));
}

function invalid(sel, on) {
  if (on) $(sel).setAttribute('aria-invalid', 'true');
  else $(sel).removeAttribute('aria-invalid');
}

function onBet(ev) {
  ev.preventDefault();
  const s = model.state;
  if (!s || pending()) return;
  const ph = phaseOf(s, session.serverNow());
  if (ph.kind !== 'open') {
    setStatus('error', t('roundsErrRoundNotOpen'));
    return;
  }
  const selection = readSelection();
  if (selection.error) {
    invalid(selection.focus, true);
    setStatus('error', selection.error);
    $(selection.focus).focus();
    return;
  }
  const stake = readStake();
  if (stake === null) {
    invalid('#stake', true);
    setStatus('error', t('roundsInvalidStake', { min: fmt(minChips()), currency: currency() }));
    $('#stake').focus();
    return;
  }
  const bet = { betId: randomHex(12), type: selection.type, stake: stake * 100, clientSeed: randomHex(16), round: ph.round };
  if (selection.pick !== undefined) bet.pick = selection.pick;
  sendBet(bet, selection.label);
}

function sendBet(bet, label) {
  session.outbox.put({ bet, label });
  if (!session.online) {
    tick();
    return; // sent when the connection is back (onAuthed)
  }
  setStatus('', '');
  tick();
  const thisBet = (p) => p.bet.betId === bet.betId;
  session.request('bet.place', bet).then((reply) => {
    if (!pending() || !thisBet(pending())) return;
    session.outbox.clear();
    setStatus('ok', t('roundsBetPlaced', { round: reply.round, bet: label, stake: money(reply.stake),
      potential: money(reply.potentialReturn) }));
    model.status.round = reply.round;
    if (model.state && typeof reply.balance === 'number' && model.state.you) {
      // The push follows; show the new balance at once.
      setText('#balance', chips(reply.balance));
      $('#balance').dataset.minor = String(reply.balance);
    }
    tick();
  }, (err) => {
    if (err.code === 'DISCONNECTED') { tick(); return; } // sent again after the reconnect
    if (!pending() || !thisBet(pending())) return;
    session.outbox.clear();
    setStatus('error', betErrorText(err, bet));
    $('#bet-status').dataset.code = err.code || '';
    if (['BET_BELOW_MINIMUM', 'BET_ABOVE_MAXIMUM', 'MAX_WIN_EXCEEDED', 'INSUFFICIENT_FUNDS'].includes(err.code)) {
      invalid('#stake', true);
      $('#stake').focus();
    }
    tick();
  });
}

// A refusal as a sentence in the page's language, with the table's limits in chips (the
// host's own messages give minor units).
function betErrorText(err, bet) {
  const s = model.state || {};
  const l = limits();
  const vars = { round: bet.round, min: money(l.minBet), max: money(l.maxBet), maxWin: money(l.maxWin),
    balance: money((s.you && s.you.balance) || 0) };
  const key = 'roundsErr' + camel(err.code);
  if (has(key)) return t(key, vars);
  if (has('err' + camel(err.code))) return t('err' + camel(err.code));
  return t('roundsBetRefused', { message: err.message || err.code });
}

function clearStakeError() {
  invalid('#stake', false);
  if (model.status && model.status.kind === 'error') setStatus('', '');
  renderPays();
}

function stepNumber(delta) {
  const n = readNumber();
  const next = n === null ? 0 : (n + delta + 100) % 100;
  $('#pick-number').value = two(next);
  invalid('#pick-number', false);
  if (model.status && model.status.kind === 'error') setStatus('', '');
}

// ---------------------------------------------------------------------------------------
// Start

function init() {
  translatePage();
  $('#pick-decade-select').replaceChildren(...Array.from({ length: 10 }, (x, d) => el('option', { value: String(d) }, decadeLabel(d))));
  $('#pick-number').value = two(Math.floor(Math.random() * 100));
  joinScreen = new JoinScreen({
    session, showScreen, titleKey: 'roundsTitle', buttonKey: 'roundsJoinButton',
    onShow: () => { model.state = null; }, details: () => ({ role: 'player', team: 1 }), onJoined: startGame,
  });
  $('#join-code').addEventListener('input', (e) => {
    const v = e.target.value.toUpperCase();
    if (v !== e.target.value) e.target.value = v;
  });
  $('#bet-form').addEventListener('submit', onBet);
  document.querySelectorAll('input[name="kind"]').forEach((r) => r.addEventListener('change', () => {
    showPickFor(kind());
    if (model.status && model.status.kind === 'error') setStatus('', '');
    renderPays();
  }));
  $('#number-down').addEventListener('click', () => stepNumber(-1));
  $('#number-up').addEventListener('click', () => stepNumber(1));
  $('#pick-number').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp') { e.preventDefault(); stepNumber(1); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); stepNumber(-1); }
  });
  $('#pick-number').addEventListener('input', () => {
    invalid('#pick-number', false);
    if (model.status && model.status.kind === 'error') setStatus('', '');
  });
  $('#pick-number').addEventListener('blur', () => {
    const n = readNumber();
    if (n !== null) $('#pick-number').value = two(n);
  });
  $('#stake').addEventListener('input', clearStakeError);
  document.querySelectorAll('.quick-stakes button').forEach((b) => b.addEventListener('click', () => {
    let v = b.dataset.stake;
    if (v === 'max') {
      const balance = (model.state && model.state.you && model.state.you.balance) || 0;
      v = Math.max(minChips(), Math.min(maxChips(), Math.floor(balance / 100)));
    }
    $('#stake').value = String(v);
    clearStakeError();
  }));
  showPickFor(kind());

  const code = PlayerSession.codeInUrl();
  if (session.canResume(code)) startGame();
  else joinScreen.show(code);
}

init();
