// SPDX-License-Identifier: GPL-3.0-or-later
// The match check (/sovereign/verify?game=ID, or a saved replay file chosen or dropped on the
// page): plays a finished Sovereign Lines match again in this browser, from the replay's
// configuration, seed and inputs alone, with the page's own copy of the rules (sim-*.js, in a
// Web Worker so the page stays responsive), and compares what it reaches with what the host
// claims: the inputs end the match; the map and the starts (the replay's `start`); the input
// hash; every frame a second; every checkpoint (the state hash every 5 s, as the host reached it
// while the match ran); the final state hash; the standings, the winner and the end; and,
// when the replay names a SovereignLinesResults contract, the MatchRecorded event on the chain,
// read through the host's read-only relay (POST /api/chain/rpc). Nothing the host computed is
// used for anything but to be compared with (docs/verify.md).
// The replay comes from the host (GET /api/sovereign/<id>/replay) with the player's seat kept
// in this tab or the facilitator's token, as the replay viewer gets it (replay.js), or from a
// file: the JSON that endpoint returns, which steward-verify --file reads too.
// body[data-stage] is source, signin, loading, working or done; body[data-verified] pass, fail
// or unavailable once done; each check is li[data-check][data-status] (for tests).
import { addStrings, t, tNodes, fmt, $, el, setText, show, errorText, translatePage } from '../common.js';
import { keccak256Hex, utf8 } from '../keccak.js';
import { STRINGS } from './strings.js';
import { ReplayAccess } from './replay-access.js';

addStrings(STRINGS);

const MARKS = { pass: '✓', fail: '✗', skip: '–', unavailable: '?' };
// SovereignLinesResults' event (resources/contracts/SovereignLinesResults.sol): gameId and
// intentId are topics, the rest six words of data.
const MATCH_RECORDED = 'MatchRecorded(bytes32,bytes32,bytes32,bytes32,uint16,uint16,uint64,bytes32)';
const gameId = (new URLSearchParams(location.search).get('game') || '').trim();

const access = new ReplayAccess(gameId); // the token the host's replay is asked with
const model = {
  worker: null,
  run: 0,         // the check under way; an older one's answers are dropped
};

// ---------------------------------------------------------------------------------------
// Small helpers

function has(key) { return t(key) !== key; }

function setStage(stage) {
  document.body.dataset.stage = stage;
  show('#login-card', stage === 'signin');
  show('#progress-card', stage === 'loading' || stage === 'working');
  for (const id of ['#verdict', '#checks-card', '#details-card']) show(id, stage === 'done');
}

function clock(ticks, tickMs) {
  const secs = Math.max(0, Math.floor(ticks * tickMs / 1000));
  return Math.floor(secs / 60) + ':' + String(secs % 60).padStart(2, '0');
}

function short(hex) {
  return typeof hex === 'string' && hex.length > 20 ? hex.slice(0, 10) + '…' + hex.slice(-6) : String(hex);
}

function sourceError(text) {
  setText('#source-error', text);
  show('#source-error', !!text);
}

// ---------------------------------------------------------------------------------------
// The replay from the host

function askSignIn(message) {
  setText('#login-error', message || '');
  show('#login-error', !!message);
  setStage('signin');
}

async function onLogin(ev) {
  if (await access.signInFromForm(ev)) loadFromHost();
}

async function loadFromHost() {
  if (!access.token) { askSignIn(); return; }
  setStage('loading');
  setText('#progress-title', t('sovVerifyLoading'));
  setText('#progress-text', '');
  $('#progress').removeAttribute('value');
  const { replay, signIn, error } = await access.fetch();
  if (signIn !== undefined) { askSignIn(signIn); return; }
  if (error) {
    setStage('source');
    sourceError(error.code === 'MATCH_NOT_OVER' ? t('sovVerifyNotOver') : errorText(error));
    return;
  }
  check(replay, { game: gameId, file: '' });
}

// ---------------------------------------------------------------------------------------
// The replay from a file

async function loadFile(file) {
  if (!file) return;
  sourceError('');
  let replay;
  try {
    replay = JSON.parse(await file.text());
  } catch {
    sourceError(t('sovVerifyNotJson', { file: file.name }));
    return;
  }
  if (!replay || typeof replay !== 'object' || !Array.isArray(replay.inputs) || typeof replay.seed !== 'string'
      || !replay.config || typeof replay.config !== 'object') {
    sourceError(t('sovVerifyNotReplay', { file: file.name }));
    return;
  }
  check(replay, { game: '', file: file.name });
}

function listenForFiles() {
  $('#file').addEventListener('change', (e) => {
    loadFile(e.target.files && e.target.files[0]);
    e.target.value = '';
  });
  const zone = $('#drop-zone');
  let depth = 0;
  document.addEventListener('dragenter', (e) => { e.preventDefault(); depth++; zone.classList.add('over'); });
  document.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; zone.classList.remove('over'); } });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    zone.classList.remove('over');
    if (document.body.dataset.stage !== 'working') loadFile(e.dataTransfer && e.dataTransfer.files[0]);
  });
}

// ---------------------------------------------------------------------------------------
// Playing it again, in the worker

function showSource(source) {
  const line = $('#source-game');
  if (source.file) line.replaceChildren(...tNodes('sovVerifyFromFile', { file: el('code', null, source.file) }));
  else line.replaceChildren(...tNodes('sovVerifyFromHost', { game: el('code', null, source.game) }));
  show(line, true);
  setText('#drop-text', t('sovVerifyDropOther'));
}

function check(replay, source) {
  const run = ++model.run;
  if (model.worker) model.worker.terminate();
  delete document.body.dataset.verified;
  sourceError('');
  showSource(source);
  setStage('working');
  setText('#progress-title', t('sovVerifyWorking'));
  setText('#progress-text', '');
  const bar = $('#progress');
  bar.value = 0;
  const worker = new Worker(new URL('./sim-worker.js', import.meta.url), { type: 'module' });
  model.worker = worker;
  worker.addEventListener('message', (e) => {
    if (run !== model.run) return;
    const m = e.data;
    if (m.type === 'progress') {
      bar.value = m.last ? m.tick / m.last : 1;
      const tickMs = replay.config && Number.isInteger(replay.config.tickMs) ? replay.config.tickMs : 50;
      setText('#progress-text', t('sovVerifyProgress', { percent: fmt(Math.floor(100 * bar.value)), time: clock(m.matchTick, tickMs) }));
    } else if (m.type === 'done') {
      worker.terminate();
      finish(replay, source, m.result, run);
    } else if (m.type === 'error') {
      worker.terminate();
      cannotReplay(replay, source, m.message);
    }
  });
  worker.addEventListener('error', (e) => {
    if (run !== model.run) return;
    worker.terminate();
    cannotReplay(replay, source, e.message || 'the background task failed');
  });
  worker.postMessage({ replay });
}

// ---------------------------------------------------------------------------------------
// The checks

function result(id, status, detail) {
  return { id, status, detail };
}

function reasonText(reason) {
  return t(has('sovReason_' + reason) ? 'sovReason_' + reason : 'sovReason_other');
}

function hashCheck(id, claimed, computed) {
  if (typeof claimed !== 'string' || !claimed) return result(id, 'fail', t('sovVerifyHashMissing', { got: computed }));
  if (claimed.toLowerCase() === computed) return result(id, 'pass', t('sovVerifyHashOk', { hash: computed }));
  return result(id, 'fail', t('sovVerifyHashBad', { got: computed, want: claimed }));
}

// The checkpoints the host recorded while the match ran against the ones reached here. Each
// covers the ones before (it is the hash of a state that holds them), so after the first that
// differs none is the same. A replay from a host before checkpoints has none: not a failure.
function checkpointsCheck(replay, r) {
  if (!Array.isArray(replay.checkpoints)) return result('checkpoints', 'unavailable', t('sovVerifyCheckpointsNone'));
  const host = replay.checkpoints, mine = r.checkpoints;
  if (!host.length && !mine.length) return result('checkpoints', 'skip', t('sovVerifyCheckpointsEmpty'));
  const same = (h, m) => Array.isArray(h) && h.length === 2 && h[0] === m[0] && typeof h[1] === 'string' && h[1].toLowerCase() === m[1];
  let matching = 0, first = -1;
  for (let i = 0; i < Math.min(host.length, mine.length); i++) {
    if (same(host[i], mine[i])) matching++;
    else if (first < 0) first = i;
  }
  if (first >= 0) {
    return result('checkpoints', 'fail', t('sovVerifyCheckpointsBad', { matching: fmt(matching), count: fmt(host.length),
      time: clock(mine[first][0], r.tickMs) }));
  }
  if (host.length !== mine.length) {
    return result('checkpoints', 'fail', t('sovVerifyCheckpointsCount', { host: fmt(host.length), count: fmt(mine.length) }));
  }
  return result('checkpoints', 'pass', t('sovVerifyCheckpointsOk', { count: fmt(matching) }));
}

function nameOf(r, n) {
  const p = r.players[n];
  return p ? p.name : '#' + n;
}

// What the replay alone shows: every check but the chain's.
function localChecks(replay, r) {
  const out = [];
  const tickMs = r.tickMs;
  out.push(r.ended && r.endReason
    ? result('ends', 'pass', t('sovVerifyEndsOk', { inputs: fmt(r.inputs), time: clock(r.endTick, tickMs), reason: reasonText(r.endReason) }))
    : result('ends', 'fail', t('sovVerifyEndsOpen', { time: clock(r.endTick, tickMs) })));
  if (r.start === null) out.push(result('start', 'skip', t('sovVerifyStartNone')));
  else if (r.start) out.push(result('start', 'pass', t('sovVerifyStartOk', { regions: fmt(r.landRegions), players: fmt(r.players.length) })));
  else out.push(result('start', 'fail', t('sovVerifyStartBad')));
  out.push(hashCheck('inputHash', replay.inputHash, r.inputHash));
  const f = r.frames;
  if (f.host < 0) out.push(result('frames', 'skip', t('sovVerifyFramesNone')));
  else if (f.matching === f.count && f.count === f.host) out.push(result('frames', 'pass', t('sovVerifyFramesOk', { count: fmt(f.count) })));
  else if (f.firstMismatch >= 0) {
    out.push(result('frames', 'fail', t('sovVerifyFramesBad', { matching: fmt(f.matching), count: fmt(f.host), time: clock(f.firstMismatchTick, tickMs) })));
  } else out.push(result('frames', 'fail', t('sovVerifyFramesCount', { host: fmt(f.host), count: fmt(f.count) })));
  out.push(checkpointsCheck(replay, r));
  out.push(hashCheck('stateHash', replay.stateHash, r.stateHash));
  const claimed = Array.isArray(replay.standings) ? replay.standings : null;
  const order = (list) => list.map((n) => '#' + n).join(' ');
  const TOP = 5;
  const ranking = r.standings.slice(0, TOP).map((n, i) => (i + 1) + '. ' + nameOf(r, n)).join(', ')
    + (r.standings.length > TOP ? ' ' + t('sovVerifyMore', { count: fmt(r.standings.length - TOP) }) : '');
  const winner = r.standings.length ? nameOf(r, r.standings[0]) : t('sovVerifyNoWinner');
  const problems = [];
  if (!claimed || claimed.length !== r.standings.length || claimed.some((n, i) => n !== r.standings[i])) {
    problems.push(t('sovVerifyStandingsBad', { got: order(r.standings), want: claimed ? order(claimed) : '–' }));
  }
  if (replay.endReason !== r.endReason || replay.endTick !== r.endTick) {
    problems.push(t('sovVerifyEndBad', { time: clock(r.endTick, tickMs), reason: r.endReason || '–',
      hostTime: Number.isInteger(replay.endTick) ? clock(replay.endTick, tickMs) : '–', hostReason: String(replay.endReason || '–') }));
  }
  out.push(problems.length ? result('standings', 'fail', problems.join('\n'))
    : result('standings', 'pass', t('sovVerifyStandingsOk', { winner, ranking })));
  return out;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let rpcId = 1;

// JSON-RPC through the host's read-only relay; a "too many requests" is waited out.
async function relay(method, params) {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch('/api/chain/rpc', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: rpcId++, method, params }),
    });
    if (res.status === 429 && attempt < 30) { await sleep(Math.min(200 * attempt, 1000)); continue; }
    const body = await res.json().catch(() => null);
    if (!body || (!('result' in body) && !body.error)) throw new Error('HTTP ' + res.status);
    if (body.error) throw new Error(body.error.message || 'error ' + body.error.code);
    return body.result;
  }
}

// The match's MatchRecorded event against what was computed here.
async function chainCheck(replay, r) {
  const contract = typeof replay.contract === 'string' && /^0x[0-9a-fA-F]{40}$/.test(replay.contract) ? replay.contract : '';
  if (!contract) return result('chain', 'skip', t('sovVerifyChainSkip'));
  let logs;
  try {
    logs = await relay('eth_getLogs', [{ fromBlock: '0x0', address: contract,
      topics: [keccak256Hex(utf8(MATCH_RECORDED)), keccak256Hex(utf8(r.gameId))] }]);
  } catch (e) {
    return result('chain', 'unavailable', t('sovVerifyChainDown', { message: e.message }));
  }
  if (!Array.isArray(logs) || !logs.length) return result('chain', 'fail', t('sovVerifyChainNone', { contract }));
  const log = logs[0];
  const data = typeof log.data === 'string' ? log.data.toLowerCase() : '';
  if (!/^0x[0-9a-f]{384}$/.test(data)) return result('chain', 'fail', t('sovVerifyChainUnreadable'));
  const word = (i) => '0x' + data.slice(2 + 64 * i, 66 + 64 * i);
  const differs = [];
  if (word(0) !== '0x' + r.inputHash) differs.push('inputHash');
  if (word(1) !== '0x' + r.stateHash) differs.push('stateHash');
  if (word(2) !== r.standingsHash) differs.push('standingsHash');
  if (!r.standings.length || BigInt(word(3)) !== BigInt(r.standings[0])) differs.push('winner');
  if (BigInt(word(4)) !== BigInt(r.players.length)) differs.push('players');
  if (BigInt(word(5)) !== BigInt(r.endTick)) differs.push('endTick');
  if (differs.length) {
    return result('chain', 'fail', t('sovVerifyChainBad', { what: differs.map((d) => t('sovVerifyField_' + d)).join(', '),
      tx: short(log.transactionHash) }));
  }
  return result('chain', 'pass', t('sovVerifyChainOk', { tx: short(log.transactionHash),
    block: fmt(parseInt(log.blockNumber || '0x0', 16)) }));
}

async function finish(replay, source, r, run) {
  const checks = localChecks(replay, r);
  setText('#progress-title', t('sovVerifyChainWorking'));
  setText('#progress-text', '');
  const chain = await chainCheck(replay, r);
  if (run !== model.run) return;
  checks.push(chain);
  render(source, r, checks);
}

function cannotReplay(replay, source, why) {
  const tickMs = (replay.config && Number.isInteger(replay.config.tickMs)) ? replay.config.tickMs : 50;
  const checks = [result('ends', 'fail', t('sovVerifyCannot', { why }))];
  render(source, { gameId: String(replay.gameId || ''), endTick: 0, tickMs, players: [], standings: [], failed: true }, checks);
}

// ---------------------------------------------------------------------------------------
// Showing it

function render(source, r, checks) {
  const failed = checks.some((c) => c.status === 'fail');
  const unavailable = checks.some((c) => c.status === 'unavailable');
  const kind = failed ? 'fail' : unavailable ? 'unavailable' : 'pass';
  const verdict = $('#verdict');
  verdict.dataset.kind = r.failed ? 'cannot' : kind;
  setText('#verdict-mark', r.failed ? '✗' : MARKS[kind]);
  setText('#verdict-title', t(r.failed ? 'sovVerifyCannotTitle' : { pass: 'sovVerifyPass', fail: 'sovVerifyFail', unavailable: 'sovVerifyUnavailable' }[kind]));
  // What could not be checked: the chain out of reach, a replay from a host before checkpoints, or both.
  const gaps = checks.filter((c) => c.status === 'unavailable').map((c) => c.id);
  const unavailableText = !gaps.includes('checkpoints') ? 'sovVerifyUnavailableText'
    : gaps.includes('chain') ? 'sovVerifyUnavailableBothText' : 'sovVerifyUnavailableCheckpointsText';
  setText('#verdict-text', t(r.failed ? 'sovVerifyCannotText' : { pass: 'sovVerifyPassText', fail: 'sovVerifyFailText', unavailable: unavailableText }[kind]));
  setText('#verdict-facts', r.failed ? '' : t('sovVerifyFacts', { game: r.gameId || source.file, time: clock(r.endTick, r.tickMs),
    players: fmt(r.players.length), winner: r.standings.length ? nameOf(r, r.standings[0]) : t('sovVerifyNoWinner') }));

  $('#checks').replaceChildren(...checks.map((c, i) => el('li', { class: 'check', dataset: { check: c.id, status: c.status } },
    el('span', { class: 'check-mark', 'aria-hidden': 'true' }, MARKS[c.status]),
    el('p', { class: 'check-title' }, el('span', { class: 'visually-hidden' }, t('sovVerifyStatus_' + c.status) + ': '),
      (i + 1) + '. ' + t('sovVerifyCheck_' + c.id)),
    el('p', { class: 'check-help' }, t('sovVerifyCheck_' + c.id + 'Help')),
    el('p', { class: 'check-detail' }, c.detail))));

  if (!r.failed) {
    setText('#computed-input-hash', r.inputHash);
    setText('#computed-state-hash', r.stateHash);
    setText('#computed-standings-hash', r.standingsHash);
    const last = r.checkpoints[r.checkpoints.length - 1];
    setText('#computed-checkpoints-summary', last
      ? t('sovVerifyCheckpointsSummary', { count: fmt(r.checkpoints.length), time: clock(last[0], r.tickMs) })
      : t('sovVerifyCheckpointsNoneHere'));
    $('#computed-checkpoints').replaceChildren(...r.checkpoints.map(([tick, hash]) =>
      el('li', { dataset: { tick: String(tick) } }, clock(tick, r.tickMs) + ' ', el('code', null, hash))));
    setText('#computed-seed', r.seed);
    const c = r.config;
    setText('#computed-settings', t('sovVerifySettingsText', { size: t('sovVerifySize_' + c.mapSize), slots: fmt(c.slots),
      minutes: fmt(c.minutes), tickMs: fmt(c.tickMs) }));
    setText('#computed-engine', t('sovVerifyEngine_' + r.sha256));
    const chain = checks.find((x) => x.id === 'chain');
    const noChain = chain && chain.status === 'skip';
    setText('#command', source.file
      ? 'steward-verify --sovereign --file ' + source.file + (noChain ? ' --no-chain' : ' --rpc ' + location.origin + '/api/chain/rpc')
      : 'steward-verify --sovereign --host ' + location.origin + ' --game ' + source.game + ' --token TOKEN' + (noChain ? ' --no-chain' : ''));
  }
  document.body.dataset.verified = kind;
  setStage('done');
  show('#details-card', !r.failed);
  $('#verdict').scrollIntoView({ block: 'nearest' });
}

// ---------------------------------------------------------------------------------------

function init() {
  translatePage();
  document.title = t('sovVerifyPageTitle') + ' · Steward';
  $('#login-form').addEventListener('submit', onLogin);
  listenForFiles();
  if (!gameId) { setStage('source'); return; }
  const back = $('#back-link');
  back.href = '/app/sovereign/replay.html?game=' + encodeURIComponent(gameId);
  show(back, true);
  showSource({ game: gameId, file: '' });
  loadFromHost();
}

init();
