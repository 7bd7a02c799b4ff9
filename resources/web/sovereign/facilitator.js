// SPDX-License-Identifier: GPL-3.0-or-later
// A Sovereign Lines match on the facilitator's page: its create form (map size, places, bots,
// time limit), its phase (paused too: the page's Resume button then shows) and players in the
// live view, the link that opens the big screen for the projector (/sovereign/screen), and
// once the match is over the one that opens its replay (/app/sovereign/replay.html); both
// are signed in with this page's token: a window this page opens gets a copy of its
// sessionStorage. facilitator.js loads it for the kind `sovereign`.
import { addStrings, t, fmt, el, $, setText, show } from '../common.js';
import { STRINGS } from './strings.js';
import { swatchUrl } from './palette.js';

addStrings(STRINGS);

// The map sizes and how many places each allows (SovereignMap::sizes).
const SIZES = { small: 8, medium: 24, large: 60, huge: 100 };

function phaseStatus(phase) {
  return { lobby: 'lobby', running: 'running', over: 'finished' }[phase] || phase || '';
}

// The status of a match's view (paused while running, when the host paused it), or of its row
// in the games list (whose status already says `paused`).
function status(v) {
  if (v.phase === 'running' && v.paused) return 'paused';
  return phaseStatus(v.phase || v.status);
}

function screenUrl(joinCode) {
  return '/sovereign/screen?code=' + encodeURIComponent(joinCode || '');
}

function replayUrl(gameId) {
  return '/app/sovereign/replay.html?game=' + encodeURIComponent(gameId || '');
}

function mount(container) {
  // window.open, so that the new window starts with a copy of this page's sessionStorage (the
  // token); a link opened in a new tab would have to sign in.
  const link = el('button', { id: 'sov-open-screen', type: 'button', class: 'small primary' }, t('sovFacOpenScreen'));
  link.addEventListener('click', () => {
    const code = link.dataset.code || '';
    window.open(screenUrl(code), 'sovereign-screen-' + code);
  });
  const replay = el('button', { id: 'sov-open-replay', type: 'button', class: 'small primary', hidden: true }, t('sovReplayWatch'));
  replay.addEventListener('click', () => {
    const gameId = replay.dataset.game || '';
    window.open(replayUrl(gameId), 'sovereign-replay-' + gameId);
  });
  const card = el('div', { class: 'card sov-fac' },
    el('div', { class: 'section-head' },
      el('h2', { class: 'card-title', id: 'sov-fac-phase' }),
      el('span', { class: 'sov-fac-buttons' }, replay, ' ', link)),
    el('p', { class: 'notice warn', id: 'sov-fac-paused', hidden: true }, t('sovFacPausedHint')),
    el('p', { class: 'hint', id: 'sov-fac-screen-hint' }, t('sovFacScreenHint')),
    el('p', { class: 'hint', id: 'sov-fac-replay-hint', hidden: true }, t('sovFacReplayHint')),
    el('p', { class: 'muted', id: 'sov-fac-none' }, t('sovFacNoPlayers')),
    el('div', { class: 'table-scroll' },
      el('table', { id: 'sov-fac-players', class: 'data' },
        el('thead', null, el('tr', null,
          el('th', { scope: 'col' }, t('sovColPlayer')),
          el('th', { scope: 'col' }, t('sovFacColStart')),
          el('th', { scope: 'col', class: 'num' }, t('sovColLand')),
          el('th', { scope: 'col', class: 'num' }, t('sovColTroops')),
          el('th', { scope: 'col' }, t('sovFacColStatus')))),
        el('tbody'))));
  container.replaceChildren(card);
}

function render(v) {
  const link = $('#sov-open-screen');
  if (!link) return;
  link.dataset.code = v.joinCode || '';
  const minute = Math.floor((v.tick || 0) * (v.tickMs || 50) / 60000);
  const minutes = Math.round((v.endsAtTick || 0) * (v.tickMs || 50) / 60000);
  const players = Object.entries(v.players || {}).map(([n, p]) => Object.assign({ n: Number(n) }, p));
  const paused = status(v) === 'paused';
  let phaseText = t({ lobby: 'sovPhaseLobby', running: 'sovPhaseRunning', over: 'sovPhaseOver' }[v.phase] || 'sovPhaseLobby');
  if (paused) phaseText = t('sovPhasePaused');
  if (v.phase === 'running') phaseText += ' · ' + t('sovFacMinute', { minute: minute + 1 }) + ' / ' + fmt(minutes);
  setText('#sov-fac-phase', phaseText);
  $('#sov-fac-phase').dataset.status = status(v);
  show('#sov-fac-paused', paused);
  const over = v.phase === 'over';
  const replay = $('#sov-open-replay');
  replay.dataset.game = v.gameId || '';
  show(replay, over && !!v.gameId);
  show('#sov-fac-replay-hint', over && !!v.gameId);
  show('#sov-fac-none', players.length === 0);
  show('#sov-fac-players', players.length > 0);
  players.sort((a, b) => b.hexes - a.hexes || a.n - b.n);
  $('#sov-fac-players tbody').replaceChildren(...players.map((p) => {
    const sw = el('img', { src: swatchUrl(p.colour), alt: '', width: 14, height: 14 });
    sw.style.verticalAlign = '-2px';
    sw.style.borderRadius = '3px';
    return el('tr', { dataset: { player: String(p.n) } },
      el('th', { scope: 'row' }, sw, ' ', p.name, p.bot ? ' (' + t('sovBot') + ')' : ''),
      el('td', null, p.start >= 0 ? t('sovRegion', { id: p.start }) : '–'),
      el('td', { class: 'num' }, fmt(p.hexes)),
      el('td', { class: 'num' }, fmt(p.troops)),
      el('td', null, p.alive ? '✓' : t('sovOut')));
  }));
}

function projectorProgress(v) {
  const players = Object.keys(v.players || {}).length;
  if (v.phase === 'lobby' || !v.phase) return t('sovFacLobby', { players, slots: v.slots || '' });
  if (v.phase === 'over') {
    const first = v.result && v.result.standings && v.result.standings[0];
    return t('sovFacOver', { name: first ? first.name : '' });
  }
  if (status(v) === 'paused') return t('sovPhasePaused');
  return t('sovFacProgress', { minute: Math.floor((v.tick || 0) * (v.tickMs || 50) / 60000) + 1,
    minutes: Math.round((v.endsAtTick || 0) * (v.tickMs || 50) / 60000), players });
}

// The create form: the map, the places, bots and the time limit.
function mountCreate(container) {
  const option = (value, key, selected) => el('option', { value, selected }, t(key));
  const slots = el('input', { id: 'sov-slots', type: 'number', inputmode: 'numeric', min: '2', max: '8', step: '1', value: '8',
    required: true, 'aria-describedby': 'sov-slots-hint' });
  const hint = el('small', { id: 'sov-slots-hint', class: 'hint' }, t('sovFacSlotsHint', { max: 8 }));
  const size = el('select', { id: 'sov-map-size' },
    ...Object.keys(SIZES).map((k) => option(k, 'sovFacMap_' + k, k === 'small')));
  size.addEventListener('change', () => {
    const max = SIZES[size.value] || 8;
    slots.max = String(max);
    if (Number(slots.value) > max || Number(slots.value) === SIZES.small) slots.value = String(Math.min(max, 8));
    hint.textContent = t('sovFacSlotsHint', { max });
  });
  container.replaceChildren(
    el('div', { class: 'field' }, el('label', { for: 'sov-map-size' }, t('sovFacMapSize')), size),
    el('div', { class: 'field-row' },
      el('div', { class: 'field' }, el('label', { for: 'sov-slots' }, t('sovFacSlots')), slots, hint),
      el('div', { class: 'field' }, el('label', { for: 'sov-minutes' }, t('sovFacMinutes')),
        el('input', { id: 'sov-minutes', type: 'number', inputmode: 'numeric', min: '3', max: '60', step: '1', value: '15',
          required: true, 'aria-describedby': 'sov-minutes-hint' }),
        el('small', { id: 'sov-minutes-hint', class: 'hint' }, t('sovFacMinutesHint')))),
    el('div', { class: 'field' },
      el('label', { for: 'sov-bots' }, t('sovFacBots')),
      el('select', { id: 'sov-bots' }, option('mixed', 'sovFacBots_mixed', true), option('easy', 'sovFacBots_easy'),
        option('hard', 'sovFacBots_hard'))),
    el('div', { class: 'field' },
      el('label', { for: 'sov-fill' }, el('input', { id: 'sov-fill', type: 'checkbox', checked: true }), ' ', t('sovFacFill'))));
}

function createConfig() {
  return {
    mapSize: $('#sov-map-size').value,
    slots: Number($('#sov-slots').value),
    fillWithBots: $('#sov-fill').checked,
    botStrength: $('#sov-bots').value,
    minutes: Number($('#sov-minutes').value),
  };
}

// Sovereign Lines' part of the facilitator page (see facilitator.js for what each member does).
export default {
  label: () => t('kindSovereign'),
  canStart: true,
  canEnd: true,
  status,
  players: (s) => t('sovFacPlayers', { players: fmt(s.players), slots: fmt(s.slots) }),
  progress: (s) => (s.status === 'running' || s.status === 'over' ? t('sovFacMinute', { minute: fmt((s.minute || 0) + 1) }) : ''),
  projectorProgress,
  mount,
  render,
  create: { title: () => t('sovFacCreateTitle'), mount: mountCreate, config: createConfig },
};
