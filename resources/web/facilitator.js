// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's page: sign in, list and create games, run one game live.
// REST for commands, the WebSocket for the live view (docs/protocol.md).
'use strict';

(function () {
  const S = window.Steward;
  const { t, fmt, ROLES, roleName, $, el, setText, show } = S;

  const TOKEN_KEY = 'steward.facilitatorToken';
  const model = {
    token: sessionStorage.getItem(TOKEN_KEY) || '',
    gameId: '',
    game: null,       // the last pushed facilitator view of the open game
    confirmFree: null, // {id: "team-role", playerId}: the seat whose "Free seat" waits for a yes
    games: [],
  };
  let socket = null;
  let listTimer = null;

  function showScreen(name) {
    for (const s of ['loading', 'login', 'list', 'game']) show('#screen-' + s, s === name);
    document.body.dataset.screen = name;
    show('#sign-out', name === 'list' || name === 'game');
    clearInterval(listTimer);
    if (name === 'list') listTimer = setInterval(() => { if (document.visibilityState === 'visible') loadGames(); }, 10000);
  }

  function message(sel, text, kind) {
    const m = $(sel);
    m.textContent = text || '';
    m.dataset.kind = kind || '';
  }

  function statusText(status) {
    return t({ lobby: 'statusLobby', running: 'statusRunning', paused: 'statusPaused', finished: 'statusFinished' }[status] || status);
  }

  // REST with the facilitator token; a refused token sends us back to the sign-in form.
  async function call(path, body, raw) {
    try {
      return await S.api(path, { body, token: model.token, raw });
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
      const r = await S.api('/api/players/authenticate', {
        body: { username: $('#username').value.trim(), password: $('#password').value } });
      model.token = r.token;
      sessionStorage.setItem(TOKEN_KEY, r.token);
      $('#password').value = '';
      route();
    } catch (e) {
      $('#login-error').textContent = S.errorText(e);
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
    showScreen('login');
    $('#password').focus();
  }

  // ---------------------------------------------------------------------------------------
  // Games list and creating a game

  async function loadGames() {
    try {
      const r = await call('/api/games');
      model.games = r.games || [];
      renderGames();
      message('#list-message', '');
    } catch (e) {
      message('#list-message', S.errorText(e), 'error');
    }
  }

  function renderGames() {
    const rows = model.games.slice().reverse().map((g) => el('tr', { dataset: { gameId: g.gameId } },
      el('th', { scope: 'row', class: 'strong' }, g.joinCode),
      el('td', null, el('span', { class: 'pill ' + g.status }, statusText(g.status))),
      el('td', { class: 'num' }, fmt(g.teams)),
      el('td', { class: 'num' }, fmt(g.players) + ' / ' + fmt(g.seats)),
      el('td', { class: 'num' }, t('weekOf', { week: g.week, weeks: g.weeks })),
      el('td', null, el('button', { type: 'button', class: 'small', 'data-open': g.gameId,
        'aria-label': t('open') + ' ' + g.joinCode, onclick: () => openGame(g.gameId) }, t('open')))));
    $('#games-table tbody').replaceChildren(...rows);
    show('#no-games', rows.length === 0);
    show('#games-table', rows.length > 0);
  }

  async function onCreate(ev) {
    ev.preventDefault();
    const config = { preset: $('#preset').value, teams: Number($('#teams').value), advance: $('#advance').value };
    const secs = $('#week-seconds').value.trim();
    if (secs !== '') config.weekSeconds = Number(secs);
    const button = $('#create-button');
    button.disabled = true;
    button.textContent = t('creating');
    show('#create-error', false);
    try {
      const r = await call('/api/games/create', { kind: 'beer', config });
      openGame(r.gameId, r.state);
    } catch (e) {
      $('#create-error').textContent = S.errorText(e);
      show('#create-error', true);
    } finally {
      button.disabled = false;
      button.textContent = t('create');
    }
  }

  // ---------------------------------------------------------------------------------------
  // One game, live

  function openGame(gameId, initialState) {
    model.gameId = gameId;
    model.game = initialState ? Object.assign({ gameId }, initialState) : null;
    model.confirmFree = null;
    if (location.hash !== '#game=' + gameId) history.replaceState(null, '', '#game=' + encodeURIComponent(gameId));
    message('#game-message', '');
    showScreen('game');
    renderGame();
    if (!initialState) {
      call('/api/games/' + encodeURIComponent(gameId)).then((v) => {
        if (model.gameId === gameId && !model.game) { model.game = v; renderGame(); }
      }, (e) => message('#game-message', S.errorText(e), 'error'));
    }
    ensureSocket();
    if (socket.online) subscribe();
    $('#back-to-list').focus();
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
    socket = new S.Socket({
      auth: () => (model.token ? { token: model.token } : null),
      onAuthed: () => subscribe(),
      onAuthFailed: (err) => {
        if (['TOKEN_EXPIRED', 'TOKEN_INVALID', 'AUTH_REQUIRED'].includes(err.code)) { signOut(); return 'stop'; }
        return 'later';
      },
      onPush: (type, data) => {
        if (type === 'state' && data.gameId === model.gameId) { model.game = data; renderGame(); }
      },
      onStatus: (status, detail) => {
        const live = $('#live');
        live.textContent = status === 'online' ? t('live') : status === 'offline' ? t('reconnecting') : t('loading');
        live.className = 'pill ' + (status === 'online' ? 'live' : 'offline');
        show('#connection', status === 'offline' || status === 'closed');
        setText('#connection', status === 'closed' ? S.closedText(detail) : t('reconnecting'));
      },
    });
    socket.start();
  }

  function subscribe() {
    if (!model.gameId || !socket) return;
    const gameId = model.gameId;
    socket.request('subscribe', { gameId }).catch((e) => {
      if (e.code !== 'DISCONNECTED' && model.gameId === gameId) message('#game-message', S.errorText(e), 'error');
    });
  }

  function renderGame() {
    const g = model.game;
    const code = g ? g.joinCode : '';
    setText('#join-code-big', code || '——');
    setText('#join-url', code ? location.origin + '/?code=' + code : '');
    if (!g) {
      $('#teams-table tbody').replaceChildren();
      return;
    }
    const status = $('#game-status');
    status.textContent = statusText(g.status);
    status.className = 'pill ' + g.status;
    // Only the buttons that make sense now.
    show('#start-game', g.status === 'lobby');
    show('#advance-week', g.status === 'running');
    show('#end-game', g.status !== 'finished');
    document.title = code + ' — ' + t('facTitle') + ' — ' + t('brand');
    renderTeams(g);
  }

  function seatCell(g, team, role) {
    const r = team.roles[role] || {};
    const human = !!r.playerId;
    const botLabel = r.bot ? t('seatBotName', { bot: r.bot }) : '';
    const nameLine = human
      ? el('span', { class: 'seat-name' }, r.name, r.bot ? ' · ' + botLabel : '')
      : el('span', { class: 'seat-name muted' }, botLabel || t('seatEmpty'));
    let orderedLine = null;
    if (g.status === 'running' && !team.finished) {
      // A bot-played seat counts as ordered (it orders when the week resolves): say "ready".
      const ordered = r.ordered || !!r.bot;
      const text = r.bot ? t('readyMark') : ordered ? t('orderedMark') : t('notOrderedMark');
      orderedLine = el('span', { class: (ordered ? 'ok' : 'wait') + ' seat-state' }, (ordered ? '✓ ' : '… ') + text);
    }
    const nums = el('span', { class: 'seat-nums' },
      t('invShort') + ' ' + fmt(r.inventory) + ' · ' + t('backlogShort') + ' ' + fmt(r.backlog)
      + ' · ' + t('cumulativeCost') + ' ' + fmt(r.cumulativeCost));
    let actions = null;
    if (human && g.status !== 'finished' && !team.finished) {
      const toBot = !r.bot;
      const id = team.team + '-' + role;
      const confirm = model.confirmFree;
      if (confirm && confirm.id === id && confirm.playerId === r.playerId) {
        actions = el('div', { class: 'seat-confirm', role: 'group' },
          el('span', { class: 'seat-confirm-text' }, t('freeSeatQuestion', { name: r.name })),
          el('span', { class: 'seat-actions' },
            el('button', { type: 'button', class: 'small danger', dataset: { key: 'yes-' + id, action: 'free-yes' },
              onclick: () => releaseSeat(team.team, role, r.name) }, t('freeSeatYes')),
            el('button', { type: 'button', class: 'small', dataset: { key: 'no-' + id, action: 'free-no' },
              onclick: () => askFree(null, 'free-' + id) }, t('cancel'))));
      } else {
        actions = el('span', { class: 'seat-actions' },
          el('button', { type: 'button', class: 'small', dataset: { key: 'bot-' + id, action: 'bot' },
            onclick: () => controlSeat(team.team, role, toBot ? ((g.config && g.config.bot) || 'sterman') : null) },
          toBot ? t('handToBot') : t('giveBack')),
          el('button', { type: 'button', class: 'small quiet-danger', dataset: { key: 'free-' + id, action: 'free' },
            onclick: () => askFree({ id, playerId: r.playerId }, 'no-' + id) }, t('freeSeat')));
      }
    }
    return el('td', { dataset: { role } }, nameLine, orderedLine, nums, actions);
  }

  // "Free seat" asks first, in the cell itself. The question belongs to the player who held the
  // seat when it was asked: if someone else holds it by now, the plain buttons come back.
  function askFree(confirm, focusKey) {
    model.confirmFree = confirm;
    if (model.game) renderTeams(model.game);
    const again = document.querySelector('[data-key="' + focusKey + '"]');
    if (again) again.focus();
  }

  async function releaseSeat(team, role, name) {
    model.confirmFree = null;
    if (model.game) renderTeams(model.game);
    await command('/api/seats/release', { team, role },
      () => t('seatFreedDone', { role: roleName(role), team, name }));
  }

  function renderTeams(g) {
    const focusedKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : '';
    const rows = (g.teams || []).map((team) => el('tr', { class: team.finished ? 'finished' : '', dataset: { team: team.team } },
      el('td', { class: 'teamcell' },
        el('strong', null, t('colTeam') + ' ' + team.team),
        el('span', { class: 'seat-nums' }, t('week') + ' ' + fmt(team.week) + (team.finished ? ' · ' + t('teamFinished') : '')),
        el('span', { class: 'seat-nums' }, t('colTeamCost') + ' ' + fmt(team.teamCost))),
      ...ROLES.map((role) => seatCell(g, team, role))));
    $('#teams-table tbody').replaceChildren(...rows);
    if (focusedKey) {
      const again = document.querySelector('[data-key="' + focusedKey + '"]');
      if (again) again.focus();
    }
  }

  async function command(path, body, doneText) {
    message('#game-message', '');
    try {
      const r = await call(path, Object.assign({ gameId: model.gameId }, body || {}));
      if (doneText) message('#game-message', doneText(r), 'ok');
      return r;
    } catch (e) {
      message('#game-message', S.errorText(e), 'error');
      return null;
    }
  }

  function controlSeat(team, role, bot) {
    command('/api/seats/control', { team, role, bot });
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
      message('#game-message', S.errorText(e), 'error');
    }
  }

  // ---------------------------------------------------------------------------------------
  // Start

  function route() {
    if (!model.token) { showScreen('login'); $('#password').focus(); return; }
    const m = /^#game=(.+)$/.exec(location.hash);
    if (m) openGame(decodeURIComponent(m[1]));
    else { showScreen('list'); loadGames(); }
  }

  function init() {
    S.translatePage();
    $('#login-form').addEventListener('submit', onLogin);
    $('#create-form').addEventListener('submit', onCreate);
    $('#refresh').addEventListener('click', loadGames);
    $('#sign-out').addEventListener('click', signOut);
    $('#back-to-list').addEventListener('click', closeGame);
    $('#start-game').addEventListener('click', () => command('/api/games/start'));
    $('#advance-week').addEventListener('click', () => command('/api/games/advance'));
    $('#end-game').addEventListener('click', () => { if (window.confirm(t('endConfirm'))) command('/api/games/end'); });
    $('#download-csv').addEventListener('click', downloadCsv);
    $('#teams-table').addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && model.confirmFree) askFree(null, 'free-' + model.confirmFree.id);
    });
    $('#copy-link').addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText($('#join-url').textContent);
        setText('#copy-link', t('copied'));
        setTimeout(() => setText('#copy-link', t('copy')), 1500);
      } catch (e) {
        // The clipboard needs a secure context (https); on plain http select the link instead.
        const range = document.createRange();
        range.selectNodeContents($('#join-url'));
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      }
    });
    route();
  }

  init();
})();
