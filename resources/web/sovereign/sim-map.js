// SPDX-License-Identifier: GPL-3.0-or-later
// A match's map from its size and seed, step for step as server/games/sovereign/SovereignMap.cpp
// makes it: heights on a coarse lattice, seeded centres kept apart, regions grown breadth first
// in the centres' order, the lowest 15 % flooded unless that cuts the land in two, and terrain
// by height rank. The same random draws in the same order, integer arithmetic only (the one
// square root gives 2 on every size, far from a rounding edge), and the one sort a stable sort
// on both sides (std::stable_sort, Array.prototype.sort).
import { SovereignRandom } from './sim-random.js';
import { Terrain, TERRAIN_NAMES, div } from './sim-rules.js';

export const SIZES = {
  small: { name: 'small', width: 24, height: 16, regions: 40, maxSlots: 8 },
  medium: { name: 'medium', width: 40, height: 26, regions: 110, maxSlots: 24 },
  large: { name: 'large', width: 60, height: 40, regions: 260, maxSlots: 60 },
  huge: { name: 'huge', width: 80, height: 52, regions: 440, maxSlots: 100 },
};

// The six hexes around (q, r) in odd-r offset rows, in the C++'s order.
const EVEN = [[1, 0], [-1, 0], [0, -1], [-1, -1], [0, 1], [-1, 1]];
const ODD = [[1, 0], [-1, 0], [1, -1], [0, -1], [1, 1], [0, 1]];
function hexNeighbours(q, r, width, height) {
  const out = [];
  for (const [dq, dr] of (r & 1) ? ODD : EVEN) {
    const nq = q + dq, nr = r + dr;
    if (nq >= 0 && nq < width && nr >= 0 && nr < height) out.push(nr * width + nq);
  }
  return out;
}

function hexDistance(q1, r1, q2, r2) {
  const x1 = q1 - div(r1 - (r1 & 1), 2), z1 = r1;
  const x2 = q2 - div(r2 - (r2 & 1), 2), z2 = r2;
  const y1 = -x1 - z1, y2 = -x2 - z2;
  return Math.max(Math.abs(x1 - x2), Math.abs(y1 - y2), Math.abs(z1 - z2));
}

// Height per hex, 0–999.
function heights(width, height, rng) {
  const Step = 6;
  const lw = div(width, Step) + 2, lh = div(height, Step) + 2;
  const lattice = new Array(lw * lh);
  for (let i = 0; i < lattice.length; i++) lattice[i] = rng.below(1000);
  const at = (x, y) => lattice[y * lw + x];
  const out = new Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let q = 0; q < width; q++) {
      const lx = div(q, Step), ly = div(r, Step), fx = q % Step, fy = r % Step;
      const top = at(lx, ly) * (Step - fx) + at(lx + 1, ly) * fx;
      const bottom = at(lx, ly + 1) * (Step - fx) + at(lx + 1, ly + 1) * fx;
      out[r * width + q] = div(top * (Step - fy) + bottom * fy, Step * Step);
    }
  }
  return out;
}

export class SovereignMap {
  // size: one of SIZES; seed: a BigInt (or a number) of 64 bits.
  constructor(size, seed) {
    this.width = size.width;
    this.height = size.height;
    const hexCount = size.width * size.height;
    const rng = new SovereignRandom(seed);
    const height = heights(size.width, size.height, rng);

    // Centres: random hexes kept apart, then any free hex if the map is crowded.
    const centres = [];
    const apart = Math.max(2, Math.trunc(0.6 * Math.sqrt(hexCount / size.regions)));
    const isCentre = new Uint8Array(hexCount);
    for (let attempt = 0; centres.length < size.regions && attempt < size.regions * 40; attempt++) {
      const h = rng.below(hexCount);
      const q = h % size.width, r = div(h, size.width);
      const farEnough = !centres.some((c) => hexDistance(q, r, c % size.width, div(c, size.width)) < apart);
      if (!isCentre[h] && farEnough) {
        centres.push(h);
        isCentre[h] = 1;
      }
    }
    for (let h = 0; centres.length < size.regions && h < hexCount; h++) {
      if (!isCentre[h]) {
        centres.push(h);
        isCentre[h] = 1;
      }
    }

    // Grow every region at once, breadth first, in the centres' order.
    this.hexRegion = new Array(hexCount).fill(-1);
    this.regions = [];
    const frontier = [];
    centres.forEach((c, i) => {
      this.hexRegion[c] = i;
      frontier.push(c);
      this.regions.push({ id: i, terrain: Terrain.Plains, hexes: 0, q: c % size.width, r: div(c, size.width), neighbours: [] });
    });
    for (let head = 0; head < frontier.length; head++) {
      const h = frontier[head];
      for (const n of hexNeighbours(h % size.width, div(h, size.width), size.width, size.height)) {
        if (this.hexRegion[n] < 0) {
          this.hexRegion[n] = this.hexRegion[h];
          frontier.push(n);
        }
      }
    }

    // Sizes, heights and borders.
    const count = this.regions.length;
    const heightSum = new Array(count).fill(0);
    const borders = Array.from({ length: count }, () => []);
    for (let h = 0; h < hexCount; h++) {
      const id = this.hexRegion[h];
      this.regions[id].hexes += 1;
      heightSum[id] += height[h];
      for (const n of hexNeighbours(h % size.width, div(h, size.width), size.width, size.height)) {
        const other = this.hexRegion[n];
        if (other !== id) borders[id].push(other);
      }
    }
    for (let id = 0; id < count; id++) {
      borders[id] = [...new Set(borders[id])].sort((a, b) => a - b);
    }
    const meanHeight = heightSum.map((sum, id) => div(sum * 1000, this.regions[id].hexes));
    const byHeight = Array.from({ length: count }, (_, i) => i);
    byHeight.sort((a, b) => meanHeight[a] - meanHeight[b]); // stable, as std::stable_sort

    // Water: the lowest 15 %, skipping a region whose flooding would cut the land in two.
    const water = new Uint8Array(count);
    const landConnected = () => {
      let first = -1, land = 0;
      for (let i = 0; i < count; i++) {
        if (!water[i]) {
          land++;
          if (first < 0) first = i;
        }
      }
      const seen = new Uint8Array(count);
      const stack = [first];
      seen[first] = 1;
      let reached = 0;
      while (stack.length) {
        const id = stack.pop();
        reached++;
        for (const n of borders[id]) {
          if (!water[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
      return reached === land;
    };
    const waterTarget = div(count * 15, 100);
    let flooded = 0;
    for (const id of byHeight) {
      if (flooded >= waterTarget) break;
      water[id] = 1;
      if (landConnected()) flooded++;
      else water[id] = 0;
    }

    // Land by height: the lowest 45 % plains, then 25 % forest, 18 % hills, 12 % mountains.
    const land = byHeight.filter((id) => !water[id]);
    this.landRegions = land.length;
    land.forEach((id, rank) => {
      const percent = div(rank * 100, land.length);
      this.regions[id].terrain = percent < 45 ? Terrain.Plains : percent < 70 ? Terrain.Forest
        : percent < 88 ? Terrain.Hills : Terrain.Mountains;
    });
    for (let id = 0; id < count; id++) {
      const region = this.regions[id];
      if (water[id]) {
        region.terrain = Terrain.Water;
        continue;
      }
      region.neighbours = borders[id].filter((n) => !water[n]);
    }
  }

  isLand(id) {
    return Number.isInteger(id) && id >= 0 && id < this.regions.length && this.regions[id].terrain !== Terrain.Water;
  }

  borders(a, b) {
    return this.isLand(a) && this.isLand(b) && this.regions[a].neighbours.includes(b);
  }

  // As SovereignMap::toJson, for views: {width, height, hexes, regions: [[terrain, hexes, q, r, [neighbours]]]}.
  toJson() {
    return {
      width: this.width,
      height: this.height,
      hexes: this.hexRegion.slice(),
      regions: this.regions.map((r) => [TERRAIN_NAMES[r.terrain], r.hexes, r.q, r.r, r.neighbours.slice()]),
    };
  }
}
