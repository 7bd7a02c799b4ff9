// SPDX-License-Identifier: GPL-3.0-or-later
// One Sovereign Lines match, played as server/games/sovereign/SovereignGame.cpp plays it: apply()
// takes a recorded event, tick() runs a tick (marches land in the order sent, troops grow,
// requests lapse, bots play, eliminations, the timeline and its checkpoint, the end), snapshot()
// is the state whose compact JSON the host hashes (coreSnapshot() the part a checkpoint hashes),
// standings() ranks the players. Only what a replay needs: no decide(), no views beyond the one
// at the start. The fields, their order of change and every integer step follow the C++ line by
// line; where the C++ would index out of range (only a hand-edited log can ask for that) this
// throws instead.
import { SovereignMap, SIZES } from './sim-map.js';
import { SovereignRandom } from './sim-random.js';
import { playBot } from './sim-bots.js';
import * as rules from './sim-rules.js';
import { Terrain, div, ticksFor } from './sim-rules.js';

export const Phase = { Lobby: 0, Running: 1, Over: 2 };
export const Bot = { None: 0, Easy: 1, Hard: 2 };
const PHASE_NAMES = ['lobby', 'running', 'over'];
const BOT_NAMES = ['', 'easy', 'hard'];
const TIMELINE_EVERY_MS = 5000;

// QJsonValue's conversions, which the C++ reads event data with: a value of another type (or
// out of range) reads as the default.
const INT_MIN = -(2 ** 31), INT_MAX = 2 ** 31 - 1;
export function toInt(v) {
  return typeof v === 'number' && Number.isInteger(v) && v >= INT_MIN && v <= INT_MAX ? v : 0;
}
export function toInteger(v) {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : 0;
}
export function toBool(v) {
  return v === true;
}
export function toStr(v) {
  return typeof v === 'string' ? v : '';
}

export class ReplayError extends Error {}

// A match's configuration, checked as SovereignConfig::fromJson checks it; throws ReplayError.
export function parseConfig(json) {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ReplayError('the configuration is not an object');
  const known = ['mapSize', 'mapSeed', 'slots', 'fillWithBots', 'botStrength', 'minutes', 'tickMs'];
  for (const k of Object.keys(json)) if (!known.includes(k)) throw new ReplayError(`the configuration has an unknown key “${k}”`);
  const has = (k) => json[k] !== undefined;
  const int = (k, fallback, min, max) => {
    if (!has(k)) return fallback;
    const v = json[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new ReplayError(`${k} must be a whole number from ${min} to ${max}`);
    }
    return v;
  };
  const mapSize = has('mapSize') ? json.mapSize : 'small';
  if (typeof mapSize !== 'string' || !SIZES[mapSize]) throw new ReplayError('mapSize must be small, medium, large or huge');
  const size = SIZES[mapSize];
  const mapSeed = int('mapSeed', -1, -1, 2 ** 53 - 1);
  const slots = int('slots', Math.min(8, size.maxSlots), 2, size.maxSlots);
  if (has('fillWithBots') && typeof json.fillWithBots !== 'boolean') throw new ReplayError('fillWithBots must be true or false');
  const fillWithBots = has('fillWithBots') ? json.fillWithBots : true;
  const botStrength = has('botStrength') ? json.botStrength : 'mixed';
  if (typeof botStrength !== 'string' || botStrength.length > 16) throw new ReplayError('botStrength must be text');
  const minutes = int('minutes', 15, 3, 60);
  const tickMs = int('tickMs', 50, 25, 200);
  if (!['easy', 'hard', 'mixed'].includes(botStrength)) throw new ReplayError('botStrength must be easy, hard or mixed');
  return { mapSize, mapSeed, slots, fillWithBots, botStrength, minutes, tickMs };
}

// SovereignGame::randomSeed: the match's own stream, apart from the map's.
export function randomSeed(gameSeed) {
  return gameSeed ^ 0x5EEDF00Dn;
}

const pairKey = (a, b) => a + ',' + b;

export class SovereignGame {
  // config: parseConfig()'s; seed: the game's seed, a BigInt; onRecord(type, tick, data): every
  // applied event, for the input hash (chained by the caller: hashing is asynchronous here);
  // onCheckpoint(tick, core): coreSnapshot() at each checkpoint, for the caller to hash (with the
  // input hash at that moment in its `inputHash`, chained onto the checkpoint before) and add to
  // `checkpoints` before the game goes on.
  constructor(config, seed, onRecord, onCheckpoint) {
    this.config = config;
    this.seed = seed;
    this.map = new SovereignMap(SIZES[config.mapSize], config.mapSeed >= 0 ? BigInt(config.mapSeed) : seed);
    this.random = new SovereignRandom(randomSeed(seed));
    this.onRecord = onRecord || (() => {});
    this.onCheckpoint = onCheckpoint || (() => {});
    this.phase = Phase.Lobby;
    this.paused = false;
    this.tickNo = 0;
    this.startTick = 0;
    this.players = [];
    this.holdings = this.map.regions.map((r) => ({
      owner: -1, troops: r.terrain !== Terrain.Water ? rules.garrisonPerHex(r.terrain) * r.hexes : 0, micro: 0,
    }));
    this.marches = []; // in the order they were sent
    this.nextMarch = 1;
    this.requests = new Map();  // "from,to" -> [from, to, lapses at tick]
    this.cooldowns = new Map(); // "low,high" -> [low, high, may ally again at tick]
    this.endReason = '';
    this.finalStandings = [];
    this.timeline = [];
    this.troopsTimeline = [];
    this.checkpoints = []; // [match tick, state hash as hex], one with each row of the timeline
    this.inputHashHex = ''; // set by the caller once the chain is hashed, before snapshot()
  }

  ticks(ms) { return ticksFor(ms, this.config.tickMs); }
  matchTick() { return this.phase === Phase.Lobby ? 0 : this.tickNo - this.startTick; }
  endsAtTick() { return this.ticks(this.config.minutes * 60000); }

  playerOf(playerId) {
    if (playerId === '') return -1;
    return this.players.findIndex((p) => p.id === playerId);
  }

  allied(a, b) {
    return a >= 0 && a < this.players.length && this.players[a].allies.has(b);
  }

  player(n, what) {
    if (!Number.isInteger(n) || n < 0 || n >= this.players.length) throw new ReplayError(`${what} names player ${n}, who is not in the match`);
    return this.players[n];
  }

  region(n, what) {
    if (!Number.isInteger(n) || n < 0 || n >= this.map.regions.length) throw new ReplayError(`${what} names region ${n}, which is not on the map`);
    return n;
  }

  // -------------------------------------------------------------------------------------
  // Events

  apply(type, data) {
    this.onRecord(type, this.tickNo, data);
    const d = data;
    switch (type) {
      case 'player.joined':
        this.players.push({ id: toStr(d.playerId), name: toStr(d.name), colour: toInt(d.colour), bot: Bot.None, start: -1,
          alive: true, outAtTick: -1, allies: new Set() });
        break;
      case 'player.left': {
        const player = this.playerOf(toStr(d.playerId));
        if (player < 0) break;
        if (this.phase === Phase.Lobby) {
          this.players.splice(player, 1);
        } else {
          const p = this.players[player];
          p.bot = this.config.botStrength === 'hard' ? Bot.Hard : Bot.Easy;
          p.id = '';
        }
        break;
      }
      case 'game.paused':
      case 'game.resumed':
        this.paused = type === 'game.paused';
        break;
      case 'sovereign.picked': {
        const p = this.player(toInt(d.player), 'sovereign.picked');
        if (Object.hasOwn(d, 'region')) p.start = toInt(d.region);
        if (Object.hasOwn(d, 'colour')) p.colour = toInt(d.colour);
        break;
      }
      case 'sovereign.started': {
        this.phase = Phase.Running;
        this.startTick = this.tickNo;
        let botNumber = 0;
        while (this.config.fillWithBots && this.players.length < this.config.slots) {
          botNumber++;
          const s = this.config.botStrength;
          const bot = { id: '', name: 'Bot ' + botNumber, colour: 0,
            bot: s === 'easy' ? Bot.Easy : s === 'hard' ? Bot.Hard : (botNumber % 2 ? Bot.Easy : Bot.Hard),
            start: -1, alive: true, outAtTick: -1, allies: new Set() };
          while (this.players.some((p) => p.colour === bot.colour)) bot.colour++;
          this.players.push(bot);
        }
        this.assignStarts();
        this.sampleTimeline();
        break;
      }
      case 'sovereign.sent':
        this.player(toInt(d.player), 'sovereign.sent');
        this.send(toInt(d.player), toInt(d.from), toInt(d.to), toInt(d.troops), toBool(d.attack), 'sovereign.sent');
        break;
      case 'sovereign.allyAsked': {
        const from = toInt(d.from), to = toInt(d.to);
        this.requests.set(pairKey(from, to), [from, to, this.tickNo + this.ticks(rules.AllyRequestMs)]);
        break;
      }
      case 'sovereign.allied': {
        const a = toInt(d.a), b = toInt(d.b);
        this.player(a, 'sovereign.allied').allies.add(b);
        this.player(b, 'sovereign.allied').allies.add(a);
        this.requests.delete(pairKey(a, b));
        this.requests.delete(pairKey(b, a));
        break;
      }
      case 'sovereign.allyBroken': {
        const a = toInt(d.a), b = toInt(d.b);
        this.breakAlliance(a, b, 'sovereign.allyBroken');
        const lo = Math.min(a, b), hi = Math.max(a, b);
        this.cooldowns.set(pairKey(lo, hi), [lo, hi, this.tickNo + this.ticks(rules.AllyCooldownMs)]);
        break;
      }
      case 'sovereign.ended':
        this.phase = Phase.Over;
        this.endReason = toStr(d.reason);
        this.finalStandings = this.standings();
        break;
      default:
        break; // recorded in the input hash, nothing else
    }
  }

  assignStarts() {
    const taken = new Uint8Array(this.map.regions.length);
    for (const p of this.players) if (p.start >= 0) taken[this.region(p.start, 'a start')] = 1;
    for (const p of this.players) {
      if (p.start >= 0) continue;
      const apart = [], free = [];
      for (const r of this.map.regions) {
        if (r.terrain === Terrain.Water || taken[r.id]) continue;
        free.push(r.id);
        if (!r.neighbours.some((n) => taken[n])) apart.push(r.id);
      }
      const from = apart.length ? apart : free;
      if (!from.length) break;
      p.start = from[this.random.below(from.length)];
      taken[p.start] = 1;
    }
    this.players.forEach((p, i) => {
      if (p.start < 0) return;
      const h = this.holdings[p.start];
      h.owner = i;
      h.troops = rules.StartTroops;
      h.micro = 0;
    });
  }

  send(player, from, to, troops, attack, what) {
    this.holdings[this.region(from, what)].troops -= troops;
    const terrain = this.map.regions[this.region(to, what)].terrain;
    this.marches.push({ id: this.nextMarch++, owner: player, from, to, troops,
      arrivesAt: this.tickNo + this.ticks(rules.travelMs(terrain)), attack });
  }

  // The troops a send moves now, or 0 where the host refuses it (the check a bot's send passes).
  checkSend(player, from, to, share, attack) {
    if (!this.map.isLand(from) || !this.map.isLand(to)) return 0;
    const source = this.holdings[from];
    if (source.owner !== player) return 0;
    if (!this.map.borders(from, to)) return 0;
    const owner = this.holdings[to].owner;
    if (attack && owner === player) return 0;
    if (attack && owner >= 0 && this.allied(player, owner)) return 0;
    if (!attack && owner !== player && !(owner >= 0 && this.allied(player, owner))) return 0;
    const troops = rules.troopsForShare(source.troops, share);
    return troops < 1 ? 0 : troops;
  }

  arrive(m) {
    const h = this.holdings[m.to];
    if (h.owner === m.owner || (h.owner >= 0 && this.allied(h.owner, m.owner))) {
      h.troops += m.troops;
      return;
    }
    const luck = this.random.between(rules.LuckMinPerMille, rules.LuckMaxPerMille);
    const f = rules.fight(m.troops, h.troops, this.map.regions[m.to].terrain, luck);
    if (f.captured) {
      h.owner = m.owner;
      h.micro = 0;
    }
    h.troops = f.survivors;
  }

  grow() {
    const tickMs = this.config.tickMs;
    for (const r of this.map.regions) {
      const h = this.holdings[r.id];
      if (h.owner < 0) continue;
      const cap = rules.CapPerHex * r.hexes;
      if (h.troops >= cap) {
        h.micro = 0;
        continue;
      }
      h.micro += rules.growthMilliPerHexPerSecond(r.terrain) * r.hexes * tickMs;
      h.troops = Math.min(cap, h.troops + div(h.micro, rules.MicroPerTroop));
      h.micro %= rules.MicroPerTroop;
    }
  }

  breakAlliance(a, b, what) {
    this.player(a, what).allies.delete(b);
    this.player(b, what).allies.delete(a);
  }

  settleEliminations() {
    const holds = new Uint8Array(this.players.length);
    for (const h of this.holdings) if (h.owner >= 0) holds[h.owner] = 1;
    for (const m of this.marches) holds[m.owner] = 1;
    this.players.forEach((p, i) => {
      if (!p.alive || holds[i]) return;
      p.alive = false;
      p.outAtTick = this.matchTick();
      for (const ally of [...p.allies]) this.breakAlliance(i, ally, 'an alliance');
      for (const [key, [from, to]] of [...this.requests]) if (from === i || to === i) this.requests.delete(key);
    });
  }

  checkEnd() {
    let alive = 0;
    for (const p of this.players) alive += p.alive ? 1 : 0;
    const regions = new Array(this.players.length).fill(0);
    for (const h of this.holdings) if (h.owner >= 0) regions[h.owner]++;
    const conquest = regions.some((n) => n * 100 >= rules.ConquestPercent * this.map.landRegions);
    if (alive <= 1 || conquest) this.endReason = 'conquest';
    else if (this.matchTick() >= this.endsAtTick()) this.endReason = 'time';
  }

  tick(tickNo) {
    if (this.phase === Phase.Over) return;
    this.tickNo = tickNo;
    if (this.phase !== Phase.Running || this.endReason !== '') return;
    const landing = [];
    this.marches = this.marches.filter((m) => {
      if (m.arrivesAt > this.tickNo) return true;
      landing.push(m);
      return false;
    });
    for (const m of landing) this.arrive(m);
    this.grow();
    for (const [key, r] of [...this.requests]) if (r[2] <= this.tickNo) this.requests.delete(key);
    for (let i = 0; i < this.players.length; i++) {
      if (this.players[i].bot !== Bot.None && this.players[i].alive) playBot(this, i);
    }
    this.settleEliminations();
    if (this.matchTick() % this.ticks(TIMELINE_EVERY_MS) === 0) this.sampleTimeline();
    this.checkEnd();
  }

  sampleTimeline() {
    this.timeline.push(this.players.map((_, i) => this.landHexes(i)));
    this.troopsTimeline.push(this.players.map((_, i) => this.troopsOf(i)));
    // The C++ appends [matchTick(), SHA-256(the checkpoint before + coreSnapshot()'s text)] here.
    this.onCheckpoint(this.matchTick(), this.coreSnapshot());
  }

  // -------------------------------------------------------------------------------------
  // Standings and the state

  landHexes(player) {
    let hexes = 0;
    for (const r of this.map.regions) if (this.holdings[r.id].owner === player) hexes += r.hexes;
    return hexes;
  }

  troopsOf(player) {
    let troops = 0;
    for (const h of this.holdings) if (h.owner === player) troops += h.troops;
    for (const m of this.marches) if (m.owner === player) troops += m.troops;
    return troops;
  }

  // Player numbers, best first: land, then troops, then who lasted longer; ties keep the
  // players' order (std::stable_sort there, Array.prototype.sort here: both stable).
  standings() {
    if (this.finalStandings.length) return this.finalStandings.slice();
    const hexes = this.players.map((_, i) => this.landHexes(i));
    const troops = this.players.map((_, i) => this.troopsOf(i));
    const before = (a, b) => {
      const pa = this.players[a], pb = this.players[b];
      if (hexes[a] !== hexes[b]) return hexes[a] > hexes[b];
      if (troops[a] !== troops[b]) return troops[a] > troops[b];
      if (pa.alive !== pb.alive) return pa.alive;
      return pa.outAtTick > pb.outAtTick;
    };
    return this.players.map((_, i) => i).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }

  static pairs(map) {
    return [...map.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]).map((p) => p.slice());
  }

  // SovereignGame::snapshot(): hashed as compact JSON for the state hash.
  snapshot() {
    return {
      ...this.coreSnapshot(),
      timeline: this.timeline.map((row) => row.slice()),
      troopsTimeline: this.troopsTimeline.map((row) => row.slice()),
      checkpoints: this.checkpoints.map((c) => c.slice()),
    };
  }

  // SovereignGame::coreSnapshot(): the snapshot without what follows from it and grows with the
  // match (the timelines and the checkpoints); what a checkpoint hashes.
  coreSnapshot() {
    return {
      format: 1,
      phase: this.phase,
      paused: this.paused,
      tick: this.tickNo,
      startTick: this.startTick,
      random: this.random.state.toString(),
      players: this.players.map((p) => ({ id: p.id, name: p.name, colour: p.colour, bot: p.bot, start: p.start, alive: p.alive,
        outAtTick: p.outAtTick, allies: [...p.allies].sort((a, b) => a - b) })),
      holdings: this.holdings.map((h) => [h.owner, h.troops, h.micro]),
      marches: this.marches.map((m) => [m.id, m.owner, m.from, m.to, m.troops, m.arrivesAt, m.attack]),
      nextMarch: this.nextMarch,
      requests: SovereignGame.pairs(this.requests),
      cooldowns: SovereignGame.pairs(this.cooldowns),
      endReason: this.endReason,
      finalStandings: this.finalStandings.slice(),
      inputHash: this.inputHashHex,
    };
  }

  // SovereignGame::viewFor(): the shared view (the replay's `start` is the one when the match started).
  view() {
    const regions = {};
    for (const r of this.map.regions) {
      if (r.terrain === Terrain.Water) continue;
      const h = this.holdings[r.id];
      regions[String(r.id)] = [h.owner, h.troops];
    }
    const marches = {};
    for (const m of this.marches) marches[String(m.id)] = [m.owner, m.from, m.to, m.troops, m.arrivesAt - this.startTick, m.attack];
    const hexes = this.players.map(() => 0), held = this.players.map(() => 0), troops = this.players.map(() => 0);
    for (const r of this.map.regions) {
      const h = this.holdings[r.id];
      if (h.owner >= 0) {
        hexes[h.owner] += r.hexes;
        held[h.owner] += 1;
        troops[h.owner] += h.troops;
      }
    }
    const players = {};
    this.players.forEach((p, i) => {
      players[String(i)] = { id: p.id, name: p.name, colour: p.colour, bot: BOT_NAMES[p.bot], alive: p.alive, start: p.start,
        hexes: hexes[i], regions: held[i], troops: troops[i], allies: [...p.allies].sort((a, b) => a - b) };
    });
    const requests = {};
    for (const [from, to, lapses] of SovereignGame.pairs(this.requests)) requests[from + '>' + to] = lapses - this.startTick;
    const view = { kind: 'sovereign', phase: PHASE_NAMES[this.phase], paused: this.paused, tickMs: this.config.tickMs,
      tick: this.matchTick(), endsAtTick: this.endsAtTick(), slots: this.config.slots, map: this.map.toJson(), regions, marches,
      players, requests };
    if (this.phase === Phase.Over) view.result = this.standingsJson();
    return view;
  }

  standingsJson() {
    return { reason: this.endReason, standings: this.standings().map((i) => ({ player: i, name: this.players[i].name,
      hexes: this.landHexes(i), troops: this.troopsOf(i), alive: this.players[i].alive })) };
  }
}

