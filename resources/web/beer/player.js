// SPDX-License-Identifier: GPL-3.0-or-later
// The player's page: join a game, follow it over the WebSocket, place orders, see the debrief.
// The wire contract is docs/protocol.md; texts are in ./strings.js and ../strings.js.
import { addStrings, t, tNodes, fmt, fmtMoney, $, el, setText, show, api, ApiError, errorText,
  translatePage, drawLineChart, legend } from '../common.js';
import { PlayerSession } from '../session.js';
import { ROLES, ROLE_COLORS, roleName } from './roles.js';
import { STRINGS } from './strings.js';

addStrings(STRINGS);

// The seat (localStorage: it outlives the tab) and the order waiting to be sent, kept until the
// host confirms it, so that neither a dropped connection nor a reload loses it.
const session = new PlayerSession({
  kind: 'beer', path: '/', storage: 'local', key: 'steward.player', outboxKey: 'steward.outbox',
  onState, onPush, onAuthed: () => { model.inFlight = null; }, onConnection, onEnded: (code, notice, name) => showJoin(code, notice, name),
});

const model = {
  state: null,                // the last `state` push
  lastWeek: null,
  ack: null,                  // {week, quantity} of the last accepted order
  chain: null,                // {outboxId, week, status, txHash, reason}: the last order on the blockchain
  note: '',                   // a one-off message under the order form
  error: '',                  // a refusal of the last order
  sending: false,
  inFlight: null,             // {cid, serial}: an order sent on this connection, not yet answered
};

// ---------------------------------------------------------------------------------------
// Screens

function showScreen(name) {
  for (const s of ['loading', 'join', 'lobby', 'play', 'end']) show('#screen-' + s, s === name);
  document.body.dataset.screen = name;
  updateLeaveBox();
}

function seatText(s) {
  return t('lobbySeat', { team: s.team, role: roleName(s.role), name: s.name });
}

// ---------------------------------------------------------------------------------------
// Join

function fillRoleSelect() {
  const select = $('#role');
  select.replaceChildren(...ROLES.map((r) => el('option', { value: r }, roleName(r))));
  updateRoleHint();
}

function updateRoleHint() {
  const r = $('#role').value;
  setText('#role-hint', t('role' + r.charAt(0).toUpperCase() + r.slice(1) + 'Help'));
}

function showJoin(prefillCode, notice, prefillName) {
  session.stop();
  model.state = null;
  setText('#seat-label', '');
  document.title = t('brand');
  const code = $('#join-code');
  if (prefillCode) code.value = prefillCode.toUpperCase();
  const seat = session.info;
  const name = prefillName || (seat && seat.name) || '';
  if (name && !$('#name').value) $('#name').value = name;
  $('#join-notice').textContent = notice || '';
  show('#join-notice', !!notice);
  show('#join-error', false);
  show('#back-to-game-wrap', !!seat);
  if (seat) $('#back-to-game').textContent = t('backToGame', { team: seat.team, role: roleName(seat.role) });
  showScreen('join');
  // Put the cursor where the student starts typing.
  (!code.value ? code : !$('#name').value ? $('#name') : $('#team')).focus();
  lookUpSeats();
}

// ---------------------------------------------------------------------------------------
// Free seats: once the code is known, the page shows which seats are free, so that a
// student taps one (or "any free seat") instead of finding a taken seat after typing
// everything. A rounds table's code goes to the rounds page.

const seats = { code: '', info: null, chosen: null, any: false, timer: null, typing: null };

async function lookUpSeats() {
  const code = $('#join-code').value.trim().toUpperCase();
  clearTimeout(seats.timer);
  if (document.body.dataset.screen !== 'join') return;
  if (code.length < 4) { showSeats(null); return; }
  try {
    const info = await api('/api/join/' + encodeURIComponent(code));
    if ($('#join-code').value.trim().toUpperCase() !== code) return; // typed on meanwhile
    if (info.kind === 'rounds') {
      location.replace('/rounds?code=' + encodeURIComponent(code));
      return;
    }
    if (code !== seats.code) { seats.chosen = null; seats.any = false; }
    seats.code = code;
    showSeats(info);
  } catch {
    showSeats(null);
  }
  // Classmates take seats meanwhile: look again every few seconds while the form is open.
  seats.timer = setTimeout(lookUpSeats, 5000);
}

function showSeats(info) {
  seats.info = info && info.teams ? info : null;
  show('#seat-picker', !!seats.info);
  show('#seat-fields', !seats.info);
  if (!seats.info) return;
  const grid = $('#seat-grid');
  const focused = document.activeElement && grid.contains(document.activeElement) ? document.activeElement.dataset.seat : '';
  // A chosen seat someone else took meanwhile is no longer chosen.
  if (seats.chosen && seatState(seats.chosen.team, seats.chosen.role) !== 'free') seats.chosen = null;
  grid.replaceChildren(...seats.info.teams.map((team) => el('div', { class: 'seat-team', role: 'group',
    'aria-label': t('colTeamN', { team: team.team }) },
    el('span', { class: 'seat-team-name' }, t('colTeamN', { team: team.team })),
    el('span', { class: 'seat-buttons' }, ...ROLES.map((role) => {
      const free = team.seats[role] === 'free';
      const chosen = !!seats.chosen && seats.chosen.team === team.team && seats.chosen.role === role;
      return el('button', { type: 'button', class: 'seat-choice' + (chosen ? ' chosen' : ''), disabled: !free,
        'aria-pressed': chosen ? 'true' : 'false', dataset: { seat: team.team + '-' + role },
        'aria-label': t(free ? 'seatFreeLabel' : 'seatTakenLabel', { team: team.team, role: roleName(role) }),
        onclick: () => chooseSeat({ team: team.team, role }) },
      el('span', { class: 'role-dot', dataset: { role } }), roleName(role), free ? null : el('small', null, t('seatTaken')));
    })))));
  if (focused) {
    const again = grid.querySelector('[data-seat="' + focused + '"]');
    if (again && !again.disabled) again.focus();
  }
  $('#any-seat').setAttribute('aria-pressed', seats.any ? 'true' : 'false');
  $('#any-seat').classList.toggle('chosen', seats.any);
  $('#any-seat').disabled = !firstFreeSeat();
  setText('#seat-chosen', seats.chosen ? t('seatChosen', { team: seats.chosen.team, role: roleName(seats.chosen.role) })
    : seats.any ? t('anySeatChosen') : firstFreeSeat() ? '' : t('noFreeSeat'));
}

function seatState(team, role) {
  const tm = seats.info && seats.info.teams.find((x) => x.team === team);
  return tm ? tm.seats[role] : '';
}

function firstFreeSeat() {
  for (const team of (seats.info && seats.info.teams) || []) {
    for (const role of ROLES) if (team.seats[role] === 'free') return { team: team.team, role };
  }
  return null;
}

// The picker's choice; "any free seat" is picked when joining, not when tapped.
function pickedSeat() {
  return seats.chosen || (seats.any ? firstFreeSeat() : null);
}

function chooseSeat(seat) {
  seats.chosen = seat;
  seats.any = !seat;
  if (seat) {
    $('#team').value = String(seat.team);
    $('#role').value = seat.role;
    updateRoleHint();
  }
  show('#join-error', false);
  showSeats(seats.info);
}

function joinError(e) {
  const box = $('#join-error');
  // Checks made here carry their own text; a refusal by the host is shown in the page's language.
  let text = e instanceof ApiError ? errorText(e) : (e.message || e.code);
  const picker = !!seats.info;
  const focusOn = { SEAT_TAKEN: picker ? '#seat-grid button:not(:disabled)' : '#role', UNKNOWN_ROLE: '#role',
    UNKNOWN_TEAM: '#team', INVALID_NAME: '#name', UNKNOWN_JOIN_CODE: '#join-code',
    PICK_A_SEAT: '#seat-grid button:not(:disabled)' }[e.code];
  if (e.code === 'SEAT_TAKEN') {
    text += ' ' + t('seatTakenHint');
    lookUpSeats();
  }
  if (e.code === 'UNKNOWN_JOIN_CODE') text += ' ' + t('unknownCodeHint');
  box.textContent = text;
  box.dataset.code = e.code || '';
  show(box, true);
  if (focusOn && $(focusOn)) $(focusOn).focus();
}

async function onJoin(ev) {
  ev.preventDefault();
  const joinCode = $('#join-code').value.trim().toUpperCase();
  const name = $('#name').value.trim();
  let team = Number($('#team').value);
  let role = $('#role').value;
  if (!joinCode) return joinError({ code: 'UNKNOWN_JOIN_CODE', message: t('joinMissingCode') });
  if (!name) return joinError({ code: 'INVALID_NAME', message: t('joinMissingName') });
  if (seats.info && seats.code === joinCode) {
    const seat = pickedSeat();
    if (!seat) return joinError({ code: 'PICK_A_SEAT', message: t(seats.any ? 'noFreeSeat' : 'pickSeatFirst') });
    team = seat.team;
    role = seat.role;
  }
  if (!Number.isInteger(team) || team < 1) return joinError({ code: 'UNKNOWN_TEAM', message: t('joinBadTeam') });

  const button = $('#join-button');
  button.disabled = true;
  button.textContent = t('joining');
  show('#join-error', false);
  try {
    await session.join({ joinCode, name, team, role });
    startGame();
  } catch (e) {
    joinError(e);
  } finally {
    button.disabled = false;
    button.textContent = t('joinButton');
  }
}

// Sign-In with Ethereum: the wallet signs the host's one-time message, and the seat is taken
// under the wallet's address instead of a typed name. Shown only when a wallet is present.
async function onWalletJoin() {
  const joinCode = $('#join-code').value.trim().toUpperCase();
  let team = Number($('#team').value);
  let role = $('#role').value;
  if (!joinCode) return joinError({ code: 'UNKNOWN_JOIN_CODE', message: t('joinMissingCode') });
  if (seats.info && seats.code === joinCode) {
    const seat = pickedSeat();
    if (!seat) return joinError({ code: 'PICK_A_SEAT', message: t(seats.any ? 'noFreeSeat' : 'pickSeatFirst') });
    team = seat.team;
    role = seat.role;
  }
  if (!Number.isInteger(team) || team < 1) return joinError({ code: 'UNKNOWN_TEAM', message: t('joinBadTeam') });
  const button = $('#wallet-join');
  button.disabled = true;
  show('#join-error', false);
  try {
    const [address] = await window.ethereum.request({ method: 'eth_requestAccounts' });
    const challenge = await api('/auth/challenge', { body: { address } });
    setText(button, t('walletSigning'));
    const hex = '0x' + Array.from(new TextEncoder().encode(challenge.message), (b) => b.toString(16).padStart(2, '0')).join('');
    let signature;
    try {
      signature = await window.ethereum.request({ method: 'personal_sign', params: [hex, address] });
    } catch (e) {
      return joinError({ code: 'WALLET', message: t('walletRefused', { message: e && e.message ? e.message : String(e) }) });
    }
    const signedIn = await api('/auth/verify', { body: { message: challenge.message, signature } });
    await session.join({ joinCode, team, role }, signedIn.token);
    startGame();
  } catch (e) {
    joinError(e);
  } finally {
    button.disabled = false;
    setText(button, t('walletJoin'));
  }
}

// ---------------------------------------------------------------------------------------
// Leaving the seat (a student who joined the wrong one)

function updateLeaveBox() {
  const screen = document.body.dataset.screen;
  const s = model.state;
  const visible = !!session.info && !!s && (screen === 'lobby' || screen === 'play') && s.status !== 'finished';
  show('#leave-box', visible);
  if (!visible && !$('#leave-confirm').hidden) closeLeave(false);
}

function openLeave() {
  const s = model.state || session.info;
  if (!s) return;
  setText('#leave-title', t('leaveTitle', { role: roleName(s.role), team: s.team }));
  show('#leave-error', false);
  show('#leave-open-wrap', false);
  show('#leave-confirm', true);
  $('#leave-open').setAttribute('aria-expanded', 'true');
  $('#leave-no').focus();
}

function closeLeave(focus) {
  show('#leave-confirm', false);
  show('#leave-open-wrap', true);
  $('#leave-open').setAttribute('aria-expanded', 'false');
  if (focus) $('#leave-open').focus();
}

async function leaveSeat() {
  if (!session.info || session.leaving) return;
  const yes = $('#leave-yes');
  yes.disabled = true;
  $('#leave-no').disabled = true;
  yes.textContent = t('leaving');
  show('#leave-error', false);
  const refused = await session.leave(); // once left, the join form is shown (onEnded)
  yes.disabled = false;
  $('#leave-no').disabled = false;
  yes.textContent = t('leaveYes');
  if (refused) {
    $('#leave-error').textContent = t('leaveFailed', { message: errorText(refused) });
    show('#leave-error', true);
  }
}

// Offered once the team has finished; before that a student leaves the seat with
// "Leave this seat", so that the seat is free for someone else.
function joinAnother() {
  session.forget();
  history.replaceState(null, '', '/');
  $('#join-code').value = '';
  showJoin('');
}

// ---------------------------------------------------------------------------------------
// Connection

function startGame() {
  model.state = null;
  model.lastWeek = null;
  model.ack = null;
  model.note = '';
  model.error = '';
  closeLeave(false);
  setText('#screen-loading', t('connecting'));
  showScreen('loading');
  setText('#seat-label', seatText(session.info));
  session.start();
}

function onPush(type, data) {
  if (type === 'chain.tx') onChainTx(data);
}

// The host settled something this player's order queued for the blockchain.
function onChainTx(data) {
  if (!model.chain || data.outboxId !== model.chain.outboxId) return;
  model.chain.status = data.status;
  model.chain.txHash = data.txHash || '';
  model.chain.reason = data.reason || '';
  render();
}

function renderChain() {
  const line = $('#chain');
  const c = model.chain;
  show(line, !!c);
  if (!c) return;
  // Discreet: a short mark every week, the sentence with the transaction in its tooltip and
  // for screen readers; only a failure is said in full.
  const shortTx = c.txHash ? c.txHash.slice(0, 10) + '…' + c.txHash.slice(-4) : '';
  if (c.status === 'confirmed') {
    setText(line, t('chainShortConfirmed'));
    line.title = t('chainConfirmed', { week: c.week, tx: shortTx }) + ' ' + c.txHash;
    line.setAttribute('aria-label', t('chainConfirmed', { week: c.week, tx: shortTx }));
    line.dataset.tx = c.txHash;
  } else if (c.status === 'failed') {
    setText(line, t('chainFailed', { week: c.week, reason: c.reason }));
    line.title = '';
    line.removeAttribute('aria-label');
  } else {
    setText(line, t('chainShortQueued'));
    line.title = t('chainQueued', { week: c.week });
    line.setAttribute('aria-label', t('chainQueued', { week: c.week }));
  }
  line.dataset.kind = c.status === 'confirmed' ? 'ok' : (c.status === 'failed' ? 'error' : '');
}

// The connection banner is session.js's; the order form says whether an order waits for it.
function onConnection() {
  if (model.state) renderPlay(model.state);
}

function onState(state) {
  const previous = model.lastWeek;
  model.state = state;
  if (previous !== null && state.week > previous) {
    // A new week: the old order and its messages belong to the week that closed.
    $('#order-quantity').value = '';
    model.error = '';
    model.note = state.teamFinished ? '' : t('weekOpened', { week: state.week });
  }
  model.lastWeek = state.week;
  render();
  flushOutbox();
  // The host keeps sending a freed seat's view to a socket that is still open: a seat shown
  // with no name, or another one, may no longer be ours.
  if (session.info && !session.leaving && (state.name || '') !== (session.info.name || '')) session.verifySeat();
}

// ---------------------------------------------------------------------------------------
// Orders

function newClientOrderId() {
  const rand = Math.random().toString(36).slice(2, 10);
  return ['c', (session.info.playerId || '').slice(0, 16), model.state ? model.state.week : 0,
    Date.now().toString(36), rand].join('-');
}

function onOrder(ev) {
  ev.preventDefault();
  const s = model.state;
  if (!s || s.status !== 'running' || s.teamFinished || s.botControlled) return;
  const input = $('#order-quantity');
  const raw = input.value.trim();
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 10000) {
    model.error = t('orderInvalid');
    input.setAttribute('aria-invalid', 'true');
    renderPlay(s);
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  const order = { gameId: session.info.gameId, playerId: session.info.playerId, week: s.week,
    quantity: Number(raw), clientOrderId: newClientOrderId() };
  // Kept until the host confirms it, so neither a dropped connection nor a reload loses it.
  session.outbox.put(order);
  model.error = '';
  model.note = '';
  model.ack = null;
  if (session.online) sendOrder(order);
  else renderPlay(s);
}

function sendOrder(order) {
  model.inFlight = { cid: order.clientOrderId, serial: session.serial };
  model.sending = true;
  renderPlay(model.state);
  const data = { quantity: order.quantity, clientOrderId: order.clientOrderId };
  const sameOrder = (c) => c.clientOrderId === order.clientOrderId;
  session.request('order.place', data).then((reply) => {
    session.outbox.clear(sameOrder);
    model.sending = false;
    model.inFlight = null;
    model.ack = { week: reply.week, quantity: order.quantity, duplicate: !!reply.duplicate };
    // With the chain on, the order's own record is the first intent it queued.
    const onChain = (reply.chain || []).find((c) => c.kind === 'beer.order');
    if (onChain) model.chain = { outboxId: onChain.outboxId, week: reply.week, status: 'queued' };
    render();
  }, (err) => {
    model.sending = false;
    if (err.code === 'DISCONNECTED') {
      render(); // kept in the outbox; sent again after the reconnect
      return;
    }
    model.inFlight = null;
    if (err.code === 'RATE_LIMITED' || err.code === 'STORAGE_FAILED') {
      setTimeout(flushOutbox, 2000);
    } else {
      session.outbox.clear(sameOrder);
      model.error = t('orderRefused', { message: errorText(err) });
    }
    render();
  });
}

// Sends a kept order once per connection; the host ignores a repeat of the same clientOrderId.
function flushOutbox() {
  const order = session.outbox.get();
  const s = model.state;
  const seat = session.info;
  if (!order || !s || !session.online || !seat) return;
  if (order.gameId !== seat.gameId || order.playerId !== seat.playerId) {
    session.outbox.clear();
    return;
  }
  if (model.inFlight && model.inFlight.cid === order.clientOrderId && model.inFlight.serial === session.serial) return;
  if (s.status === 'paused') return; // kept, and sent once the facilitator resumes
  if (s.status !== 'running' || s.teamFinished || order.week > s.week) {
    session.outbox.clear();
    render();
    return;
  }
  if (order.week < s.week) {
    // The week closed while we were away: say whether the host had it in time.
    const rec = (s.history || []).find((w) => w.week === order.week);
    const kept = rec && rec.orderedBy === 'player' && rec.order === order.quantity;
    model.note = t(kept ? 'orderLateKept' : 'orderLateLost', { week: order.week, quantity: order.quantity });
    session.outbox.clear();
    render();
    return;
  }
  sendOrder(order);
}

// ---------------------------------------------------------------------------------------
// Rendering

function render() {
  const s = model.state;
  if (!s || !session.info) return;
  setText('#seat-label', seatText({ team: s.team, role: s.role, name: s.name || session.info.name }));
  if (s.teamFinished) {
    document.title = t('endTitle') + ' — ' + t('brand');
    renderEnd(s);
    showScreen('end');
  } else if (s.status === 'lobby') {
    document.title = t('brand');
    renderLobby(s);
    showScreen('lobby');
  } else {
    document.title = t('week') + ' ' + s.week + ' · ' + roleName(s.role) + ' — ' + t('brand');
    renderPlay(s);
    showScreen('play');
  }
  if (!$('#leave-confirm').hidden) setText('#leave-title', t('leaveTitle', { role: roleName(s.role), team: s.team }));
}

function seatList(s) {
  return ROLES.map((r) => {
    const seat = (s.seats && s.seats[r]) || {};
    const who = seat.name ? seat.name : t('seatOpen');
    return el('li', { class: r === s.role ? 'me' : '', dataset: { role: r } },
      el('span', { class: 'role-dot', dataset: { role: r } }),
      el('strong', null, roleName(r)), ' ',
      el('span', { class: seat.name ? '' : 'muted' }, who + (r === s.role ? ' (' + t('you') + ')' : '')));
  });
}

function renderLobby(s) {
  setText('#lobby-seat', seatText({ team: s.team, role: s.role, name: s.name }));
  $('#lobby-team').replaceChildren(...seatList(s));
}

function renderPlay(s) {
  if (!s || s.teamFinished || s.status === 'lobby') return;
  const c = s.current || {};
  setText('#week', String(s.week));
  setText('#incoming-shipment', fmt(c.incomingShipment));
  setText('#incoming-order-label', t(s.role === 'retailer' ? 'incomingOrderRetailer' : 'incomingOrder'));
  setText('#incoming-order', fmt(c.incomingOrder));
  setText('#shipped', fmt(c.shipped));
  setText('#in-transit', fmt(s.inTransit));
  setText('#inventory', fmt(s.inventory));
  setText('#backlog', fmt(s.backlog));
  setText('#week-cost', fmt(c.cost));
  setText('#cumulative-cost', fmt(s.cumulativeCost));
  const costs = s.costs || {};
  const hasCosts = typeof costs.holding === 'number' && typeof costs.backlog === 'number';
  show('#cost-rule', hasCosts);
  const rule = hasCosts ? t('costRule', { holding: fmtMoney(costs.holding), backlog: fmtMoney(costs.backlog) }) : '';
  if (hasCosts && $('#cost-rule').textContent !== rule) {
    $('#cost-rule').replaceChildren(...tNodes('costRule', {
      holding: el('strong', null, fmtMoney(costs.holding)), backlog: el('strong', null, fmtMoney(costs.backlog)) }));
  }
  $('#backlog').closest('.stat').classList.toggle('alert', Number(s.backlog) > 0);
  const hasDemand = typeof s.customerDemand === 'number';
  show('#customer-demand-wrap', hasDemand);
  if (hasDemand) setText('#customer-demand', fmt(s.customerDemand));

  show('#bot-notice', !!s.botControlled);
  show('#paused-notice', s.status === 'paused');
  const ended = s.status === 'finished';
  show('#game-ended', ended);
  const canOrder = s.status === 'running' && !s.botControlled;
  const input = $('#order-quantity');
  const button = $('#order-button');
  input.disabled = !canOrder;
  button.disabled = !canOrder || model.sending;
  const recipient = String(s.recipientRole || '');
  const label = s.role === 'factory' || !recipient ? t('orderBrew')
    : t('orderFrom' + recipient.charAt(0).toUpperCase() + recipient.slice(1));
  setText('#order-label', label);
  const pending = s.pendingOrder !== null && s.pendingOrder !== undefined;
  setText(button, model.sending ? t('orderSending') : t(pending ? 'orderChangeButton' : 'orderButton'));

  // The line under the form: what happened to the order, most important first.
  const outbox = session.outbox.get();
  const status = $('#status');
  let text = '';
  let kind = '';
  if (model.error) {
    text = model.error; kind = 'error';
  } else if (outbox && outbox.week === s.week && !session.online) {
    text = t('orderQueued', { week: outbox.week, quantity: fmt(outbox.quantity) }); kind = 'warn';
  } else if (pending && !s.botControlled) {
    text = t('orderSent', { week: s.week, quantity: fmt(s.pendingOrder) }); kind = 'ok';
  } else if (model.ack && model.ack.week === s.week) {
    text = t('orderSent', { week: s.week, quantity: fmt(model.ack.quantity) }); kind = 'ok';
  } else if (model.note) {
    text = model.note; kind = 'info';
  }
  setText(status, text);
  status.dataset.kind = kind;

  renderChain();
  renderTeam(s);
  renderDeadline();
  renderHistory(s);
}

function renderTeam(s) {
  const items = ROLES.map((r) => {
    const seat = (s.seats && s.seats[r]) || {};
    const ordered = !!(s.teamOrdered && s.teamOrdered[r]);
    const who = seat.bot ? t('teamBot') : (seat.name || '');
    return el('li', { class: (r === s.role ? 'me ' : '') + (ordered ? 'is-done' : 'is-waiting'), dataset: { role: r, ordered: String(ordered) } },
      el('span', { class: 'mark', 'aria-hidden': 'true' }, ordered ? '✓' : '…'),
      el('span', { class: 'who' },
        el('strong', null, roleName(r)),
        el('span', { class: 'muted' }, who + (r === s.role ? ' (' + t('you') + ')' : ''))),
      el('span', { class: 'visually-hidden' }, ordered ? t('teamOrdered') : t('teamWaiting')));
  });
  $('#team-ordered').replaceChildren(...items);
}

let deadlineTimer = null;
function renderDeadline() {
  const s = model.state;
  const box = $('#deadline');
  clearTimeout(deadlineTimer);
  if (!s || typeof s.weekDeadline !== 'number' || s.status !== 'running' || s.teamFinished) {
    show(box, false);
    return;
  }
  const left = Math.max(0, Math.round((s.weekDeadline - session.serverNow()) / 1000));
  show(box, true);
  box.classList.toggle('urgent', left <= 10);
  setText('#deadline-left', left > 0 ? Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') : t('timeUp'));
  if (left > 0) deadlineTimer = setTimeout(renderDeadline, 1000);
}

let historyKey = '';
function renderHistory(s) {
  const weeks = s.history || [];
  show('#history-empty', weeks.length === 0);
  show('#history-wrap', weeks.length > 0);
  const key = JSON.stringify(weeks.map((w) => [w.week, w.order, w.inventory, w.cost]));
  if (key === historyKey) return;
  historyKey = key;
  const rows = weeks.slice().reverse().map((w) => el('tr', null,
    el('th', { scope: 'row' }, String(w.week)),
    el('td', { class: 'num strong', dataset: { col: 'order' } }, fmt(w.order),
      w.orderedBy && w.orderedBy !== 'player' ? el('small', { class: 'by-bot', title: t('orderedByBot') }, ' ' + t('teamBot')) : null),
    el('td', { class: 'num wide-only' }, fmt(w.incomingShipment)),
    el('td', { class: 'num' }, fmt(w.incomingOrder)),
    el('td', { class: 'num wide-only' }, fmt(w.shipped)),
    el('td', { class: 'num' }, fmt(w.inventory)),
    el('td', { class: 'num' }, fmt(w.backlog)),
    el('td', { class: 'num' }, fmt(w.cost))));
  $('#history-table tbody').replaceChildren(...rows);
  requestAnimationFrame(drawHistoryChart); // after the screen is shown, so the canvas has a size
}

function historySeries() {
  const s = model.state;
  const weeks = (s && s.history) || [];
  return [
    { label: t('seriesYourOrders'), color: ROLE_COLORS[s.role], values: weeks.map((w) => w.order) },
    { label: t('seriesReceived'), color: '#475569', dashed: true, values: weeks.map((w) => w.incomingOrder) },
  ];
}

function drawHistoryChart() {
  const canvas = $('#history-chart');
  const enough = !!model.state && (model.state.history || []).length >= 2; // a line needs two weeks
  show(canvas, enough);
  show('#history-legend', enough);
  if (!enough || canvas.offsetParent === null) return;
  const series = historySeries();
  drawLineChart(canvas, series, { height: 160 });
  legend($('#history-legend'), series);
}

let endKey = '';
function renderEnd(s) {
  const r = s.results || {};
  setText('#team-cost', fmt(r.teamCost));
  const roles = r.roles || {};
  const rows = ROLES.map((role) => {
    const seat = (s.seats && s.seats[role]) || {};
    return el('tr', { class: role === s.role ? 'me' : '', dataset: { role } },
      el('th', { scope: 'row' }, el('span', { class: 'role-dot', dataset: { role } }), roleName(role)),
      el('td', null, seat.name ? seat.name : t('teamBot')),
      el('td', { class: 'num', dataset: { cost: role } }, fmt(roles[role] && roles[role].cumulativeCost)));
  });
  $('#results-table tbody').replaceChildren(...rows);
  const key = JSON.stringify(r);
  if (key !== endKey) {
    endKey = key;
    requestAnimationFrame(drawResultsChart);
  }
}

function resultsSeries() {
  const r = (model.state && model.state.results) || {};
  const roles = r.roles || {};
  const series = ROLES.map((role) => ({ label: roleName(role), color: ROLE_COLORS[role],
    values: (roles[role] && roles[role].orders) || [] }));
  series.push({ label: t('customerDemandSeries'), color: '#1f2937', dashed: true, width: 2,
    values: r.customerDemand || [] });
  return series;
}

function drawResultsChart() {
  const canvas = $('#results-chart');
  if (!model.state || !model.state.teamFinished || canvas.offsetParent === null) return;
  const series = resultsSeries();
  drawLineChart(canvas, series);
  legend($('#results-legend'), series);
}

let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (!model.state) return;
    if (model.state.teamFinished) drawResultsChart();
    else drawHistoryChart();
  }, 150);
});

// ---------------------------------------------------------------------------------------
// Start

function init() {
  translatePage();
  fillRoleSelect();
  $('#join-form').addEventListener('submit', onJoin);
  $('#wallet-join').addEventListener('click', onWalletJoin);
  show('#wallet-join-wrap', !!(window.ethereum && window.ethereum.request));
  $('#role').addEventListener('change', updateRoleHint);
  $('#order-form').addEventListener('submit', onOrder);
  $('#join-another').addEventListener('click', joinAnother);
  $('#leave-open').addEventListener('click', openLeave);
  $('#leave-no').addEventListener('click', () => closeLeave(true));
  $('#leave-yes').addEventListener('click', leaveSeat);
  $('#leave-confirm').addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !session.leaving) closeLeave(true);
  });
  $('#back-to-game').addEventListener('click', () => { if (session.info) startGame(); });
  $('#join-code').addEventListener('input', (e) => {
    const v = e.target.value.toUpperCase();
    if (v !== e.target.value) e.target.value = v;
    clearTimeout(seats.typing);
    seats.typing = setTimeout(lookUpSeats, 300);
  });
  $('#any-seat').addEventListener('click', () => chooseSeat(null));
  $('#order-quantity').addEventListener('input', (e) => {
    e.target.removeAttribute('aria-invalid');
    if (model.error) { model.error = ''; renderPlay(model.state); }
  });
  window.addEventListener('offline', () => { if (model.state) renderPlay(model.state); });

  const code = PlayerSession.codeInUrl();
  if (session.canResume(code)) startGame();
  else showJoin(code);
}

init();
