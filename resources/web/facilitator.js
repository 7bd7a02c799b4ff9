// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's page: sign in, list and create games, run one game live. What every kind
// of game shares lives here (the join card with the host's LAN address and a QR code, start,
// pause, resume, end, delete, CSV, the projector view); each kind's own part is in
// <kind>/facilitator.js, which this page loads when the host names it.
// REST for commands, the WebSocket for the live view and the games list (the `lobby` channel,
// docs/protocol.md).
import { t, fmt, $, el, setText, show, api, errorText, closedText, translatePage, Socket } from './common.js';

// The kinds come from the host (GET /api/kinds): each with its players' pages (the first is
// where students join) and, when the kind has one, its part of this page, loaded with import().
// A part is the default export of <kind>/facilitator.js; every member is optional:
//   label()                    the kind's name in the list and on the game
//   canStart, canEnd           whether the facilitator starts and ends it (else it runs by itself)
//   status(view)               lobby, running, paused or finished
//   players(summary), progress(summary)   its cells in the games list
//   projectorProgress(view)    how far it is, in words for the projector
//   mount(container, ctx), render(view, ctx)   its view below the controls every kind shares
//   create                     {title(), mount(container), config()}: its part of the create
//                              form; without mount, a game starts with the host's settings
// What a part leaves out, or a kind without one, is shown plainly (plainKind).
const kinds = { list: [], byId: new Map(), loading: null };

const TOKEN_KEY = 'steward.facilitatorToken';
const ADDRESS_KEY = 'steward.joinAddress';
const model = {
  token: sessionStorage.getItem(TOKEN_KEY) || '',
  gameId: '',
  kind: '',         // the open game's kind
  game: null,       // the last pushed facilitator view of the open game
  games: [],
  addresses: null,  // where students reach the host, from /api/host/join
  confirm: null,    // {action}: what the confirmation box does on yes
};
let socket = null;
let listTimer = null;

function showScreen(name) {
  for (const s of ['loading', 'login', 'list', 'game']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
  show('#sign-out', name === 'list' || name === 'game');
  clearInterval(listTimer);
  // The list follows the lobby channel while the socket is online; offline, it asks now and then.
  if (name === 'list') {
    ensureSocket();
    listTimer = setInterval(() => {
      if (document.visibilityState === 'visible' && !socket.online) loadGames();
    }, 10000);
  }
  if (name !== 'game') setProjector(false);
}

function message(sel, text, kind) {
  const m = $(sel);
  m.textContent = text || '';
  m.dataset.kind = kind || '';
}

function statusText(status) {
  return t({ lobby: 'statusLobby', running: 'statusRunning', paused: 'statusPaused', finished: 'statusFinished' }[status] || status);
}

// A kind as this page shows it when nothing more is known of it: its name, its status, and its
// view's plain values in a table.
function plainKind(id, pages) {
  let body = null;
  return {
    id,
    pages: pages || [],
    label: () => id,
    canStart: true,
    canEnd: true,
    status: (v) => v.status || '',
    players: (s) => fmt(s.players),
    progress: () => '',
    projectorProgress: () => '',
    mount(container) {
      body = el('tbody');
      container.replaceChildren(el('div', { class: 'card' }, el('div', { class: 'table-scroll' },
        el('table', { class: 'data' }, body))));
    },
    render(v) {
      if (!body) return;
      body.replaceChildren(...Object.entries(v).filter(([, x]) => x === null || typeof x !== 'object')
        .map(([k, x]) => el('tr', null, el('th', { scope: 'row' }, k), el('td', null, x === null ? '–' : String(x)))));
    },
    create: null,
  };
}

// The kinds this host runs, with their parts loaded; once per page, again after a failure.
function loadKinds() {
  if (!kinds.loading) {
    kinds.loading = call('/api/kinds').then(async (r) => {
      kinds.list = await Promise.all((r.kinds || []).map(async (info) => {
        let part = {};
        if (info.facilitator && info.facilitator.startsWith('/app/')) {
          // A part that does not load leaves its kind shown plainly.
          try { part = (await import(info.facilitator)).default || {}; } catch { part = {}; }
        }
        return Object.assign(plainKind(info.kind, info.pages), part, { id: info.kind, pages: info.pages || [] });
      }));
      kinds.byId = new Map(kinds.list.map((k) => [k.id, k]));
      renderCreateKinds();
    });
    kinds.loading.catch(() => { kinds.loading = null; });
  }
  return kinds.loading;
}

function kindOf(id) {
  if (!kinds.byId.has(id)) kinds.byId.set(id, plainKind(id));
  return kinds.byId.get(id);
}

// REST with the facilitator token; a refused token sends us back to the sign-in form.
async function call(path, body, raw) {
  try {
    return await api(path, { body, token: model.token, raw });
  } catch (e) {
    if (e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID' || e.code === 'AUTH_REQUIRED') signOut();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------
// Sign in

async function onLogin(ev) {
  ev.preventDefault();
  const button = $('#login-button');
  button.disabled = true;
  button.textContent = t('signingIn');
  show('#login-error', false);
  try {
    const r = await api('/api/players/authenticate', {
      body: { username: $('#username').value.trim(), password: $('#password').value } });
    model.token = r.token;
    sessionStorage.setItem(TOKEN_KEY, r.token);
    $('#password').value = '';
    route();
  } catch (e) {
    $('#login-error').textContent = errorText(e);
    show('#login-error', true);
    $('#password').focus();
  } finally {
    button.disabled = false;
    button.textContent = t('signIn');
  }
}

function signOut() {
  model.token = '';
  sessionStorage.removeItem(TOKEN_KEY);
  if (socket) socket.stop();
  socket = null;
  model.gameId = '';
  model.game = null;
  model.addresses = null;
  showScreen('login');
  $('#password').focus();
}

// ---------------------------------------------------------------------------------------
// Games list and creating a game

async function loadGames() {
  try {
    await loadKinds();
    const r = await call('/api/games');
    model.games = r.games || [];
    renderGames();
    if ($('#list-message').dataset.kind === 'error') message('#list-message', '');
  } catch (e) {
    message('#list-message', errorText(e), 'error');
  }
}

function renderGames() {
  const rows = model.games.slice().reverse().map((g) => {
    const kind = kindOf(g.kind);
    return el('tr', { dataset: { gameId: g.gameId, kind: g.kind } },
      el('th', { scope: 'row', class: 'strong' }, g.joinCode),
      el('td', null, kind.label()),
      el('td', { class: 'wide-only' }, el('span', { class: 'pill ' + kind.status(g) }, statusText(kind.status(g)))),
      el('td', { class: 'num wide-only' }, kind.players(g)),
      el('td', { class: 'num' }, kind.progress(g)),
      el('td', null, el('button', { type: 'button', class: 'small', 'data-open': g.gameId,
        'aria-label': t('open') + ' ' + g.joinCode, onclick: () => openGame(g.gameId, null, g.kind) }, t('open'))));
  });
  $('#games-table tbody').replaceChildren(...rows);
  show('#no-games', rows.length === 0);
  show('#games-table', rows.length > 0);
}

// The create form offers every kind the host runs (a choice only when there are several); the
// chosen kind's part adds its fields.
function renderCreateKinds() {
  const select = $('#create-kind');
  const chosen = select.value;
  select.replaceChildren(...kinds.list.map((k) => el('option', { value: k.id, selected: k.id === chosen }, k.label())));
  show('#create-kind-field', kinds.list.length > 1);
  renderCreateFields();
}

function renderCreateFields() {
  const kind = kindOf($('#create-kind').value);
  const create = kind.create || {};
  setText('#create-title', create.title ? create.title() : t('createTitle'));
  show('#create-error', false);
  if (create.mount) create.mount($('#create-fields'));
  else $('#create-fields').replaceChildren(el('p', { class: 'hint' }, t('createDefaults')));
}

async function onCreate(ev) {
  ev.preventDefault();
  const kind = kindOf($('#create-kind').value);
  const body = { kind: kind.id };
  if (kind.create && kind.create.config) body.config = kind.create.config();
  const button = $('#create-button');
  button.disabled = true;
  button.textContent = t('creating');
  show('#create-error', false);
  try {
    const r = await call('/api/games/create', body);
    openGame(r.gameId, r.state, kind.id);
  } catch (e) {
    $('#create-error').textContent = errorText(e);
    show('#create-error', true);
  } finally {
    button.disabled = false;
    button.textContent = t('create');
  }
}

// ---------------------------------------------------------------------------------------
// Where students join

function isLoopback(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

async function loadAddresses() {
  if (model.addresses) return;
  try {
    const r = await call('/api/host/join');
    model.addresses = r.addresses || [];
    model.thisComputerOnly = !!r.thisComputerOnly;
  } catch {
    model.addresses = [];
  }
  renderAddresses();
  renderJoin();
}

// The addresses students can open: the host's LAN addresses, and the page's own when a
// student could reach it too (the teacher opened the page by its LAN address).
function joinBases() {
  const bases = (model.addresses || []).slice();
  const own = location.origin + '/';
  if (!isLoopback(location.hostname) && !bases.includes(own)) bases.unshift(own);
  return bases;
}

function chosenBase() {
  const bases = joinBases();
  const saved = localStorage.getItem(ADDRESS_KEY);
  if (saved && bases.includes(saved)) return saved;
  const own = location.origin + '/';
  return bases.includes(own) ? own : bases[0] || '';
}

function renderAddresses() {
  const bases = joinBases();
  const select = $('#join-address');
  const chosen = chosenBase();
  select.replaceChildren(...bases.map((b) => el('option', { value: b, selected: b === chosen }, t('joinVia', { address: b.replace(/^https?:\/\//, '').replace(/\/$/, '') }))));
  show(select, bases.length > 1);
}

// The kind's first page is where its students join; a kind without one has no join link.
function joinUrl(code) {
  const page = kindOf(model.kind).pages[0];
  if (!code || !page) return '';
  const base = chosenBase() || location.origin + '/';
  return base + page.replace(/^\//, '') + '?code=' + code;
}

function renderJoin() {
  const code = model.game ? model.game.joinCode : '';
  setText('#join-code-big', code || '——');
  const url = joinUrl(code);
  setText('#join-url', url);
  const reachable = joinBases().length > 0;
  show('#join-warning', model.addresses !== null && !reachable);
  setText('#join-warning', t(model.thisComputerOnly ? 'joinThisComputerOnly' : 'joinNoNetwork'));
  const qr = $('#join-qr');
  const drawable = url && (model.addresses || []).includes(chosenBase());
  if (drawable) {
    const src = '/api/join/qr.svg?url=' + encodeURIComponent(url);
    if (qr.getAttribute('src') !== src) qr.setAttribute('src', src);
    qr.alt = t('joinQrAlt', { url });
  }
  show(qr, !!drawable);
}

// ---------------------------------------------------------------------------------------
// One game, live

function openGame(gameId, initialState, kind) {
  model.gameId = gameId;
  model.kind = kind || (initialState && initialState.kind) || (model.games.find((g) => g.gameId === gameId) || {}).kind || '';
  model.game = initialState ? Object.assign({ gameId }, initialState) : null;
  model.confirm = null;
  if (location.hash !== '#game=' + encodeURIComponent(gameId)) history.replaceState(null, '', '#game=' + encodeURIComponent(gameId));
  message('#game-message', '');
  showScreen('game');
  mountKind();
  renderGame();
  loadAddresses();
  if (!initialState) {
    call('/api/games/' + encodeURIComponent(gameId)).then((v) => {
      if (model.gameId === gameId && !model.game) { model.game = v; renderGame(); }
    }, (e) => message('#game-message', errorText(e), 'error'));
  }
  ensureSocket();
  if (socket.online) subscribe();
  $('#back-to-list').focus();
}

let mountedKind = null;
function mountKind() {
  const kind = model.kind || (model.game && model.game.kind) || '';
  if (mountedKind === kind && $('#kind-view').childElementCount > 0) return;
  mountedKind = kind;
  $('#kind-view').replaceChildren();
  if (kind) kindOf(kind).mount($('#kind-view'), context);
}

function closeGame() {
  model.gameId = '';
  model.game = null;
  history.replaceState(null, '', location.pathname);
  showScreen('list');
  loadGames();
}

function ensureSocket() {
  if (socket) return;
  socket = new Socket({
    auth: () => (model.token ? { token: model.token } : null),
    onAuthed: () => { subscribe(); followLobby(); },
    onAuthFailed: (err) => {
      if (['TOKEN_EXPIRED', 'TOKEN_INVALID', 'AUTH_REQUIRED'].includes(err.code)) { signOut(); return 'stop'; }
      return 'later';
    },
    onPush: (type, data) => {
      if (type === 'state' && data.gameId === model.gameId) { model.game = data; renderGame(); }
      if (type === 'lobby') onLobby(data.games || []);
    },
    onStatus: (status, detail) => {
      const live = $('#live');
      live.textContent = status === 'online' ? t('live') : status === 'offline' ? t('reconnecting') : t('loading');
      live.className = 'pill ' + (status === 'online' ? 'live' : 'offline');
      show('#connection', status === 'offline' || status === 'closed');
      setText('#connection', status === 'closed' ? closedText(detail) : t('reconnecting'));
    },
  });
  socket.start();
}

// The games list, pushed whole when it changes (after the commit, at most a few times a second).
function followLobby() {
  socket.request('follow', { channel: 'lobby' }).catch((e) => {
    if (e.code !== 'DISCONNECTED') message('#list-message', errorText(e), 'error');
  });
}

function onLobby(games) {
  model.games = games;
  // A kind's part may still be on its way; the list shows it in its own terms once it is.
  loadKinds().then(renderGames, renderGames);
}

function subscribe() {
  if (!model.gameId || !socket) return;
  const gameId = model.gameId;
  socket.request('subscribe', { gameId }).catch((e) => {
    if (e.code !== 'DISCONNECTED' && model.gameId === gameId) message('#game-message', errorText(e), 'error');
  });
}

function renderGame() {
  const g = model.game;
  if (g && g.kind && g.kind !== model.kind) { model.kind = g.kind; mountKind(); }
  const kind = kindOf(model.kind);
  setText('#game-kind', model.kind ? kind.label() : '');
  renderJoin();
  if (!g) return;
  const status = kind.status(g);
  const pill = $('#game-status');
  pill.textContent = statusText(status);
  pill.className = 'pill ' + status;
  // Only the buttons that make sense now.
  show('#start-game', kind.canStart && status === 'lobby');
  show('#pause-game', status === 'running');
  show('#resume-game', status === 'paused');
  show('#end-game', kind.canEnd && status !== 'finished');
  document.title = g.joinCode + ' — ' + t('facTitle') + ' — ' + t('brand');
  setText('#projector-progress', kind.projectorProgress(g));
  kind.render(g, context);
}

// A question in the page itself, not a browser dialog: the projector shows what is asked.
function confirmFirst(text, yesText, action) {
  model.confirm = { action };
  setText('#confirm-text', text);
  setText('#confirm-yes', yesText);
  show('#confirm-box', true);
  $('#confirm-yes').focus();
}

function closeConfirm(focusSel) {
  model.confirm = null;
  show('#confirm-box', false);
  if (focusSel && $(focusSel)) $(focusSel).focus();
}

async function command(path, body, doneText) {
  message('#game-message', '');
  try {
    const r = await call(path, Object.assign({ gameId: model.gameId }, body || {}));
    if (doneText) message('#game-message', doneText(r), 'ok');
    return r;
  } catch (e) {
    message('#game-message', errorText(e), 'error');
    return null;
  }
}

async function deleteGame() {
  message('#game-message', '');
  try {
    await call('/api/games/delete', { gameId: model.gameId });
    closeGame();
    message('#list-message', t('gameDeleted'), 'ok');
  } catch (e) {
    message('#game-message', errorText(e), 'error');
  }
}

async function downloadCsv() {
  message('#game-message', '');
  try {
    const res = await call('/api/games/' + encodeURIComponent(model.gameId) + '/export.csv', undefined, true);
    const blob = await res.blob();
    const disposition = res.headers.get('Content-Disposition') || '';
    const match = /filename="([^"]+)"/.exec(disposition);
    const a = el('a', { href: URL.createObjectURL(blob), download: match ? match[1] : 'steward-' + model.gameId + '.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (e) {
    message('#game-message', errorText(e), 'error');
  }
}

// The projector view: the join card and how far the game is, nothing of any team's stock.
function setProjector(on) {
  document.body.classList.toggle('projector', on);
  const b = $('#projector');
  b.setAttribute('aria-pressed', on ? 'true' : 'false');
  setText(b, t(on ? 'projectorOff' : 'projectorOn'));
}

// What a kind's view may use.
const context = { t, fmt, el, setText, show, command, confirmFirst, closeConfirm, message: (text, kind) => message('#game-message', text, kind) };

// ---------------------------------------------------------------------------------------
// Start

function route() {
  if (!model.token) { showScreen('login'); $('#password').focus(); return; }
  // Nothing of a game shows before its kind's part is here; without the kinds, the list says
  // why and tries again with the list.
  loadKinds().then(showRoute, (e) => {
    if (!model.token) return;
    showScreen('list');
    message('#list-message', errorText(e), 'error');
  });
}

function showRoute() {
  if (!model.token) return;
  const m = /^#game=(.+)$/.exec(location.hash);
  if (m) {
    const gameId = decodeURIComponent(m[1]);
    if (gameId !== model.gameId || document.body.dataset.screen !== 'game') openGame(gameId);
  } else { showScreen('list'); loadGames(); }
}

function init() {
  translatePage();
  $('#login-form').addEventListener('submit', onLogin);
  $('#create-form').addEventListener('submit', onCreate);
  $('#create-kind').addEventListener('change', renderCreateFields);
  $('#refresh').addEventListener('click', loadGames);
  $('#sign-out').addEventListener('click', signOut);
  $('#back-to-list').addEventListener('click', closeGame);
  $('#start-game').addEventListener('click', () => command('/api/games/start'));
  $('#pause-game').addEventListener('click', () => command('/api/games/pause'));
  $('#resume-game').addEventListener('click', () => command('/api/games/resume'));
  $('#end-game').addEventListener('click', () => confirmFirst(t('endConfirm'), t('end'),
    () => command('/api/games/end')));
  $('#delete-game').addEventListener('click', () => confirmFirst(t('deleteConfirm', { code: model.game ? model.game.joinCode : '' }),
    t('deleteGame'), deleteGame));
  $('#confirm-yes').addEventListener('click', () => {
    const c = model.confirm;
    closeConfirm();
    if (c) c.action();
  });
  $('#confirm-no').addEventListener('click', () => closeConfirm());
  $('#confirm-box').addEventListener('keydown', (e) => { if (e.key === 'Escape') closeConfirm(); });
  $('#download-csv').addEventListener('click', downloadCsv);
  $('#projector').addEventListener('click', () => setProjector(!document.body.classList.contains('projector')));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('projector')) setProjector(false);
  });
  $('#join-address').addEventListener('change', (e) => {
    localStorage.setItem(ADDRESS_KEY, e.target.value);
    renderJoin();
  });
  $('#copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('#join-url').textContent);
      setText('#copy-link', t('copied'));
      setTimeout(() => setText('#copy-link', t('copy')), 1500);
    } catch {
      // The clipboard needs a secure context (https); on plain http select the link instead.
      const range = document.createRange();
      range.selectNodeContents($('#join-url'));
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  });
  // A bookmark or a link to #game=ID opens that game, also when the page is already open.
  window.addEventListener('hashchange', route);
  setProjector(false);
  route();
}

init();
