// SPDX-License-Identifier: GPL-3.0-or-later
// The player's page of Sovereign Lines (/sovereign): join with the code, pick a start and a
// colour in the lobby, then play on the map: tap one of your regions, then a neighbour, and a
// share of its troops goes there (an attack into neutral or enemy land, a move into your own
// or an ally's). Alliances, the leaderboard, a minimap and the time left beside it; the
// standings at the end. The view and the commands are SovereignGame's (docs/games/territory.md);
// `?encoding=msgpack` in the address makes the page ask for MessagePack frames instead of JSON.
import { addStrings, t, fmt, lang, $, el, setText, show, translatePage } from '../common.js';
import { PlayerSession } from '../session.js';
import { JoinScreen } from '../join.js';
import { STRINGS } from './strings.js';
import { MapView, MiniMap } from './map.js';
import { swatchUrl, HUES } from './palette.js';
import { speakMsgpack } from './wire.js';

addStrings(STRINGS);

const ENCODING = new URLSearchParams(location.search).get('encoding') === 'msgpack' ? 'msgpack' : 'json';
const SHARE_KEY = 'steward.sovereign.share';

// The seat, per tab (a reload resumes it; another tab may join as someone else).
class SovereignSession extends PlayerSession {
  start() {
    super.start();
    if (ENCODING === 'msgpack' && this.socket) speakMsgpack(this.socket);
  }

  url(code) {
    const params = new URLSearchParams();
    if (code) params.set('code', code);
    if (ENCODING === 'msgpack') params.set('encoding', 'msgpack');
    const q = params.toString();
    return this.o.path + (q ? '?' + q : '');
  }
}

const session = new SovereignSession({
  kind: 'sovereign', path: '/sovereign', storage: 'session', key: 'steward.sovereign',
  onState, onEnded: (code, notice, name) => joinScreen.show(code, notice, name),
  onError: (err) => setStatus('error', sendErrorText(err, {})),
});

let joinScreen = null; // made once the page is there (init)

const model = {
  view: null,
  me: -1,            // this player's number in the match
  selected: -1,      // the region troops are sent from
  share: 50,
  anchor: { tick: 0, at: 0 }, // the last tick pushed, and when it came
  landHexes: 0,
};

let mapView = null;
let miniMap = null;

// ---------------------------------------------------------------------------------------
// Small helpers

function has(key) { return t(key) !== key; }
function camel(code) {
  return String(code || '').toLowerCase().replace(/(^|_)([a-z])/g, (m, u, c) => c.toUpperCase());
}
const pctFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

function players() { return (model.view && model.view.players) || {}; }
function player(n) { return players()[n] || null; }
function nameOf(n) {
  const p = player(n);
  return p ? p.name : t('sovNeutral');
}
function regionInfo(id) {
  const v = model.view;
  const r = v && v.map && v.map.regions[id];
  return r ? { terrain: r[0], hexes: r[1], neighbours: r[4] || [] } : null;
}
function holding(id) {
  const h = model.view && model.view.regions && model.view.regions[id];
  return h ? { owner: h[0], troops: h[1] } : null;
}
function alliesOf(n) { const p = player(n); return new Set((p && p.allies) || []); }
function terrainName(terrain) { return t('sovTerrain_' + terrain); }
function regionName(id) { return t('sovRegion', { id }); }
function troopsForShare(troops, share) { return Math.max(0, Math.min(Math.floor(troops * share / 100), troops - 1)); }

function swatch(colour, label) {
  return el('img', { class: 'swatch-img', src: swatchUrl(colour), alt: label || '', width: 16, height: 16 });
}

// The match's tick now: the last one pushed, carried on by the clock for a moment (a paused
// match or a slow connection does not let it run away).
function tickNow() {
  const v = model.view;
  if (!v) return 0;
  if (v.phase !== 'running') return v.tick || 0;
  const ms = v.tickMs || 50;
  const ahead = Math.min((performance.now() - model.anchor.at) / ms, Math.max(10, 600 / ms));
  return model.anchor.tick + Math.max(0, ahead);
}

function clockText(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m + ':' + String(s).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------
// Screens and joining

function showScreen(name) {
  for (const s of ['loading', 'join', 'game']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
  if (name === 'game' && mapView) mapView.resize();
}

function startGame() {
  model.view = null;
  model.selected = -1;
  setText('#screen-loading', t('connecting'));
  showScreen('loading');
  renderSeat();
  session.start();
}

// ---------------------------------------------------------------------------------------
// The view

function onState(view) {
  const before = model.view;
  model.view = view;
  if (!before || view.tick !== before.tick) model.anchor = { tick: view.tick || 0, at: performance.now() };
  const myId = session.info && session.info.playerId;
  model.me = -1;
  for (const [n, p] of Object.entries(view.players || {})) if (p.id && p.id === myId) model.me = Number(n);
  if (view.map && (!before || before.map !== view.map)) {
    model.landHexes = view.map.regions.reduce((sum, r) => sum + (r[0] !== 'water' ? r[1] : 0), 0);
  }
  if (document.body.dataset.screen !== 'game') {
    showScreen('game');
    document.title = t('sovTitle') + ' — ' + t('brand');
  }
  if (model.selected >= 0) {
    const h = holding(model.selected);
    if (view.phase !== 'running' || !h || h.owner !== model.me) model.selected = -1;
  }
  render();
}

function render() {
  const v = model.view;
  if (!v) return;
  const phase = v.phase || 'lobby';
  const before = document.body.dataset.phase || undefined;
  if (document.body.dataset.phase !== phase) {
    document.body.dataset.phase = phase;
    if (phase !== 'lobby') lobbyKey = '';
    if (before !== undefined) setStatus('', '');
    setText('#phase-title', t({ lobby: 'sovPhaseLobby', running: 'sovPhaseRunning', over: 'sovPhaseOver' }[phase] || phase));
  }
  show('#lobby-card', phase === 'lobby');
  show('#send-card', phase === 'running');
  show('#over-card', phase === 'over');
  show('#board-card', phase !== 'lobby');
  show('#ally-card', phase === 'running');
  show('#mini-card', true);
  renderSeat();
  renderMap();
  if (phase === 'lobby') renderLobby();
  if (phase === 'running') { renderSelection(); renderAllies(); }
  if (phase === 'over') renderOver();
  if (phase !== 'lobby') renderBoardSoon();
  tick();
}

function renderSeat() {
  const p = player(model.me);
  const name = (p && p.name) || (session.info && session.info.name) || '';
  const label = $('#seat-label');
  const key = name + '|' + (p ? p.colour : '');
  if (label.dataset.key === key) return;
  label.dataset.key = key;
  label.replaceChildren(...(p ? [swatch(p.colour, t('sovColourN', { n: p.colour + 1 })), ' '] : []), name);
}

function mapState() {
  const v = model.view;
  const starts = new Map();
  const blocked = new Set();
  if (v.phase === 'lobby') {
    for (const [n, p] of Object.entries(v.players || {})) {
      if (p.start < 0) continue;
      starts.set(p.start, Number(n));
      if (Number(n) === model.me) continue;
      const info = regionInfo(p.start);
      for (const nb of (info ? info.neighbours : [])) blocked.add(nb);
    }
    for (const r of starts.keys()) blocked.delete(r);
  }
  const targets = new Set();
  if (model.selected >= 0) for (const nb of regionInfo(model.selected).neighbours) targets.add(nb);
  return { regions: v.regions, marches: v.marches, players: v.players, me: model.me, allies: alliesOf(model.me),
    selected: model.selected, targets, phase: v.phase, tick: v.tick, starts, blocked, tickNow, tickMs: v.tickMs || 50 };
}

function renderMap() {
  const v = model.view;
  if (!mapView) return;
  mapView.setMap(v.map);
  const state = mapState();
  mapView.setState(state);
  if (miniMap) miniMap.setState(state);
}

// ---------------------------------------------------------------------------------------
// Lobby

let lobbyKey = '';
function renderLobby() {
  const v = model.view;
  const me = player(model.me);
  const entries = Object.entries(v.players || {});
  const key = JSON.stringify([entries.map(([n, p]) => [n, p.name, p.colour, p.start]), v.slots, model.me, lang]);
  if (key === lobbyKey) return;
  lobbyKey = key;
  if (me && me.start >= 0) {
    const info = regionInfo(me.start);
    setText('#lobby-start', t('sovYourStart', { region: regionName(me.start), terrain: terrainName(info.terrain), hexes: info.hexes }));
  } else {
    setText('#lobby-start', t('sovNoStartYet'));
  }
  // The colours: one per place in the match; a colour someone else has is taken.
  const takenBy = new Map(entries.map(([n, p]) => [p.colour, Number(n)]));
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.colour : undefined;
  const buttons = [];
  for (let c = 0; c < (v.slots || HUES.length); c++) {
    const owner = takenBy.has(c) ? takenBy.get(c) : -1;
    const mine = owner === model.me && owner >= 0;
    const label = owner >= 0
      ? t(mine ? 'sovColourYours' : 'sovColourTaken', { n: c + 1, name: nameOf(owner) })
      : t('sovColourFree', { n: c + 1 });
    buttons.push(el('button', { type: 'button', class: 'colour' + (mine ? ' mine' : ''), dataset: { colour: String(c) },
      'aria-pressed': mine ? 'true' : 'false', 'aria-label': label, title: label, disabled: owner >= 0 && !mine,
      onclick: () => pick({ colour: c }) }, swatch(c, ''), owner >= 0 && !mine ? el('span', { class: 'taken-mark', 'aria-hidden': 'true' }, '×') : null));
  }
  $('#colours').replaceChildren(...buttons);
  if (focused !== undefined) {
    const again = document.querySelector('#colours [data-colour="' + focused + '"]');
    if (again && !again.disabled) again.focus();
  }
  setText('#lobby-players-title', t('sovJoined', { players: entries.length, slots: v.slots || '' }));
  $('#lobby-players').replaceChildren(...entries.map(([n, p]) => el('li', { class: Number(n) === model.me ? 'me' : '', dataset: { player: n } },
    swatch(p.colour, ''),
    el('strong', null, p.name),
    Number(n) === model.me ? el('span', { class: 'tag you' }, t('sovYou')) : null,
    el('span', { class: 'muted' }, p.start >= 0 ? regionName(p.start) : t('sovNoStart')))));
}

function pick(data) {
  setStatus('', '');
  session.request('sovereign.pick', data).then(() => {
    if (data.region !== undefined) setStatus('ok', t('sovPicked', { region: regionName(data.region) }));
  }, (err) => {
    if (err.code === 'DISCONNECTED') return;
    setStatus('error', sendErrorText(err, data), err.code);
  });
}

// ---------------------------------------------------------------------------------------
// Sending troops

function onTap(region) {
  const v = model.view;
  if (!v) return;
  const info = region >= 0 ? regionInfo(region) : null;
  if (v.phase === 'lobby') {
    if (info && info.terrain !== 'water') pick({ region });
    else setStatus('info', t('sovPickLand'));
    return;
  }
  if (v.phase !== 'running') return;
  const me = player(model.me);
  if (!me || !me.alive) return;
  if (!info || info.terrain === 'water') { select(-1); return; }
  const h = holding(region);
  const owner = h ? h.owner : -1;
  if (model.selected < 0) {
    if (owner === model.me) select(region);
    else setStatus('info', t('sovTapOwnFirst'));
    return;
  }
  if (region === model.selected) { select(-1); return; }
  const neighbour = regionInfo(model.selected).neighbours.includes(region);
  if (owner === model.me && !neighbour) { select(region); return; }
  // Troops go only to a neighbour: the page says so itself. (The host would refuse it with the
  // same code, and flag the player: only a modified client sends it.)
  if (!neighbour) {
    setStatus('error', sendErrorText({ code: 'NOT_NEIGHBOUR' }, { from: model.selected, to: region }), 'NOT_NEIGHBOUR');
    return;
  }
  const friendly = owner === model.me || (owner >= 0 && alliesOf(model.me).has(owner));
  send(model.selected, region, friendly ? 'move' : 'attack');
}

function select(region) {
  model.selected = region;
  selectionKey = '';
  if (region >= 0) setStatus('', '');
  renderSelection();
  renderMap();
}

function send(from, to, kind) {
  const share = model.share;
  const type = kind === 'move' ? 'sovereign.move' : 'sovereign.attack';
  if (!session.online) {
    setStatus('error', t('sovOffline'));
    return;
  }
  session.request(type, { from, to, share }).then((r) => {
    const v = model.view;
    const secs = v ? Math.max(0, (r.arrivesAtTick - tickNow()) * (v.tickMs || 50) / 1000) : 0;
    setStatus('ok', t(kind === 'move' ? 'sovMoved' : 'sovAttacked',
      { troops: fmt(r.troops), from: regionName(from), to: regionName(to), seconds: pctFormat.format(secs) }));
  }, (err) => {
    if (err.code === 'DISCONNECTED') { setStatus('error', t('sovOffline')); return; }
    setStatus('error', sendErrorText(err, { from, to }), err.code);
  });
}

// A refusal as a sentence in the page's language (sovErr<Code>, then the shared err<Code>,
// then the host's own message).
function sendErrorText(err, vars) {
  const v = Object.assign({}, vars);
  if (v.from !== undefined) v.from = regionName(v.from);
  if (v.to !== undefined) v.to = regionName(v.to);
  if (v.region !== undefined) v.region = regionName(v.region);
  if (v.player !== undefined) v.name = nameOf(v.player);
  const key = 'sovErr' + camel(err.code);
  if (has(key)) return t(key, v);
  if (has('err' + camel(err.code))) return t('err' + camel(err.code));
  return t('sovRefused', { message: err.message || err.code || '' });
}

// A sentence starts with a capital letter, also when it starts with a name ("region 21 ...").
function sentence(text) {
  return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}

function setStatus(kind, text, code) {
  text = sentence(text);
  const box = $('#send-status');
  box.dataset.kind = kind || '';
  box.dataset.code = code || '';
  // A fresh node, so that the same sentence twice is read out twice.
  box.replaceChildren(...(text ? [el('span', null, text)] : []));
}

let selectionKey = '';
function renderSelection() {
  const v = model.view;
  const me = player(model.me);
  show('#out-note', !!me && !me.alive);
  const box = $('#selection');
  const id = model.selected;
  const h = id >= 0 ? holding(id) : null;
  const key = JSON.stringify([id, h, id >= 0 ? regionInfo(id).neighbours.map((n) => [n, v.regions[n]]) : null, model.share,
    me && me.allies, lang]);
  if (key === selectionKey) return;
  selectionKey = key;
  if (id < 0 || !h) {
    box.replaceChildren(el('p', { class: 'hint selection-none' }, t(me && me.alive ? 'sovSelectHint' : 'sovWatching')));
    return;
  }
  const info = regionInfo(id);
  const sending = troopsForShare(h.troops, model.share);
  const allies = alliesOf(model.me);
  const focusedTo = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.to : undefined;
  const targets = info.neighbours.map((n) => {
    const nh = holding(n) || { owner: -1, troops: 0 };
    const ni = regionInfo(n);
    const friendly = nh.owner === model.me || (nh.owner >= 0 && allies.has(nh.owner));
    const who = nh.owner === model.me ? t('sovYours') : nh.owner >= 0 ? nameOf(nh.owner) + (allies.has(nh.owner) ? ' · ' + t('sovAlly') : '') : t('sovNeutral');
    const action = friendly ? t('sovMoveTo', { region: regionName(n) }) : t('sovAttackTo', { region: regionName(n) });
    return el('li', null, el('button', { type: 'button', class: 'target ' + (friendly ? 'move' : 'attack'), dataset: { to: String(n) },
      disabled: sending < 1, onclick: () => send(id, n, friendly ? 'move' : 'attack') },
    el('span', { class: 'target-action' }, action),
    el('span', { class: 'target-facts' }, t('sovTargetFacts', { who, terrain: terrainName(ni.terrain), troops: fmt(nh.troops) }))));
  });
  box.replaceChildren(
    el('p', { class: 'selected-title' }, el('strong', null, t('sovFrom', { region: regionName(id) })), ' ',
      el('span', { class: 'muted' }, t('sovRegionFacts', { terrain: terrainName(info.terrain), hexes: info.hexes, troops: fmt(h.troops) }))),
    el('p', { class: 'sending' }, sending >= 1 ? t('sovSending', { troops: fmt(sending), share: model.share }) : t('sovNothingToSend')),
    el('ul', { class: 'targets' }, ...targets),
    el('button', { type: 'button', class: 'link', onclick: () => select(-1) }, t('sovLetGo')));
  if (focusedTo !== undefined) {
    const again = box.querySelector('[data-to="' + focusedTo + '"]');
    if (again) again.focus();
  }
}

// ---------------------------------------------------------------------------------------
// Alliances

let alliesKey = '';
function renderAllies() {
  const v = model.view;
  const me = model.me;
  const requests = v.requests || {};
  const mine = alliesOf(me);
  const entries = Object.entries(v.players || {}).filter(([n]) => Number(n) !== me);
  const key = JSON.stringify([entries.map(([n, p]) => [n, p.name, p.alive, p.bot, p.colour]), [...mine], requests, me,
    player(me) && player(me).alive, lang]);
  if (key === alliesKey) return;
  alliesKey = key;
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : undefined;
  const meAlive = !!(player(me) && player(me).alive);
  const order = (x) => (mine.has(x[0]) ? 0 : requests[x[0] + '>' + me] !== undefined ? 1 : x[1].bot ? 3 : 2);
  const rows = entries.map(([n, p]) => [Number(n), p]).sort((a, b) => order(a) - order(b) || a[0] - b[0]).map(([n, p]) => {
    let state;
    let button = null;
    const asked = requests[me + '>' + n];
    const asks = requests[n + '>' + me];
    if (!p.alive) state = el('span', { class: 'muted' }, t('sovOut'));
    else if (mine.has(n)) {
      state = el('span', { class: 'tag ally' }, t('sovAlly'));
      if (meAlive) button = el('button', { type: 'button', class: 'small quiet-danger', dataset: { key: 'unally-' + n },
        'aria-label': t('sovBreakWith', { name: p.name }), onclick: () => ally(n, false) }, t('sovBreak'));
    } else if (asks !== undefined) {
      state = el('span', { class: 'tag asks' }, t('sovAsksYou'));
      if (meAlive) button = el('button', { type: 'button', class: 'small primary', dataset: { key: 'accept-' + n },
        'aria-label': t('sovAcceptFrom', { name: p.name }), onclick: () => ally(n, true) }, t('sovAccept'));
    } else if (asked !== undefined) {
      state = el('span', { class: 'muted', dataset: { lapses: String(asked) } }, t('sovAsked'));
    } else if (p.bot) {
      state = el('span', { class: 'muted' }, t('sovBot'));
    } else {
      state = null;
      if (meAlive) button = el('button', { type: 'button', class: 'small', dataset: { key: 'ally-' + n },
        'aria-label': t('sovAskFor', { name: p.name }), onclick: () => ally(n, true) }, t('sovAsk'));
    }
    return el('li', { dataset: { player: String(n) }, class: mine.has(n) ? 'is-ally' : '' },
      swatch(p.colour, ''), el('strong', { class: 'who' }, p.name), state, button);
  });
  $('#allies').replaceChildren(...rows);
  if (focused) {
    const again = document.querySelector('#allies [data-key="' + focused + '"]');
    if (again) again.focus();
  }
}

function ally(n, yes) {
  const box = $('#ally-status');
  box.dataset.kind = '';
  box.replaceChildren();
  session.request(yes ? 'sovereign.ally' : 'sovereign.unally', { player: n }).then((r) => {
    const text = !yes ? t('sovBroken', { name: nameOf(n) }) : r.allied ? t('sovAllied', { name: nameOf(n) }) : t('sovAskedDone', { name: nameOf(n) });
    box.dataset.kind = 'ok';
    box.replaceChildren(el('span', null, sentence(text)));
  }, (err) => {
    if (err.code === 'DISCONNECTED') return;
    box.dataset.kind = 'error';
    box.dataset.code = err.code || '';
    box.replaceChildren(el('span', null, sentence(sendErrorText(err, { player: n }))));
  });
}

// ---------------------------------------------------------------------------------------
// Leaderboard, clock, standings

// The players by land held, then troops.
function ranking() {
  return Object.entries(players()).map(([n, p]) => Object.assign({ n: Number(n) }, p))
    .sort((a, b) => b.hexes - a.hexes || b.troops - a.troops || a.n - b.n);
}

let boardTimer = null;
let boardKey = '';
// Troops change every tick: the leaderboard follows four times a second.
function renderBoardSoon() {
  if (boardTimer) return;
  boardTimer = setTimeout(() => { boardTimer = null; renderBoard(); }, boardKey ? 250 : 0);
}

function renderBoard() {
  const v = model.view;
  if (!v || v.phase === 'lobby') return;
  const rows = ranking();
  const allies = alliesOf(model.me);
  const top = rows.slice(0, 8);
  const mine = rows.findIndex((r) => r.n === model.me);
  if (mine >= 8) top.push(rows[mine]);
  const key = JSON.stringify([top.map((r) => [r.n, r.hexes, r.troops, r.alive, r.name, r.colour]), [...allies], lang]);
  if (key === boardKey) return;
  boardKey = key;
  $('#leaderboard tbody').replaceChildren(...top.map((r) => el('tr', { class: (r.n === model.me ? 'me' : '') + (r.alive ? '' : ' out'),
    dataset: { player: String(r.n) } },
  el('td', { class: 'num' }, String(rows.indexOf(r) + 1)),
  el('th', { scope: 'row', class: 'who-cell' }, swatch(r.colour, ''), ' ', r.name,
    r.n === model.me ? el('span', { class: 'tag you' }, t('sovYou')) : null,
    allies.has(r.n) ? el('span', { class: 'tag ally' }, t('sovAlly')) : null,
    r.bot ? el('span', { class: 'tag bot' }, t('sovBot')) : null,
    r.alive ? null : el('span', { class: 'tag out' }, t('sovOut'))),
  el('td', { class: 'num' }, model.landHexes ? pctFormat.format(100 * r.hexes / model.landHexes) + ' %' : fmt(r.hexes)),
  el('td', { class: 'num' }, fmt(r.troops)))));
}

function tick() {
  const v = model.view;
  if (!v) return;
  const ms = v.tickMs || 50;
  const left = v.phase === 'lobby' ? (v.endsAtTick || 0) * ms : Math.max(0, ((v.endsAtTick || 0) - tickNow()) * ms);
  const label = v.phase === 'lobby' ? t('sovMatchLength') : v.phase === 'over' ? t('sovEnded') : t('sovTimeLeft');
  setText('#clock-label', label);
  setText('#clock-time', v.phase === 'over' ? '' : clockText(left));
  $('#clock').classList.toggle('urgent', v.phase === 'running' && left <= 30000);
  const total = Math.max(1, (v.endsAtTick || 1) * ms);
  $('#time-bar-fill').style.width = (v.phase === 'running' ? (100 * left / total) : v.phase === 'lobby' ? 100 : 0).toFixed(2) + '%';
}
setInterval(tick, 250);

function renderOver() {
  const v = model.view;
  const result = v.result || {};
  const reason = result.reason || '';
  setText('#over-reason', t(has('sovReason_' + reason) ? 'sovReason_' + reason : 'sovReason_other'));
  const rows = result.standings || [];
  const place = rows.findIndex((r) => r.player === model.me);
  setText('#over-place', place >= 0 ? t('sovYourPlace', { place: place + 1, players: rows.length }) : '');
  // The replay, in this tab: the replay page finds the seat's token where this page keeps it.
  const gameId = (session.info && session.info.gameId) || v.gameId || '';
  const link = $('#replay-link');
  link.href = '/app/sovereign/replay.html?game=' + encodeURIComponent(gameId);
  show(link, !!gameId);
  const key = JSON.stringify([rows, lang]);
  const body = $('#standings tbody');
  if (body.dataset.key === key) return;
  body.dataset.key = key;
  body.replaceChildren(...rows.map((r, i) => {
    const p = player(r.player) || {};
    return el('tr', { class: (r.player === model.me ? 'me' : '') + (i === 0 ? ' winner' : ''), dataset: { player: String(r.player) } },
      el('td', { class: 'num' }, String(i + 1)),
      el('th', { scope: 'row', class: 'who-cell' }, swatch(p.colour || 0, ''), ' ', r.name,
        r.player === model.me ? el('span', { class: 'tag you' }, t('sovYou')) : null,
        r.alive ? null : el('span', { class: 'tag out' }, t('sovOut'))),
      el('td', { class: 'num' }, model.landHexes ? pctFormat.format(100 * r.hexes / model.landHexes) + ' %' : fmt(r.hexes)),
      el('td', { class: 'num' }, fmt(r.troops)));
  }));
}

// What the pointer is over, in words under the map (a mouse only).
function onHover(region) {
  const tip = $('#map-tip');
  const v = model.view;
  if (region < 0 || !v) { setText(tip, ''); show(tip, false); return; }
  const info = regionInfo(region);
  if (!info || info.terrain === 'water') { setText(tip, t('sovTerrain_water')); show(tip, true); return; }
  if (v.phase === 'lobby') {
    const starter = Object.entries(v.players || {}).find(([, p]) => p.start === region);
    setText(tip, sentence(regionName(region)) + ' · ' + t('sovRegionHexes', { terrain: terrainName(info.terrain), hexes: info.hexes })
      + (starter ? ' · ' + t('sovStartOf', { name: starter[1].name }) : ''));
    show(tip, true);
    return;
  }
  const h = holding(region) || { owner: -1, troops: 0 };
  const who = h.owner === model.me ? t('sovYours') : h.owner >= 0 ? nameOf(h.owner) : t('sovNeutral');
  setText(tip, sentence(regionName(region)) + ' · ' + t('sovTargetFacts', { who, terrain: terrainName(info.terrain), troops: fmt(h.troops) }));
  show(tip, true);
}

// ---------------------------------------------------------------------------------------
// Start

function setShare(value) {
  const n = Math.max(1, Math.min(100, Math.round(Number(value) || 50)));
  model.share = n;
  $('#share').value = String(n);
  setText('#share-value', n + '\u00a0%');
  try { localStorage.setItem(SHARE_KEY, String(n)); } catch { /* no storage: the share lasts until a reload */ }
  document.querySelectorAll('.quick-shares button').forEach((b) => b.setAttribute('aria-pressed', String(Number(b.dataset.share) === n)));
  if (model.view && model.view.phase === 'running') renderSelection();
}

function init() {
  translatePage();
  mapView = new MapView($('#map'), { interactive: true, onTap, onHover, onViewChange: () => miniMap && miniMap.render() });
  miniMap = new MiniMap($('#minimap'), mapView);
  document.body.dataset.encoding = ENCODING;
  $('#zoom-in').addEventListener('click', () => mapView.zoomAt(1.4, mapView.cssW / 2, mapView.cssH / 2));
  $('#zoom-out').addEventListener('click', () => mapView.zoomAt(1 / 1.4, mapView.cssW / 2, mapView.cssH / 2));
  $('#zoom-fit').addEventListener('click', () => { mapView.fit(); mapView.render(); });
  $('#map').addEventListener('keydown', (e) => { if (e.key === 'Escape') select(-1); });
  $('#share').addEventListener('input', (e) => setShare(e.target.value));
  document.querySelectorAll('.quick-shares button').forEach((b) => b.addEventListener('click', () => setShare(b.dataset.share)));
  let saved = 50;
  try { saved = Number(localStorage.getItem(SHARE_KEY)) || 50; } catch { /* no storage */ }
  setShare(saved);
  joinScreen = new JoinScreen({
    session, showScreen, titleKey: 'sovTitle', buttonKey: 'sovJoinButton',
    onShow: () => { model.view = null; }, onJoined: startGame,
    ownText: (e) => (has('sovErr' + camel(e.code)) ? t('sovErr' + camel(e.code)) : null),
  });
  $('#join-code').addEventListener('input', (e) => {
    const v = e.target.value.toUpperCase();
    if (v !== e.target.value) e.target.value = v;
  });

  const code = PlayerSession.codeInUrl();
  if (session.canResume(code)) startGame();
  else joinScreen.show(code);
}

init();
