// SPDX-License-Identifier: GPL-3.0-or-later
// The big screen of a Sovereign Lines match, for the projector (/sovereign/screen?code=CODE):
// the whole map, large, the leaderboard and the time left; in the lobby the join card (the
// address students open, the code, a QR code) and who has joined with their starts; at the
// end the standings. It shows everything and sends nothing.
// Only a facilitator may watch a game without a seat in it (docs/protocol.md, channels), so
// the screen signs in with the facilitator's token: the facilitator page opens it with its
// own (sessionStorage travels to a window it opens), and without one it asks for the password.
import { addStrings, t, fmt, lang, $, el, setText, show, api, errorText, closedText, translatePage, Socket } from '../common.js';
import { STRINGS } from './strings.js';
import { MapView } from './map.js';
import { swatchUrl } from './palette.js';

addStrings(STRINGS);

const TOKEN_KEY = 'steward.facilitatorToken'; // the facilitator page's (facilitator.js)
const ADDRESS_KEY = 'steward.joinAddress';    // the join address it chose
const params = new URLSearchParams(location.search);
const code = (params.get('code') || '').trim().toUpperCase();

const model = {
  token: '',
  gameId: params.get('game') || '',
  view: null,
  anchor: { tick: 0, at: 0 },
  addresses: null,
  landHexes: 0,
};
let socket = null;
let mapView = null;
const pctFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

function readToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
}
function keepToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* no storage: signed in until a reload */ }
}

function showScreen(name) {
  for (const s of ['loading', 'login', 'error', 'show']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
  if (name === 'show' && mapView) mapView.resize();
}

function fail(text) {
  setText('#error-text', text);
  showScreen('error');
}

function refused(e) {
  return ['TOKEN_EXPIRED', 'TOKEN_INVALID', 'AUTH_REQUIRED', 'FORBIDDEN'].includes(e && e.code);
}

function askSignIn(errorMessage) {
  if (socket) socket.stop();
  socket = null;
  keepToken('');
  model.token = '';
  setText('#login-error', errorMessage || '');
  show('#login-error', !!errorMessage);
  showScreen('login');
  $('#password').focus();
}

async function onLogin(ev) {
  ev.preventDefault();
  const button = $('#login-button');
  button.disabled = true;
  show('#login-error', false);
  try {
    const r = await api('/api/players/authenticate', { body: { username: $('#username').value.trim(), password: $('#password').value } });
    $('#password').value = '';
    model.token = r.token;
    keepToken(r.token);
    begin();
  } catch (e) {
    setText('#login-error', errorText(e));
    show('#login-error', true);
  } finally {
    button.disabled = false;
  }
}

// Finds the match of the code, then watches it.
async function begin() {
  if (!model.gameId && !code) { fail(t('sovScreenNoCode')); return; }
  showScreen('loading');
  try {
    if (!model.gameId) {
      const r = await api('/api/games', { token: model.token });
      const game = (r.games || []).find((g) => String(g.joinCode).toUpperCase() === code && g.kind === 'sovereign');
      if (!game) { fail(t('sovScreenNoGame', { code })); return; }
      model.gameId = game.gameId;
    }
  } catch (e) {
    if (refused(e)) askSignIn();
    else fail(errorText(e));
    return;
  }
  loadAddresses();
  watch();
}

function watch() {
  if (socket) socket.stop();
  socket = new Socket({
    auth: () => (model.token ? { token: model.token } : null),
    onAuthed: (reply, s) => {
      if (reply.role !== 'facilitator') { askSignIn(); return; }
      s.request('follow', { channel: 'game:' + model.gameId }).catch((e) => {
        if (e.code !== 'DISCONNECTED') fail(errorText(e));
      });
    },
    onAuthFailed: (err) => {
      if (refused(err)) { askSignIn(); return 'stop'; }
      return 'later';
    },
    onPush: (type, data) => {
      if (type === 'state' && data.gameId === model.gameId) onState(data);
      else if (type === 'game.deleted') fail(t('sovScreenNoGame', { code }));
    },
    onStatus: (status, detail) => {
      show('#connection', status === 'offline' || status === 'closed');
      setText('#connection', status === 'closed' ? closedText(detail) : t('reconnecting'));
    },
  });
  socket.start();
}

// ---------------------------------------------------------------------------------------
// Where students join (as the facilitator page offers it)

function isLoopback(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

async function loadAddresses() {
  try {
    const r = await api('/api/host/join', { token: model.token });
    model.addresses = r.addresses || [];
  } catch {
    model.addresses = [];
  }
  renderJoin();
}

function joinBase() {
  const bases = (model.addresses || []).slice();
  const own = location.origin + '/';
  if (!isLoopback(location.hostname) && !bases.includes(own)) bases.unshift(own);
  let saved = '';
  try { saved = localStorage.getItem(ADDRESS_KEY) || ''; } catch { /* none */ }
  if (saved && bases.includes(saved)) return saved;
  return bases.includes(own) ? own : bases[0] || own;
}

function renderJoin() {
  const v = model.view;
  const joinCode = (v && v.joinCode) || code;
  const base = joinBase();
  const url = base + 'sovereign?code=' + joinCode;
  // The host and the path on their own lines when the address does not fit on one.
  const shown = url.replace(/^https?:\/\//, '');
  const cut = shown.indexOf('/');
  const key = shown;
  const box = $('#show-url');
  if (box.dataset.url !== key) {
    box.dataset.url = key;
    box.replaceChildren(el('span', null, shown.slice(0, cut)), el('span', null, shown.slice(cut)));
  }
  setText('#show-code', joinCode);
  const qr = $('#show-qr');
  const drawable = (model.addresses || []).includes(base);
  if (drawable) {
    const src = '/api/join/qr.svg?url=' + encodeURIComponent(url);
    if (qr.getAttribute('src') !== src) qr.setAttribute('src', src);
    qr.alt = t('joinQrAlt', { url });
  }
  show(qr, drawable);
}

// ---------------------------------------------------------------------------------------
// The match

function tickNow() {
  const v = model.view;
  if (!v) return 0;
  if (v.phase !== 'running') return v.tick || 0;
  const ms = v.tickMs || 50;
  const ahead = Math.min((performance.now() - model.anchor.at) / ms, Math.max(10, 600 / ms));
  return model.anchor.tick + Math.max(0, ahead);
}

// What changed hands since the last view, newest first: "Ada took region 13 from Bo".
const feed = [];
function noteChanges(before, view) {
  if (!before || !before.regions || (view.phase !== 'running' && view.phase !== 'over')) return;
  const players = view.players || {};
  const name = (n) => (players[n] ? players[n].name : '');
  const time = clockOf(tickOf(view));
  for (const [id, now] of Object.entries(view.regions || {})) {
    const was = before.regions[id];
    if (!was || was[0] === now[0] || now[0] < 0 || before.phase !== 'running') continue;
    const region = t('sovRegion', { id });
    feed.unshift({ colour: players[now[0]] ? players[now[0]].colour : 0, time,
      text: was[0] >= 0 ? t('sovFeedTookFrom', { name: name(now[0]), region, other: name(was[0]) })
        : t('sovFeedTook', { name: name(now[0]), region }) });
  }
  for (const [n, p] of Object.entries(players)) {
    const was = (before.players || {})[n];
    if (was && was.alive && !p.alive) feed.unshift({ colour: p.colour, time, text: t('sovFeedOut', { name: p.name }) });
  }
  feed.splice(12);
}

function tickOf(v) { return v.tick || 0; }
function clockOf(tick) {
  const secs = Math.floor(tick * ((model.view && model.view.tickMs) || 50) / 1000);
  return Math.floor(secs / 60) + ':' + String(secs % 60).padStart(2, '0');
}

let feedKey = '';
function renderFeed() {
  const key = feed.map((f) => f.time + f.text).join('|');
  if (key === feedKey) return;
  feedKey = key;
  $('#show-feed').replaceChildren(...feed.slice(0, 10).map((f) => el('li', null, swatch(f.colour),
    el('span', null, f.text.charAt(0).toLocaleUpperCase(lang) + f.text.slice(1)), el('span', { class: 'when' }, f.time))));
}

function onState(view) {
  const before = model.view;
  noteChanges(before, view);
  model.view = view;
  if (!before || view.tick !== before.tick) model.anchor = { tick: view.tick || 0, at: performance.now() };
  if (view.map && (!before || before.map !== view.map)) {
    model.landHexes = view.map.regions.reduce((sum, r) => sum + (r[0] !== 'water' ? r[1] : 0), 0);
  }
  if (document.body.dataset.screen !== 'show') showScreen('show');
  document.title = (view.joinCode || code) + ' — ' + t('sovTitle') + ' — ' + t('brand');
  render();
}

function ranking() {
  return Object.entries((model.view && model.view.players) || {}).map(([n, p]) => Object.assign({ n: Number(n) }, p))
    .sort((a, b) => b.hexes - a.hexes || b.troops - a.troops || a.n - b.n);
}

function swatch(colour) {
  return el('img', { class: 'swatch-img', src: swatchUrl(colour), alt: '', width: 20, height: 20 });
}

function render() {
  const v = model.view;
  const phase = v.phase || 'lobby';
  document.body.dataset.phase = phase;
  setText('#show-phase', t({ lobby: 'sovPhaseLobby', running: 'sovPhaseRunning', over: 'sovPhaseOver' }[phase] || phase));
  const starts = new Map();
  if (phase === 'lobby') for (const [n, p] of Object.entries(v.players || {})) if (p.start >= 0) starts.set(p.start, Number(n));
  mapView.setMap(v.map);
  mapView.setState({ regions: v.regions, marches: v.marches, players: v.players, me: -1, allies: new Set(), selected: -1,
    targets: new Set(), phase, tick: v.tick, starts, blocked: null, tickNow, tickMs: v.tickMs || 50 });
  show('#show-join', phase === 'lobby');
  show('#show-board-card', phase !== 'lobby');
  show('#show-feed-card', phase !== 'lobby' && feed.length > 0);
  renderFeed();
  show('#show-over', phase === 'over');
  if (phase === 'lobby') renderLobby();
  else renderBoardSoon();
  if (phase === 'over') renderOver();
  tick();
}

let lobbyKey = '';
function renderLobby() {
  const v = model.view;
  const entries = Object.entries(v.players || {});
  renderJoin();
  const key = JSON.stringify([entries.map(([n, p]) => [n, p.name, p.colour, p.start]), v.slots, lang]);
  if (key === lobbyKey) return;
  lobbyKey = key;
  setText('#show-joined', t('sovScreenJoined', { players: entries.length, slots: v.slots || '' }));
  $('#show-lobby').replaceChildren(...entries.map(([n, p]) => el('li', { dataset: { player: n } },
    swatch(p.colour), el('span', null, p.name))));
}

let boardTimer = null;
let boardKey = '';
function renderBoardSoon() {
  if (boardTimer) return;
  boardTimer = setTimeout(() => { boardTimer = null; renderBoard(); }, boardKey ? 250 : 0);
}

function renderBoard() {
  const v = model.view;
  if (!v || v.phase === 'lobby') return;
  const over = v.phase === 'over';
  const rows = over && v.result ? (v.result.standings || []).map((r) => Object.assign({ n: r.player },
    (v.players || {})[r.player] || {}, { hexes: r.hexes, troops: r.troops, alive: r.alive, name: r.name })) : ranking();
  const shown = rows.slice(0, 10);
  const key = JSON.stringify([shown.map((r) => [r.n, r.hexes, r.troops, r.alive]), over, lang]);
  if (key === boardKey) return;
  boardKey = key;
  setText('#show-board-title', t(over ? 'sovStandingsTitle' : 'sovScreenTop'));
  const top = Math.max(1, ...shown.map((r) => r.hexes));
  $('#show-board').replaceChildren(...shown.map((r, i) => {
    const bar = el('span', { class: 'bar' });
    bar.style.width = (100 * r.hexes / top).toFixed(1) + '%';
    return el('li', { class: (r.alive === false ? 'out' : '') + (over && i === 0 ? ' winner' : ''), dataset: { player: String(r.n) } },
      el('span', { class: 'rank' }, String(i + 1)),
      swatch(r.colour || 0),
      el('span', { class: 'name' }, r.name),
      el('span', { class: 'land' }, model.landHexes ? pctFormat.format(100 * r.hexes / model.landHexes) + ' %' : fmt(r.hexes)),
      el('span', { class: 'troops' }, fmt(r.troops)),
      el('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar));
  }));
}

function renderOver() {
  const v = model.view;
  const result = v.result || {};
  const first = (result.standings || [])[0];
  setText('#show-winner', first ? t('sovScreenWinner', { name: first.name }) : '');
  const reason = result.reason || '';
  setText('#show-reason', t(t('sovReason_' + reason) !== 'sovReason_' + reason ? 'sovReason_' + reason : 'sovReason_other'));
  // The replay, in this window: it finds the facilitator's token where this page keeps it.
  const replay = $('#show-replay');
  replay.href = '/app/sovereign/replay.html?game=' + encodeURIComponent(model.gameId);
  show(replay, !!model.gameId);
}

function tick() {
  const v = model.view;
  if (!v) return;
  const ms = v.tickMs || 50;
  const left = v.phase === 'lobby' ? (v.endsAtTick || 0) * ms : Math.max(0, ((v.endsAtTick || 0) - tickNow()) * ms);
  setText('#show-clock-label', v.phase === 'lobby' ? t('sovMatchLength') : v.phase === 'over' ? t('sovEnded') : t('sovTimeLeft'));
  const total = Math.max(0, Math.ceil(left / 1000));
  setText('#show-clock-time', v.phase === 'over' ? '' : Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0'));
  $('#show-clock').classList.toggle('urgent', v.phase === 'running' && left <= 30000);
}
setInterval(tick, 250);

function init() {
  translatePage();
  mapView = new MapView($('#show-map'), { interactive: false, labelScale: 1.1 });
  $('#login-form').addEventListener('submit', onLogin);
  model.token = readToken();
  if (!model.token) askSignIn();
  else begin();
}

init();
