// SPDX-License-Identifier: GPL-3.0-or-later
// A rounds table on the facilitator's page: the round now open and what is staked on it, and
// the last rounds' numbers with what was staked and returned. The table runs by itself; the
// facilitator pauses and resumes it (facilitator.js) and students join at /rounds. A new table
// starts with the host's standard rounds, paytable and limits (the console sets others).
import { addStrings, t, fmt, el, $, setText, show } from '../common.js';
import { STRINGS } from './strings.js';

addStrings(STRINGS);

let ticker = null;
let lastView = null;

function mount(container) {
  const now = el('div', { class: 'card rounds-now' },
    el('h2', { class: 'card-title', id: 'rounds-current' }),
    el('p', { class: 'muted', id: 'rounds-facts' }),
    el('div', { class: 'table-scroll' },
      el('table', { id: 'rounds-exposure', class: 'data' },
        el('thead', null, el('tr', null,
          el('th', { scope: 'col' }, t('facRoundsBetKind')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsBets')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsStake')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsPotential')))),
        el('tbody'))));
  const recent = el('div', { class: 'card rounds-recent' },
    el('h2', { class: 'card-title' }, t('facRoundsRecent')),
    el('p', { class: 'muted', id: 'rounds-none' }, t('facRoundsNone')),
    el('div', { class: 'table-scroll' },
      el('table', { id: 'rounds-table', class: 'data' },
        el('thead', null, el('tr', null,
          el('th', { scope: 'col' }, t('facRoundsRound')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsNumber')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsBets')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsStake')),
          el('th', { scope: 'col', class: 'num' }, t('facRoundsReturned')))),
        el('tbody'))));
  container.replaceChildren(now, recent);
  clearInterval(ticker);
  // The seconds left tick between pushes.
  ticker = setInterval(() => {
    if (!document.body.contains(now)) { clearInterval(ticker); return; }
    if (lastView) renderNow(lastView);
  }, 1000);
}

function secondsLeft(round) {
  return round && round.closesAt ? Math.max(0, Math.ceil((round.closesAt - Date.now()) / 1000)) : null;
}

function renderNow(v) {
  const cur = v.current;
  const currency = (v.table && v.table.currency) || '';
  if (v.paused) setText('#rounds-current', t('facRoundsPaused'));
  else if (cur) setText('#rounds-current', t('facRoundsOpen', { round: cur.round, seconds: secondsLeft(cur) }));
  else setText('#rounds-current', t('facRoundsBetween'));
  setText('#rounds-facts', t('facRoundsFacts', { players: fmt(v.players), bets: fmt(cur ? cur.bets : 0),
    stake: fmt(cur ? cur.stake : 0), currency }));
}

function render(v) {
  lastView = v;
  renderNow(v);
  const exposure = v.exposure || {};
  show('#rounds-exposure', Object.keys(exposure).length > 0);
  $('#rounds-exposure tbody').replaceChildren(...Object.keys(exposure).map((k) => el('tr', null,
    el('th', { scope: 'row' }, t('betKind_' + k) !== 'betKind_' + k ? t('betKind_' + k) : k),
    el('td', { class: 'num' }, fmt(exposure[k].bets)),
    el('td', { class: 'num' }, fmt(exposure[k].stake)),
    el('td', { class: 'num' }, fmt(exposure[k].potentialReturn)))));
  const recent = v.recent || [];
  show('#rounds-none', recent.length === 0);
  show('#rounds-table', recent.length > 0);
  $('#rounds-table tbody').replaceChildren(...recent.map((r) => el('tr', { dataset: { round: r.round } },
    el('th', { scope: 'row' }, fmt(r.round)),
    el('td', { class: 'num strong' }, r.number === null || r.number === undefined ? '–' : String(r.number).padStart(2, '0')),
    el('td', { class: 'num' }, fmt(r.bets)),
    el('td', { class: 'num' }, fmt(r.stake)),
    el('td', { class: 'num' }, fmt(r.returned)))));
}

function projectorProgress(v) {
  if (v.paused) return t('facRoundsPaused');
  const last = (v.recent || [])[0];
  return last && last.number !== null && last.number !== undefined
    ? t('projectorRounds', { round: last.round, number: String(last.number).padStart(2, '0'), players: fmt(v.players) })
    : t('projectorLobby', { players: fmt(v.players) });
}

// The rounds table's part of the facilitator page (see facilitator.js for what each member does).
export default {
  label: () => t('kindRounds'),
  canStart: false,
  canEnd: false,
  // A table is paused or running; it says so with `paused`.
  status: (v) => v.status || (v.paused ? 'paused' : 'running'),
  players: (s) => fmt(s.players),
  progress: (s) => t('facRoundsPlayed', { rounds: fmt(s.roundsPlayed) }),
  projectorProgress,
  mount,
  render,
  create: { title: () => t('facRoundsCreateTitle') },
};
