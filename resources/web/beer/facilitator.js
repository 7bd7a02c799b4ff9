// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game on the facilitator's page: its create form (preset, teams, how weeks advance,
// a time limit), advancing all teams or one, and every team's seats with their stock, whether
// they have ordered, and the seat actions (hand to a bot, give back, free the seat).
// facilitator.js loads it for the kind `beer` (GET /api/kinds) and gives it the page's shared
// tools (ctx).
import { addStrings, t, fmt, el, $, show } from '../common.js';
import { ROLES, roleName } from './roles.js';
import { STRINGS } from './strings.js';

addStrings(STRINGS);

let confirmFree = null; // {id: "team-role", playerId}: the seat whose "Free seat" waits for a yes

// A bot's strategy in words a student understands.
function botLabel(bot) {
  return t({ sterman: 'botSterman', baseStock: 'botBaseStock', passThrough: 'botPassThrough' }[bot] || 'botOther');
}

function mount(container, ctx) {
  confirmFree = null;
  const which = el('select', { id: 'advance-which' });
  const advanceCard = el('div', { class: 'card fac-advance' },
    el('div', { class: 'advance-row' },
      el('label', { for: 'advance-which' }, t('advanceWhich')),
      which,
      el('button', { id: 'advance-week', type: 'button', onclick: () => askAdvance(ctx) }, t('advanceWeek'))),
    el('p', { class: 'hint', id: 'advance-hint' }, t('advanceHint')));
  const teamsCard = el('div', { class: 'card fac-teams' },
    el('h2', { class: 'card-title' }, t('teamsTitle')),
    el('div', { class: 'table-scroll' },
      el('table', { id: 'teams-table', class: 'data teams' },
        el('thead', null, el('tr', null,
          el('th', { scope: 'col' }, t('colTeam')),
          ...ROLES.map((r) => el('th', { scope: 'col' }, roleName(r))))),
        el('tbody'))));
  teamsCard.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && confirmFree) askFree(null, 'free-' + confirmFree.id, ctx);
  });
  container.replaceChildren(advanceCard, teamsCard);
}

function askAdvance(ctx) {
  const g = lastView;
  if (!g) return;
  const team = Number($('#advance-which').value);
  const teamRow = (g.teams || []).find((x) => x.team === team);
  const text = team
    ? t('advanceTeamConfirm', { team, week: teamRow ? teamRow.week : '' })
    : t('advanceAllConfirm');
  ctx.confirmFirst(text, team ? t('advanceTeamYes', { team }) : t('advanceAllYes'), () =>
    ctx.command('/api/games/advance', { team }, (r) => (team
      ? t('advancedTeam', { team })
      : t('advancedAll', { teams: r && r.resolvedTeams !== undefined ? r.resolvedTeams : '' }))));
}

let lastView = null;
function render(g, ctx) {
  lastView = g;
  const running = g.status === 'running';
  show('.fac-advance', running);
  const which = $('#advance-which');
  if (which) {
    const teams = (g.teams || []).filter((x) => !x.finished).map((x) => x.team);
    const wanted = ['0', ...teams.map(String)];
    const have = Array.from(which.options).map((o) => o.value);
    if (wanted.join() !== have.join()) {
      const chosen = which.value;
      which.replaceChildren(el('option', { value: '0' }, t('advanceAllTeams')),
        ...teams.map((n) => el('option', { value: String(n) }, t('advanceOneTeam', { team: n }))));
      if (wanted.includes(chosen)) which.value = chosen;
    }
  }
  renderTeams(g, ctx);
}

function seatCell(g, team, role, ctx) {
  const r = team.roles[role] || {};
  const human = !!r.playerId;
  const bot = r.bot ? botLabel(r.bot) : '';
  const nameLine = human
    ? el('span', { class: 'seat-name' }, r.name, r.bot ? ' · ' + bot : '')
    : el('span', { class: 'seat-name muted' }, bot || t('seatEmpty'));
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
    const seat = { role: roleName(role), team: team.team, name: r.name };
    if (confirmFree && confirmFree.id === id && confirmFree.playerId === r.playerId) {
      actions = el('div', { class: 'seat-confirm', role: 'group' },
        el('span', { class: 'seat-confirm-text' }, t('freeSeatQuestion', { name: r.name })),
        el('span', { class: 'seat-actions' },
          el('button', { type: 'button', class: 'small danger', dataset: { key: 'yes-' + id, action: 'free-yes' },
            'aria-label': t('freeSeatYesFor', seat), onclick: () => releaseSeat(team.team, role, r.name, ctx) }, t('freeSeatYes')),
          el('button', { type: 'button', class: 'small', dataset: { key: 'no-' + id, action: 'free-no' },
            onclick: () => askFree(null, 'free-' + id, ctx) }, t('cancel'))));
    } else {
      actions = el('span', { class: 'seat-actions' },
        el('button', { type: 'button', class: 'small', dataset: { key: 'bot-' + id, action: 'bot' },
          'aria-label': t(toBot ? 'handToBotFor' : 'giveBackFor', seat),
          onclick: () => ctx.command('/api/seats/control', { team: team.team, role,
            bot: toBot ? ((g.config && g.config.bot) || 'sterman') : null }) },
        toBot ? t('handToBot') : t('giveBack')),
        el('button', { type: 'button', class: 'small quiet-danger', dataset: { key: 'free-' + id, action: 'free' },
          'aria-label': t('freeSeatFor', seat),
          onclick: () => askFree({ id, playerId: r.playerId }, 'no-' + id, ctx) }, t('freeSeat')));
    }
  }
  return el('td', { dataset: { role } }, nameLine, orderedLine, nums, actions);
}

// "Free seat" asks first, in the cell itself. The question belongs to the player who held the
// seat when it was asked: if someone else holds it by now, the plain buttons come back.
function askFree(confirm, focusKey, ctx) {
  confirmFree = confirm;
  if (lastView) renderTeams(lastView, ctx);
  const again = document.querySelector('[data-key="' + focusKey + '"]');
  if (again) again.focus();
}

async function releaseSeat(team, role, name, ctx) {
  confirmFree = null;
  if (lastView) renderTeams(lastView, ctx);
  await ctx.command('/api/seats/release', { team, role },
    () => t('seatFreedDone', { role: roleName(role), team, name }));
}

function renderTeams(g, ctx) {
  const body = $('#teams-table tbody');
  if (!body) return;
  const focusedKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : '';
  const rows = (g.teams || []).map((team) => el('tr', { class: team.finished ? 'finished' : '', dataset: { team: team.team } },
    el('td', { class: 'teamcell' },
      el('strong', null, t('colTeam') + ' ' + team.team),
      el('span', { class: 'seat-nums' }, t('week') + ' ' + fmt(team.week) + (team.finished ? ' · ' + t('teamFinished') : '')),
      el('span', { class: 'seat-nums' }, t('colTeamCost') + ' ' + fmt(team.teamCost))),
    ...ROLES.map((role) => seatCell(g, team, role, ctx))));
  body.replaceChildren(...rows);
  if (focusedKey) {
    const again = document.querySelector('[data-key="' + focusedKey + '"]');
    if (again) again.focus();
  }
}

// How far the game is, in words for the projector: no stock, no costs.
function projectorProgress(g) {
  if (!g.teams || g.status === 'lobby') return t('projectorLobby', { players: countPlayers(g) });
  const weeks = g.teams.map((x) => x.week);
  const weeksTotal = g.config && g.config.weeks;
  return t('projectorBeer', { week: Math.min(...weeks), weeks: weeksTotal || '', players: countPlayers(g) });
}

function countPlayers(g) {
  let n = 0;
  for (const team of g.teams || []) for (const role of ROLES) if (team.roles[role] && team.roles[role].playerId) n += 1;
  return n;
}

// The fields of the create form: a preset, the number of teams, how weeks advance and an
// optional time limit per week.
function mountCreate(container) {
  const option = (value, key) => el('option', { value }, t(key));
  container.replaceChildren(
    el('div', { class: 'field' },
      el('label', { for: 'preset' }, t('preset')),
      el('select', { id: 'preset' },
        option('classic', 'presetClassic'), option('shortDemo', 'presetShortDemo'),
        option('randomDemand', 'presetRandomDemand'), option('infoSharing', 'presetInfoSharing'))),
    el('div', { class: 'field team-field' },
      el('label', { for: 'teams' }, t('teams')),
      el('input', { id: 'teams', type: 'number', inputmode: 'numeric', min: '1', max: '500', step: '1', value: '1', required: true })),
    el('div', { class: 'field' },
      el('label', { for: 'advance' }, t('advance')),
      el('select', { id: 'advance' },
        option('whenAllOrdered', 'advanceWhenAllOrdered'), option('manual', 'advanceManual'))),
    el('div', { class: 'field' },
      el('label', { for: 'week-seconds' }, t('weekSeconds')),
      el('input', { id: 'week-seconds', class: 'short-input', type: 'number', inputmode: 'numeric', min: '0', max: '86400',
        step: '1', 'aria-describedby': 'week-seconds-hint' }),
      el('small', { id: 'week-seconds-hint', class: 'hint' }, t('weekSecondsHint'))));
}

function createConfig() {
  const config = { preset: $('#preset').value, teams: Number($('#teams').value), advance: $('#advance').value };
  const secs = $('#week-seconds').value.trim();
  if (secs !== '') config.weekSeconds = Number(secs);
  return config;
}

// The Beer Game's part of the facilitator page (see facilitator.js for what each member does).
export default {
  label: () => t('kindBeer'),
  canStart: true,
  canEnd: true,
  players: (s) => fmt(s.players) + ' / ' + fmt(s.seats),
  progress: (s) => t('weekOf', { week: s.week, weeks: s.weeks }),
  projectorProgress,
  mount,
  render,
  create: { title: () => t('createTitleBeer'), mount: mountCreate, config: createConfig },
};
