// SPDX-License-Identifier: GPL-3.0-or-later
// The replay of a finished Sovereign Lines match (/app/sovereign/replay.html?game=ID): the map as
// it stood at any second, with a time slider, play and pause, speeds (1×, 2×, 4×, 8×), a step of
// one second either way, the keyboard (space, arrows, Home, End) and touch; the leaderboard at
// that moment, the final standings, and the facts anyone can check with steward-verify.
// The host serves the replay (GET /api/sovereign/<gameId>/replay) to the match's players and the
// facilitator once the match is over: `start` is the whole view when the match started, and
// each of `frames` (one a second) the regions that changed since the one before, as flat
// triples [id, owner, troops, ...], with every player's [hexes, troops]. Position 0 of the
// slider is the start, position k the state after frames[k-1]; a keyframe every 30 positions
// makes any position a few deltas away.
// The token: the player's seat kept by the player page in this tab (session.js, key
// steward.sovereign), or the facilitator's (the facilitator page and the big screen keep it in
// sessionStorage, and a window they open gets a copy); without either it asks the host to sign in.
import { addStrings, t, fmt, lang, $, el, setText, show, errorText, translatePage } from '../common.js';
import { STRINGS } from './strings.js';
import { ReplayAccess } from './replay-access.js';
import { MapView } from './map.js';
import { swatchUrl, HUES } from './palette.js';

addStrings(STRINGS);

const KEYFRAME_EVERY = 30;                    // positions (seconds) between keyframes
const SPEEDS = [1, 2, 4, 8];
const gameId = (new URLSearchParams(location.search).get('game') || '').trim();
const pctFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

let access = null; // the token the replay is asked with (made in init, once the game is known)
const model = {
  replay: null,
  tickMs: 50,
  landHexes: 0,
  regionIds: [],    // land regions, in the order of `owners` and `troops`
  index: new Map(), // region id -> its place in regionIds
  keyframes: [],    // [{owners: Int32Array, troops: Int32Array}] for positions 0, 30, 60, ...
  position: 0,
  playing: false,
  speed: 1,
  carry: 0,         // the part of a position played since the last one
  lastFrameAt: 0,
  shown: null,      // the state at `position`
};
let mapView = null;

// ---------------------------------------------------------------------------------------
// Small helpers

function has(key) { return t(key) !== key; }
function sentence(text) { return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text; }

function clock(tick) {
  const secs = Math.max(0, Math.floor(tick * model.tickMs / 1000));
  return Math.floor(secs / 60) + ':' + String(secs % 60).padStart(2, '0');
}

function showScreen(name) {
  for (const s of ['loading', 'login', 'error', 'replay']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
  if (name === 'replay' && mapView) mapView.resize();
}

function fail(text) {
  setText('#error-text', text);
  showScreen('error');
}

function swatch(colour) {
  return el('img', { class: 'swatch-img', src: swatchUrl(colour), alt: '', width: 16, height: 16 });
}

// ---------------------------------------------------------------------------------------
// Signing in and loading

function askSignIn(errorMessage) {
  setText('#login-error', errorMessage || '');
  show('#login-error', !!errorMessage);
  showScreen('login');
  $('#password').focus();
}

async function onLogin(ev) {
  if (await access.signInFromForm(ev)) load();
}


async function load() {
  if (!gameId) { fail(t('sovReplayNoGame')); return; }
  if (!access.token) { askSignIn(); return; }
  showScreen('loading');
  renderBackLink();
  const { replay, signIn, error } = await access.fetch();
  if (signIn !== undefined) { askSignIn(signIn); return; }
  if (error) {
    fail(error.code === 'MATCH_NOT_OVER' ? t('sovReplayNotOver') : errorText(error));
    return;
  }
  begin(replay);
}

function renderBackLink() {
  const link = $('#back-link');
  if (access.via === 'player' && access.seat) {
    link.href = '/sovereign?code=' + encodeURIComponent(access.seat.joinCode || '');
    show(link, true);
  } else if (access.via === 'facilitator') {
    link.href = '/facilitator#game=' + encodeURIComponent(gameId);
    show(link, true);
  } else {
    show(link, false);
  }
}

// ---------------------------------------------------------------------------------------
// The replay's states

function begin(replay) {
  model.replay = replay;
  const start = replay.start || {};
  model.tickMs = (replay.config && replay.config.tickMs) || start.tickMs || 50;
  const regions = (start.map && start.map.regions) || [];
  model.landHexes = regions.reduce((sum, r) => sum + (r[0] !== 'water' ? r[1] : 0), 0);
  model.regionIds = [];
  model.index = new Map();
  regions.forEach((r, id) => {
    if (r[0] === 'water') return;
    model.index.set(id, model.regionIds.length);
    model.regionIds.push(id);
  });
  // Position 0: the start; then the frames, in order, with a keyframe every KEYFRAME_EVERY.
  const n = model.regionIds.length;
  const owners = new Int32Array(n).fill(-1);
  const troops = new Int32Array(n);
  for (const [id, held] of Object.entries(start.regions || {})) {
    const i = model.index.get(Number(id));
    if (i === undefined) continue;
    owners[i] = held[0];
    troops[i] = held[1];
  }
  model.keyframes = [{ owners: owners.slice(), troops: troops.slice() }];
  const frames = replay.frames || [];
  for (let k = 1; k <= frames.length; k++) {
    applyFrame(frames[k - 1], owners, troops);
    if (k % KEYFRAME_EVERY === 0) model.keyframes.push({ owners: owners.slice(), troops: troops.slice() });
  }
  const scrub = $('#scrub');
  scrub.max = String(frames.length);
  scrub.value = '0';
  document.title = t('sovReplayTitle') + ' — ' + t('sovTitle') + ' — ' + t('brand');
  setText('#time-end', clock(replay.endTick || tickAt(frames.length)));
  setText('#replay-facts', t('sovReplayLength', { time: clock(replay.endTick || 0), players: Object.keys(start.players || {}).length }));
  // The map's shape, for narrow screens where the map is as tall as it needs (replay.css).
  if (start.map) {
    const aspect = (Math.sqrt(3) * (start.map.width + 0.5)) / (1.5 * (start.map.height - 1) + 2);
    $('#map').style.setProperty('--map-aspect', aspect.toFixed(3));
  }
  showScreen('replay');
  mapView.setMap(start.map);
  renderFinal();
  renderVerify();
  seek(0);
  drawTimeline();
}

function applyFrame(frame, owners, troops) {
  const r = frame.regions || [];
  for (let j = 0; j + 2 < r.length; j += 3) {
    const i = model.index.get(r[j]);
    if (i === undefined) continue;
    owners[i] = r[j + 1];
    troops[i] = r[j + 2];
  }
}

// The regions at position p, as the view has them: {"id": [owner, troops]}.
function stateAt(p) {
  const key = model.keyframes[Math.min(Math.floor(p / KEYFRAME_EVERY), model.keyframes.length - 1)];
  const owners = key.owners.slice();
  const troops = key.troops.slice();
  const frames = model.replay.frames || [];
  for (let k = Math.floor(p / KEYFRAME_EVERY) * KEYFRAME_EVERY + 1; k <= p; k++) applyFrame(frames[k - 1], owners, troops);
  const regions = {};
  model.regionIds.forEach((id, i) => { regions[id] = [owners[i], troops[i]]; });
  return regions;
}

function positions() { return (model.replay.frames || []).length; }

// The match's tick at position p.
function tickAt(p) {
  if (p <= 0) return (model.replay.start && model.replay.start.tick) || 0;
  return model.replay.frames[p - 1].tick;
}

// Every player's [hexes, troops] at position p (position 0 from the start's regions).
function playersAt(p, regions) {
  if (p > 0) return model.replay.frames[p - 1].players || [];
  const out = Object.keys(model.replay.start.players || {}).map(() => [0, 0]);
  const map = model.replay.start.map.regions;
  for (const [id, [owner, troops]] of Object.entries(regions)) {
    if (owner < 0 || !out[owner]) continue;
    out[owner][0] += map[id][1];
    out[owner][1] += troops;
  }
  return out;
}

function seek(p) {
  const n = positions();
  const next = Math.max(0, Math.min(n, Math.round(p)));
  model.position = next;
  const regions = stateAt(next);
  model.shown = { position: next, tick: tickAt(next), regions, players: playersAt(next, regions) };
  const scrub = $('#scrub');
  if (Number(scrub.value) !== next) scrub.value = String(next);
  scrub.setAttribute('aria-valuetext', clock(model.shown.tick));
  scrub.style.setProperty('--done', (n ? 100 * next / n : 0).toFixed(2) + '%');
  document.body.dataset.position = String(next);
  setText('#time-now', clock(model.shown.tick));
  const start = model.replay.start;
  mapView.setState({ regions, marches: {}, players: start.players, me: myNumber(), allies: new Set(), selected: -1,
    targets: new Set(), phase: 'over', tick: model.shown.tick, starts: null, blocked: null, tickNow: () => model.shown.tick,
    tickMs: model.tickMs });
  renderBoard();
  drawPlayhead();
  if (model.tip >= 0) showTip(model.tip);
}

// This player's number in the match, when a player watches.
function myNumber() {
  if (!access.seat) return -1;
  for (const [n, p] of Object.entries(model.replay.start.players || {})) if (p.id && p.id === access.seat.playerId) return Number(n);
  return -1;
}

// ---------------------------------------------------------------------------------------
// Playing

function setPlaying(on) {
  if (on && model.position >= positions()) seek(0); // from the start again
  model.playing = on && positions() > 0;
  model.carry = 0;
  model.lastFrameAt = performance.now();
  document.body.dataset.playing = String(model.playing);
  const b = $('#play');
  b.setAttribute('aria-pressed', String(model.playing));
  setText('#play-label', t(model.playing ? 'sovReplayPause' : 'sovReplayPlay'));
  if (model.playing) requestAnimationFrame(step);
}

// One position a second at 1×.
function step(now) {
  if (!model.playing) return;
  model.carry += (now - model.lastFrameAt) / 1000 * model.speed;
  model.lastFrameAt = now;
  if (model.carry >= 1) {
    const ahead = Math.floor(model.carry);
    model.carry -= ahead;
    seek(model.position + ahead);
    if (model.position >= positions()) { setPlaying(false); return; }
  }
  requestAnimationFrame(step);
}

function setSpeed(speed) {
  model.speed = SPEEDS.includes(speed) ? speed : 1;
  document.querySelectorAll('#speeds button').forEach((b) => b.setAttribute('aria-pressed', String(Number(b.dataset.speed) === model.speed)));
}

function stepBy(delta) {
  seek(model.position + delta);
  model.carry = 0;
}

function onKey(e) {
  if (document.body.dataset.screen !== 'replay' || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target;
  const tag = target && target.tagName;
  if (tag === 'INPUT' && target.type !== 'range') return;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return;
  const onSlider = target === $('#scrub'); // the slider steps by itself with the arrows, Home and End
  let used = true;
  switch (e.key) {
    case ' ': case 'Spacebar': case 'k':
      if (tag === 'BUTTON' || tag === 'A') { used = false; break; } // a focused button is pressed by space
      setPlaying(!model.playing);
      break;
    case 'ArrowLeft': if (onSlider && !e.shiftKey) used = false; else stepBy(e.shiftKey ? -10 : -1); break;
    case 'ArrowRight': if (onSlider && !e.shiftKey) used = false; else stepBy(e.shiftKey ? 10 : 1); break;
    case 'Home': if (onSlider) used = false; else seek(0); break;
    case 'End': if (onSlider) used = false; else seek(positions()); break;
    case 'ArrowUp': setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(model.speed) + 1)]); break;
    case 'ArrowDown': setSpeed(SPEEDS[Math.max(0, SPEEDS.indexOf(model.speed) - 1)]); break;
    default: used = false;
  }
  if (used) e.preventDefault();
}

// ---------------------------------------------------------------------------------------
// The leaderboard at the moment shown, and the end

function nameOf(n) {
  const p = (model.replay.start.players || {})[n];
  return p ? p.name : '';
}

function landText(hexes) {
  return model.landHexes ? pctFormat.format(100 * hexes / model.landHexes) + ' %' : fmt(hexes);
}

function playerCell(n, extra) {
  const p = (model.replay.start.players || {})[n] || {};
  return el('th', { scope: 'row', class: 'who-cell' }, swatch(p.colour || 0), ' ', p.name || '',
    n === myNumber() ? el('span', { class: 'tag you' }, t('sovYou')) : null,
    p.bot ? el('span', { class: 'tag bot' }, t('sovBot')) : null, extra || null);
}

function renderBoard() {
  const s = model.shown;
  setText('#board-title', t('sovReplayBoardAt', { time: clock(s.tick) }));
  const rows = s.players.map((pt, n) => ({ n, hexes: pt[0], troops: pt[1] }))
    .filter((r) => (model.replay.start.players || {})[r.n])
    .sort((a, b) => b.hexes - a.hexes || b.troops - a.troops || a.n - b.n);
  const top = Math.max(1, ...rows.map((r) => r.hexes));
  $('#board tbody').replaceChildren(...rows.map((r, i) => {
    const bar = el('span', { class: 'land-bar-fill' });
    bar.style.width = (100 * r.hexes / top).toFixed(1) + '%';
    const colour = ((model.replay.start.players || {})[r.n] || {}).colour || 0;
    bar.style.background = HUES[colour % HUES.length];
    return el('tr', { class: (r.n === myNumber() ? 'me' : '') + (r.hexes === 0 && s.position > 0 ? ' out' : ''),
      dataset: { player: String(r.n), hexes: String(r.hexes), troops: String(r.troops) } },
    el('td', { class: 'num' }, String(i + 1)),
    playerCell(r.n, el('span', { class: 'land-bar', 'aria-hidden': 'true' }, bar)),
    el('td', { class: 'num' }, landText(r.hexes)),
    el('td', { class: 'num' }, fmt(r.troops)));
  }));
}

function renderFinal() {
  const r = model.replay;
  const reason = r.endReason || '';
  const why = t(has('sovReason_' + reason) ? 'sovReason_' + reason : 'sovReason_other');
  setText('#final-reason', t('sovReplayEndedAt', { time: clock(r.endTick || 0), reason: why }));
  const frames = r.frames || [];
  const last = frames.length ? frames[frames.length - 1].players || [] : playersAt(0, stateAt(0));
  $('#final tbody').replaceChildren(...(r.standings || []).map((n, i) => {
    const pt = last[n] || [0, 0];
    return el('tr', { class: (n === myNumber() ? 'me' : '') + (i === 0 ? ' winner' : ''), dataset: { player: String(n) } },
      el('td', { class: 'num' }, String(i + 1)),
      playerCell(n),
      el('td', { class: 'num' }, landText(pt[0])),
      el('td', { class: 'num' }, fmt(pt[1])));
  }));
}

// ---------------------------------------------------------------------------------------
// Checking it

function commands() {
  const r = model.replay;
  const chain = r.contract ? '' : ' --no-chain';
  const file = 'sovereign-' + r.gameId + '-replay.json';
  return {
    host: 'steward-verify --sovereign --host ' + location.origin + ' --game ' + r.gameId + ' --token TOKEN' + chain,
    file: 'steward-verify --sovereign --file ' + file + (r.contract ? ' --rpc ' + location.origin + '/api/chain/rpc' : chain),
    fileName: file,
  };
}

function renderVerify() {
  const r = model.replay;
  const host = $('#verify-host');
  host.dataset.matches = String(!!r.matchesHost);
  host.replaceChildren(el('span', { class: 'verify-mark', 'aria-hidden': 'true' }, r.matchesHost ? '✓' : '✗'),
    el('span', null, t(r.matchesHost ? 'sovReplayMatches' : 'sovReplayMismatch')));
  // The page that plays the match again in this browser, in this tab (it signs in as this page did).
  $('#verify-link').href = '/sovereign/verify?game=' + encodeURIComponent(r.gameId || gameId);
  setText('#input-hash', r.inputHash || '');
  setText('#state-hash', r.stateHash || '');
  setText('#verify-chain', r.contract ? t('sovReplayChain', { contract: r.contract }) : t('sovReplayNoChain'));
  setText('#verify-hint', t('sovReplayVerifyHint', { inputs: fmt((r.inputs || []).length) }));
  const c = commands();
  setText('#verify-command', c.host);
  setText('#verify-file-command', c.file);
}

async function copy(button, text) {
  try {
    await navigator.clipboard.writeText(text);
    setText(button, t('sovReplayCopied'));
    setTimeout(() => setText(button, t('sovReplayCopy')), 1500);
  } catch {
    // The clipboard needs a secure context (https); on plain http select the command instead.
    const code = button.parentElement.querySelector('code');
    const range = document.createRange();
    range.selectNodeContents(code);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
}

function download() {
  const blob = new Blob([JSON.stringify(model.replay, null, 1)], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: commands().fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// ---------------------------------------------------------------------------------------
// The timeline above the slider: every player's share of the land through the match, stacked,
// with the moment shown; a tap or drag on it goes there.

let timelineImage = null;
function drawTimeline() {
  const c = $('#timeline');
  const rect = c.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(rect.width));
  const h = Math.max(1, Math.round(rect.height));
  c.width = Math.round(w * dpr);
  c.height = Math.round(h * dpr);
  const ctx = c.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const n = positions();
  const players = model.replay.start.players || {};
  const count = Object.keys(players).length;
  const series = [playersAt(0, stateAt(0))].concat((model.replay.frames || []).map((f) => f.players || []));
  // The height is the most land the players held together at any moment, so that a short
  // match fills the strip too.
  let total = 1;
  for (const row of series) total = Math.max(total, row.reduce((sum, pt) => sum + ((pt && pt[0]) || 0), 0));
  total *= 1.08;
  const x = (p) => (n ? (p / n) * w : 0);
  // Bottom to top, by the final standings (the winner at the bottom).
  const order = (model.replay.standings || []).slice();
  for (let i = 0; i < count; i++) if (!order.includes(i)) order.push(i);
  const base = new Float64Array(series.length);
  for (const pn of order) {
    const colour = (players[pn] || {}).colour || 0;
    ctx.beginPath();
    for (let p = 0; p < series.length; p++) ctx.lineTo(x(p), h - (base[p] / total) * h);
    for (let p = series.length - 1; p >= 0; p--) {
      const v = (series[p][pn] || [0])[0];
      ctx.lineTo(x(p), h - ((base[p] + v) / total) * h);
    }
    ctx.closePath();
    ctx.fillStyle = HUES[colour % HUES.length];
    ctx.fill();
    for (let p = 0; p < series.length; p++) base[p] += (series[p][pn] || [0])[0];
  }
  timelineImage = ctx.getImageData(0, 0, c.width, c.height);
  drawPlayhead();
}

function drawPlayhead() {
  const c = $('#timeline');
  if (!timelineImage || c.width !== timelineImage.width) return;
  const ctx = c.getContext('2d');
  ctx.putImageData(timelineImage, 0, 0);
  const dpr = window.devicePixelRatio || 1;
  const n = positions();
  const w = c.width / dpr;
  const px = n ? (model.position / n) * w : 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = 'rgba(245,244,239,.55)'; // what is still to come, veiled
  ctx.fillRect(px, 0, w - px, c.height / dpr);
  ctx.fillStyle = '#11161c';
  ctx.fillRect(Math.max(0, Math.min(w - 2, px - 1)), 0, 2, c.height / dpr);
}

function listenTimeline() {
  const c = $('#timeline');
  let down = false;
  const go = (e) => {
    const r = c.getBoundingClientRect();
    seek(((e.clientX - r.left) / Math.max(1, r.width)) * positions());
  };
  c.addEventListener('pointerdown', (e) => { down = true; c.setPointerCapture(e.pointerId); go(e); });
  c.addEventListener('pointermove', (e) => { if (down) go(e); });
  c.addEventListener('pointerup', () => { down = false; });
  c.addEventListener('pointercancel', () => { down = false; });
}

// ---------------------------------------------------------------------------------------
// A region tapped or pointed at: whose it is and its troops, under the map.

function showTip(region) {
  model.tip = region;
  const tip = $('#map-tip');
  const info = region >= 0 && model.replay ? model.replay.start.map.regions[region] : null;
  if (!info || info[0] === 'water') { setText(tip, ''); return; }
  const held = model.shown.regions[region] || [-1, 0];
  const who = held[0] >= 0 ? nameOf(held[0]) : t('sovNeutral');
  setText(tip, sentence(t('sovReplayRegion', { region: t('sovRegion', { id: region }), who, troops: fmt(held[1]) }))
    + ' · ' + t('sovTerrain_' + info[0]));
}

function init() {
  translatePage();
  mapView = new MapView($('#map'), { interactive: true, onTap: (r) => showTip(r), onHover: (r) => showTip(r) });
  model.tip = -1;
  $('#zoom-in').addEventListener('click', () => mapView.zoomAt(1.4, mapView.cssW / 2, mapView.cssH / 2));
  $('#zoom-out').addEventListener('click', () => mapView.zoomAt(1 / 1.4, mapView.cssW / 2, mapView.cssH / 2));
  $('#zoom-fit').addEventListener('click', () => { mapView.fit(); mapView.render(); });
  $('#scrub').addEventListener('input', (e) => { seek(Number(e.target.value)); model.carry = 0; });
  $('#play').addEventListener('click', () => setPlaying(!model.playing));
  $('#step-back').addEventListener('click', () => stepBy(-1));
  $('#step-forward').addEventListener('click', () => stepBy(1));
  document.querySelectorAll('#speeds button').forEach((b) => {
    b.setAttribute('aria-label', t('sovReplaySpeedN', { speed: b.dataset.speed }));
    b.addEventListener('click', () => setSpeed(Number(b.dataset.speed)));
  });
  $('#copy-command').addEventListener('click', (e) => copy(e.currentTarget, $('#verify-command').textContent));
  $('#copy-file-command').addEventListener('click', (e) => copy(e.currentTarget, $('#verify-file-command').textContent));
  $('#download').addEventListener('click', download);
  $('#login-form').addEventListener('submit', onLogin);
  $('#retry').addEventListener('click', () => { access.chooseToken(); load(); });
  document.addEventListener('keydown', onKey);
  listenTimeline();
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => { if (model.replay) drawTimeline(); }).observe($('#timeline'));
  }
  access = new ReplayAccess(gameId);
  load();
}

init();
