// SPDX-License-Identifier: GPL-3.0-or-later
// A finished Sovereign Lines match played again from what defines it, as
// server/games/sovereign/SovereignReplay.cpp (replayMatch) plays it on the host and
// steward-verify --sovereign plays it on the command line: the configuration, the seed and the
// inputs, each applied after the ticks that came before it. What it reaches is computed here and
// nowhere else: the input hash (each event with its tick chained onto the hash of the seed), the
// final state hash (SHA-256 of the snapshot's compact JSON), the checkpoints (every 5 s of the
// match, the state's hash chained onto the checkpoint before), the standings and their
// keccak256 (as SovereignLinesResults records them), the view at the start and a frame a second.
// The host's claims are only read to be compared with, by the caller (verify.js).
import { keccak256Hex } from '../keccak.js';
import { qtCompactJson } from './sim-json.js';
import { sha256, sha256Engine, toHex } from './sim-sha256.js';
import { Phase, ReplayError, SovereignGame, parseConfig, toInteger, toStr } from './sim-game.js';

const MAX_SEED = (1n << 64n) - 1n;
// A hand-made log could ask for ticks long past the match's time limit (an honest host ends
// the match at the limit, and runs no ticks while paused): an hour of them is the most played.
const SLACK_TICKS = 72000;

const encoder = new TextEncoder();

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// One frame, as frameOf in SovereignReplay.cpp: the land regions that changed since `last`
// (which it brings up to date), as [id, owner, troops, ...], and every player's [hexes, troops].
function frameOf(game, last) {
  const regions = [];
  game.holdings.forEach((h, id) => {
    if (!game.map.isLand(id)) return;
    if (h.owner !== last[id].owner || h.troops !== last[id].troops) {
      regions.push(id, h.owner, h.troops);
      last[id] = { owner: h.owner, troops: h.troops };
    }
  });
  const players = game.players.map(() => [0, 0]);
  for (const r of game.map.regions) {
    const h = game.holdings[r.id];
    if (h.owner >= 0 && players[h.owner]) {
      players[h.owner][0] += r.hexes;
      players[h.owner][1] += h.troops;
    }
  }
  return { tick: game.matchTick(), regions, players };
}

// The match's seed: the replay's decimal text of a 64-bit unsigned number.
function parseSeed(text) {
  if (typeof text !== 'string' || !/^[0-9]{1,20}$/.test(text)) throw new ReplayError('the seed is not a whole number');
  const seed = BigInt(text);
  if (seed > MAX_SEED) throw new ReplayError('the seed is larger than 64 bits');
  return seed;
}

// Plays `replay` (the JSON of GET /api/sovereign/<id>/replay, or a saved copy) again.
// onProgress(tick, lastTick, matchTick) is called every few hundred ticks. Resolves with what was
// reached; rejects with a ReplayError when the replay cannot be played (no seed, a broken
// configuration, an input naming a player or region that does not exist).
export async function replayMatch(replay, { onProgress } = {}) {
  if (!isObject(replay)) throw new ReplayError('this is not a Sovereign Lines replay');
  if (!Array.isArray(replay.inputs) || !isObject(replay.config) || typeof replay.seed !== 'string') {
    throw new ReplayError('this is not a Sovereign Lines replay (it has no seed, configuration and inputs)');
  }
  const config = parseConfig(replay.config);
  const seed = parseSeed(replay.seed);
  const events = replay.inputs.map((i) => {
    const o = isObject(i) ? i : {};
    return { tick: toInteger(o.tick), type: toStr(o.type), data: isObject(o.data) ? o.data : {} };
  });
  const frameEvery = Number.isInteger(replay.frameEveryTicks) && replay.frameEveryTicks > 0 ? replay.frameEveryTicks : 20;
  const hostFrames = Array.isArray(replay.frames) ? replay.frames : null;

  // What the input hash chains, one entry an event: its type, the tick it came at, its data;
  // chained from the seed's hash as far as a checkpoint or the end needs it.
  const records = [];
  let chained = null;
  let chainedRecords = 0;
  const inputHashAt = async (count) => {
    if (!chained) chained = await sha256(encoder.encode(seed.toString()));
    for (; chainedRecords < count; chainedRecords++) {
      chained = await sha256(concat([chained, records[chainedRecords]]));
      records[chainedRecords] = null; // hashed: not needed again
    }
    return toHex(chained);
  };
  // A checkpoint's state, taken where the C++ takes it (in the tick, before the end is checked),
  // hashed before the game goes on: the next one is chained onto this one's 32 bytes.
  let checkpoint = null;
  let lastCheckpoint = new Uint8Array(0);
  const game = new SovereignGame(config, seed, (type, tick, data) => {
    records.push(concat([encoder.encode(type), encoder.encode(String(tick)), encoder.encode(qtCompactJson(data))]));
  }, (tick, core) => {
    if (checkpoint) throw new Error('a checkpoint was taken before the one before it was hashed');
    checkpoint = { tick, core, records: records.length };
  });
  const hashCheckpoint = async () => {
    const { tick: at, core, records: count } = checkpoint;
    core.inputHash = await inputHashAt(count);
    lastCheckpoint = await sha256(concat([lastCheckpoint, encoder.encode(qtCompactJson(core))]));
    game.checkpoints.push([at, toHex(lastCheckpoint)]);
    checkpoint = null;
  };

  // The frames, compared with the host's as they come (a long match's would fill the memory).
  const frames = { count: 0, matching: 0, firstMismatch: -1, firstMismatchTick: -1 };
  const addFrame = (frame) => {
    const i = frames.count++;
    if (!hostFrames) return;
    if (i < hostFrames.length && qtCompactJson(hostFrames[i]) === qtCompactJson(frame)) frames.matching++;
    else if (frames.firstMismatch < 0) { frames.firstMismatch = i; frames.firstMismatchTick = frame.tick; }
  };

  const lastTick = events.reduce((m, e) => Math.max(m, e.tick), 0);
  let last = game.holdings.map((h) => ({ owner: h.owner, troops: h.troops }));
  let started = false;
  let start = null;
  let tick = 0;
  let reported = 0;
  const runTo = async (until) => {
    if (tick >= until) return;
    // Before the start and after the end a tick only counts itself: go straight there.
    if (game.phase !== Phase.Running) {
      tick = until;
      game.tick(tick);
      return;
    }
    if (until - game.startTick > game.endsAtTick() + SLACK_TICKS) {
      throw new ReplayError(`an input comes at tick ${until}, long after the match's time limit`);
    }
    while (tick < until) {
      game.tick(++tick);
      if (checkpoint) await hashCheckpoint();
      if (started && game.phase === Phase.Running && game.matchTick() % frameEvery === 0) addFrame(frameOf(game, last));
      if (onProgress && tick - reported >= 250) {
        reported = tick;
        onProgress(tick, lastTick, game.matchTick());
      }
    }
  };
  let ended = false;
  for (const e of events) {
    await runTo(e.tick);
    game.apply(e.type, e.data);
    if (checkpoint) await hashCheckpoint();
    if (!started && game.phase !== Phase.Lobby) {
      started = true;
      start = game.view();
      last = game.holdings.map((h) => ({ owner: h.owner, troops: h.troops }));
    }
    if (e.type === 'sovereign.ended') {
      addFrame(frameOf(game, last));
      ended = true;
      break;
    }
  }
  if (onProgress) onProgress(lastTick, lastTick, game.matchTick());

  // The hashes: the input hash from the seed's, then the state with it.
  game.inputHashHex = await inputHashAt(records.length);
  const stateHash = toHex(await sha256(encoder.encode(qtCompactJson(game.snapshot()))));
  const standings = game.standings();
  return {
    gameId: toStr(replay.gameId),
    config,
    seed: seed.toString(),
    inputs: events.length,
    ended,
    endReason: game.phase === Phase.Over ? game.endReason : '',
    endTick: game.matchTick(),
    tickMs: config.tickMs,
    players: game.players.map((p) => ({ name: p.name, bot: p.bot !== 0, colour: p.colour })),
    standings,
    standingsHash: keccak256Hex(Uint8Array.from(standings, (i) => i & 0xff)),
    inputHash: game.inputHashHex,
    stateHash,
    checkpoints: game.checkpoints.map((c) => c.slice()),
    landRegions: game.map.landRegions,
    start: isObject(replay.start) ? start !== null && qtCompactJson(replay.start) === qtCompactJson(start) : null,
    frames: { ...frames, host: hostFrames ? hostFrames.length : -1 },
    sha256: sha256Engine,
  };
}

export { ReplayError };
