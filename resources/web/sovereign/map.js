// SPDX-License-Identifier: GPL-3.0-or-later
// The map of Sovereign Lines on a <canvas>: the hexes of the view's `map` (rows offset every
// other one, "odd-r", pointy tops), each region filled by its owner's colour (neutral land by
// its terrain), region borders, the borders between owners, troop numbers, marches as arrows
// that move from region to region, and the player's own land and allies' land marked. With
// `interactive`, it pans and zooms by mouse (drag, wheel), keyboard (arrows, + and -, 0) and
// touch (drag, pinch), and says which region was tapped. The player's page, the big screen
// and the minimap draw with it.
import { TERRAIN, fillFor, hue, darkInk } from './palette.js';

const SQRT3 = Math.sqrt(3);
// Milliseconds a march takes into a region, by its terrain (SovereignRules.cpp, travelMs).
const TRAVEL_MS = { plains: 1000, forest: 1500, hills: 2000, mountains: 3000 };

// The centre of hex (col, row) in map units (a hex's corner is 1 from its centre).
function hexCentre(col, row) {
  return [SQRT3 * (col + 0.5 * (row & 1)) + SQRT3 / 2, 1.5 * row + 1];
}

// Corners of a pointy-topped hex, from the upper right, clockwise; edge i joins corners i, i+1.
const CORNERS = [0, 1, 2, 3, 4, 5].map((i) => {
  const a = (Math.PI / 180) * (60 * i - 30);
  return [Math.cos(a), Math.sin(a)];
});

// The neighbour across edge i of hex (col, row): right, lower right, lower left, left, upper
// left, upper right.
function across(col, row, i) {
  const odd = row & 1;
  switch (i) {
    case 0: return [col + 1, row];
    case 1: return [col + odd, row + 1];
    case 2: return [col - 1 + odd, row + 1];
    case 3: return [col - 1, row];
    case 4: return [col - 1 + odd, row - 1];
    default: return [col + odd, row - 1];
  }
}

// The edges around a region (each from a hex's clockwise walk) joined into closed loops: its
// outline, which fills without seams between its hexes and strokes only its border.
function outlinePath(segments) {
  const key = (x, y) => Math.round(x * 1000) + ',' + Math.round(y * 1000);
  const from = new Map();
  for (const s of segments) {
    const k = key(s[0], s[1]);
    if (!from.has(k)) from.set(k, []);
    from.get(k).push(s);
  }
  const path = new Path2D();
  const used = new Set();
  for (const first of segments) {
    if (used.has(first)) continue;
    used.add(first);
    path.moveTo(first[0], first[1]);
    let s = first;
    for (let guard = 0; guard <= segments.length; guard++) {
      path.lineTo(s[2], s[3]);
      const next = (from.get(key(s[2], s[3])) || []).find((n) => !used.has(n));
      if (!next) break;
      used.add(next);
      s = next;
    }
    path.closePath();
  }
  return path;
}

// Everything about a map that never changes: paths for each region, its label point, the
// borders between each pair of regions, and the coast.
export class Geometry {
  constructor(map) {
    this.source = map;
    this.width = map.width;
    this.height = map.height;
    this.hexes = map.hexes;
    this.worldW = SQRT3 * (map.width + 0.5);
    this.worldH = 1.5 * (map.height - 1) + 2;
    this.regions = map.regions.map((r, id) => {
      const [terrain, hexes, q, row, neighbours] = r;
      const [x, y] = hexCentre(q, row);
      return { id, terrain, hexes, q, r: row, neighbours: neighbours || [], x, y, path: new Path2D(), marks: new Path2D(), outline: [],
        land: terrain !== 'water', minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    });
    this.pairs = new Map(); // "a|b" (a < b) -> [[x1, y1, x2, y2], ...]: the edges two regions share
    this.regionEdges = new Path2D(); // every edge between two regions
    this.coast = new Path2D();       // land against water or the map's edge
    for (let row = 0; row < this.height; row++) {
      for (let col = 0; col < this.width; col++) {
        const id = this.hexes[row * this.width + col];
        const reg = this.regions[id];
        if (!reg) continue;
        const [cx, cy] = hexCentre(col, row);
        reg.minX = Math.min(reg.minX, cx - SQRT3 / 2);
        reg.maxX = Math.max(reg.maxX, cx + SQRT3 / 2);
        reg.minY = Math.min(reg.minY, cy - 1);
        reg.maxY = Math.max(reg.maxY, cy + 1);
        this.terrainMark(reg, cx, cy);
        for (let i = 0; i < 6; i++) {
          const [nc, nr] = across(col, row, i);
          const inside = nc >= 0 && nr >= 0 && nc < this.width && nr < this.height;
          const other = inside ? this.hexes[nr * this.width + nc] : -1;
          if (other === id) continue;
          const a = CORNERS[i];
          const b = CORNERS[(i + 1) % 6];
          const seg = [cx + a[0], cy + a[1], cx + b[0], cy + b[1]];
          reg.outline.push(seg);
          const otherLand = other >= 0 && this.regions[other] && this.regions[other].land;
          if (reg.land && !otherLand) {
            this.coast.moveTo(seg[0], seg[1]);
            this.coast.lineTo(seg[2], seg[3]);
          }
          // Each shared edge once, from the lower region's side.
          if (other > id) {
            this.regionEdges.moveTo(seg[0], seg[1]);
            this.regionEdges.lineTo(seg[2], seg[3]);
            const key = id + '|' + other;
            if (!this.pairs.has(key)) this.pairs.set(key, []);
            this.pairs.get(key).push(seg);
          }
        }
      }
    }
    for (const reg of this.regions) {
      reg.path = outlinePath(reg.outline);
      reg.outline = null;
    }
  }

  // A small sign of the terrain in a hex: trees in a forest, a bump on hills, a peak on a mountain.
  terrainMark(reg, cx, cy) {
    const m = reg.marks;
    switch (reg.terrain) {
      case 'forest':
        m.moveTo(cx - 0.28, cy + 0.22); m.lineTo(cx - 0.1, cy - 0.22); m.lineTo(cx + 0.08, cy + 0.22);
        m.moveTo(cx + 0.05, cy + 0.3); m.lineTo(cx + 0.22, cy - 0.08); m.lineTo(cx + 0.39, cy + 0.3);
        break;
      case 'hills':
        m.moveTo(cx - 0.42, cy + 0.18);
        m.quadraticCurveTo(cx - 0.18, cy - 0.32, cx + 0.06, cy + 0.18);
        m.moveTo(cx - 0.02, cy + 0.18);
        m.quadraticCurveTo(cx + 0.2, cy - 0.18, cx + 0.42, cy + 0.18);
        break;
      case 'mountains':
        m.moveTo(cx - 0.45, cy + 0.3); m.lineTo(cx - 0.08, cy - 0.38); m.lineTo(cx + 0.28, cy + 0.3);
        m.moveTo(cx - 0.2, cy - 0.16); m.lineTo(cx - 0.08, cy - 0.05); m.lineTo(cx + 0.02, cy - 0.2);
        m.moveTo(cx + 0.12, cy + 0.02); m.lineTo(cx + 0.3, cy - 0.2); m.lineTo(cx + 0.5, cy + 0.3);
        break;
      case 'water':
        m.moveTo(cx - 0.45, cy); m.quadraticCurveTo(cx - 0.22, cy - 0.2, cx, cy); m.quadraticCurveTo(cx + 0.22, cy + 0.2, cx + 0.45, cy);
        break;
      default:
        break;
    }
  }

  // The region at a point of the map, or -1.
  regionAt(x, y) {
    const px = x - SQRT3 / 2;
    const py = y - 1;
    const rf = (2 / 3) * py;
    const qf = (SQRT3 / 3) * px - py / 3;
    // Cube rounding.
    let q = Math.round(qf);
    let r = Math.round(rf);
    const s = Math.round(-qf - rf);
    const dq = Math.abs(q - qf);
    const dr = Math.abs(r - rf);
    const ds = Math.abs(s + qf + rf);
    if (dq > dr && dq > ds) q = -r - s;
    else if (dr > ds) r = -q - s;
    const row = r;
    const col = q + (r - (r & 1)) / 2;
    if (row < 0 || col < 0 || row >= this.height || col >= this.width) return -1;
    return this.hexes[row * this.width + col];
  }

  borders(a, b) {
    const reg = this.regions[a];
    return !!reg && reg.neighbours.includes(b);
  }
}

// Ticks a march takes into a region of this terrain.
export function travelTicks(terrain, tickMs) {
  return Math.max(1, Math.ceil((TRAVEL_MS[terrain] || 1000) / tickMs));
}

// A map drawn on a canvas. `options`:
//   interactive   pan, zoom and tap (else it always shows the whole map)
//   onTap(region, point), onHover(region), onViewChange()
//   labels        'all' (troops on every land region) or 'owned'
//   ink           the colour of texts and borders
export class MapView {
  constructor(canvas, options) {
    this.canvas = canvas;
    this.o = Object.assign({ interactive: false, labels: 'all' }, options || {});
    this.ctx = canvas.getContext('2d');
    this.geo = null;
    this.state = null;
    this.scale = 1;   // CSS pixels per map unit
    this.x = 0;       // where the map's origin is on the canvas, in CSS pixels
    this.y = 0;
    this.fitted = true;
    this.cssW = 0;
    this.cssH = 0;
    this.frame = 0;
    this.pointers = new Map();
    this.gesture = null;
    this.hover = -1;
    this.ownerEdges = null;
    this.ownerKey = '';
    canvas.pointOfRegion = (id) => this.pointOfRegion(id);
    canvas.regionAtPoint = (x, y) => this.regionAtScreen(x, y);
    // What the map shows, for a test to compare with the host's view.
    canvas.shownState = () => (this.state ? { phase: this.state.phase, tick: this.state.tick, regions: this.state.regions,
      marches: this.state.marches, mapWidth: this.geo ? this.geo.width : 0, mapHexes: this.geo ? this.geo.hexes.length : 0 } : null);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizer = new ResizeObserver(() => this.resize());
      this.resizer.observe(canvas);
    }
    if (this.o.interactive) this.listen();
  }

  setMap(map) {
    if (!map || (this.geo && this.geo.source === map)) return;
    if (this.geo && this.geo.width === map.width && this.geo.height === map.height
        && this.geo.hexes.length === map.hexes.length && this.geo.hexes.every((v, i) => v === map.hexes[i])) {
      this.geo.source = map;
      return;
    }
    this.geo = new Geometry(map);
    this.ownerKey = '';
    this.cssW = 0; // sizes the canvas again and fits the new map in it
    this.fitted = true;
    this.resize();
  }

  // state: {regions, marches, players, me, allies: Set, selected, targets: Set, phase, starts:
  //   Map(region -> player), blocked: Set, tickNow(), tickMs}
  setState(state) {
    this.state = state;
    this.render();
  }

  resize() {
    const rect = this.canvas.getBoundingClientRect();
    const w = Math.max(1, Math.round(rect.width));
    const h = Math.max(1, Math.round(rect.height));
    const dpr = window.devicePixelRatio || 1;
    if (w !== this.cssW || h !== this.cssH || this.canvas.width !== Math.round(w * dpr)) {
      this.cssW = w;
      this.cssH = h;
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(h * dpr);
      if (this.fitted || !this.o.interactive) this.fit();
      else this.clamp();
    }
    this.render();
  }

  fitScale() {
    if (!this.geo) return 1;
    return Math.min(this.cssW / this.geo.worldW, this.cssH / this.geo.worldH);
  }

  fit() {
    if (!this.geo) return;
    this.scale = this.fitScale();
    this.x = (this.cssW - this.geo.worldW * this.scale) / 2;
    this.y = (this.cssH - this.geo.worldH * this.scale) / 2;
    this.fitted = true;
    this.changed();
  }

  // Keeps part of the map in sight and the zoom between the whole map and large hexes.
  clamp() {
    if (!this.geo) return;
    const min = this.fitScale() * 0.9;
    const max = Math.max(min * 1.5, 64);
    this.scale = Math.min(max, Math.max(min, this.scale));
    const mw = this.geo.worldW * this.scale;
    const mh = this.geo.worldH * this.scale;
    const marginX = Math.min(this.cssW, mw) / 2;
    const marginY = Math.min(this.cssH, mh) / 2;
    this.x = Math.min(this.cssW - marginX, Math.max(marginX - mw, this.x));
    this.y = Math.min(this.cssH - marginY, Math.max(marginY - mh, this.y));
  }

  changed() {
    this.canvas.dataset.scale = this.scale.toFixed(3);
    if (this.o.interactive) this.rehover();
    if (this.o.onViewChange) this.o.onViewChange();
  }

  zoomAt(factor, sx, sy) {
    const before = this.scale;
    this.scale *= factor;
    this.clamp();
    const k = this.scale / before;
    this.x = sx - (sx - this.x) * k;
    this.y = sy - (sy - this.y) * k;
    this.fitted = false;
    this.clamp();
    this.changed();
    this.render();
  }

  panBy(dx, dy) {
    this.x += dx;
    this.y += dy;
    this.fitted = false;
    this.clamp();
    this.changed();
    this.render();
  }

  // Puts the map point (mx, my) in the middle of the canvas.
  centreOn(mx, my) {
    this.x = this.cssW / 2 - mx * this.scale;
    this.y = this.cssH / 2 - my * this.scale;
    this.fitted = false;
    this.clamp();
    this.changed();
    this.render();
  }

  // The part of the map in sight, in map units.
  viewport() {
    return { x: -this.x / this.scale, y: -this.y / this.scale, w: this.cssW / this.scale, h: this.cssH / this.scale };
  }

  toMap(sx, sy) { return [(sx - this.x) / this.scale, (sy - this.y) / this.scale]; }

  regionAtScreen(sx, sy) {
    if (!this.geo) return -1;
    const [mx, my] = this.toMap(sx, sy);
    return this.geo.regionAt(mx, my);
  }

  // Where a region's label is on the canvas, in CSS pixels from its top left corner.
  pointOfRegion(id) {
    const reg = this.geo && this.geo.regions[id];
    if (!reg) return null;
    return { x: reg.x * this.scale + this.x, y: reg.y * this.scale + this.y };
  }

  // ---------------------------------------------------------------------------------------
  // Input

  listen() {
    const c = this.canvas;
    const local = (e) => {
      const r = c.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    c.addEventListener('pointerdown', (e) => {
      if (e.button !== undefined && e.button > 0) return;
      c.setPointerCapture(e.pointerId);
      this.pointers.set(e.pointerId, local(e));
      if (this.pointers.size === 1) {
        const [x, y] = local(e);
        this.gesture = { kind: 'drag', startX: x, startY: y, lastX: x, lastY: y, moved: false };
      } else if (this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        this.gesture = { kind: 'pinch', dist: Math.hypot(a[0] - b[0], a[1] - b[1]) || 1,
          midX: (a[0] + b[0]) / 2, midY: (a[1] + b[1]) / 2, moved: true };
      }
    });
    c.addEventListener('pointermove', (e) => {
      const p = local(e);
      if (e.pointerType === 'mouse') this.mouse = p;
      if (!this.pointers.has(e.pointerId)) {
        if (e.pointerType === 'mouse') this.setHover(this.regionAtScreen(p[0], p[1]));
        return;
      }
      this.pointers.set(e.pointerId, p);
      const g = this.gesture;
      if (!g) return;
      if (g.kind === 'drag' && this.pointers.size === 1) {
        if (!g.moved && Math.hypot(p[0] - g.startX, p[1] - g.startY) > 6) g.moved = true;
        if (g.moved) {
          this.panBy(p[0] - g.lastX, p[1] - g.lastY);
          c.classList.add('dragging');
        }
        g.lastX = p[0];
        g.lastY = p[1];
      } else if (g.kind === 'pinch' && this.pointers.size >= 2) {
        const [a, b] = [...this.pointers.values()];
        const dist = Math.hypot(a[0] - b[0], a[1] - b[1]) || 1;
        const midX = (a[0] + b[0]) / 2;
        const midY = (a[1] + b[1]) / 2;
        this.x += midX - g.midX;
        this.y += midY - g.midY;
        this.zoomAt(dist / g.dist, midX, midY);
        g.dist = dist;
        g.midX = midX;
        g.midY = midY;
      }
    });
    const end = (e) => {
      const had = this.pointers.delete(e.pointerId);
      const g = this.gesture;
      c.classList.remove('dragging');
      if (this.pointers.size === 0) {
        this.gesture = null;
        if (had && e.type === 'pointerup' && g && g.kind === 'drag' && !g.moved && this.o.onTap) {
          const [x, y] = local(e);
          this.o.onTap(this.regionAtScreen(x, y), { x, y });
        }
      } else if (g && g.kind === 'pinch') {
        // One finger left: it drags on from where it is, and lifting it taps nothing.
        const [p] = [...this.pointers.values()];
        this.gesture = { kind: 'drag', startX: p[0], startY: p[1], lastX: p[0], lastY: p[1], moved: true };
      }
    };
    c.addEventListener('pointerup', end);
    c.addEventListener('pointercancel', end);
    c.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse') return;
      this.mouse = null;
      this.setHover(-1);
    });
    c.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [x, y] = local(e);
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      this.zoomAt(Math.exp(-delta * 0.0015), x, y);
    }, { passive: false });
    c.addEventListener('keydown', (e) => {
      const step = 60;
      let used = true;
      switch (e.key) {
        case 'ArrowLeft': this.panBy(step, 0); break;
        case 'ArrowRight': this.panBy(-step, 0); break;
        case 'ArrowUp': this.panBy(0, step); break;
        case 'ArrowDown': this.panBy(0, -step); break;
        case '+': case '=': this.zoomAt(1.25, this.cssW / 2, this.cssH / 2); break;
        case '-': case '_': this.zoomAt(0.8, this.cssW / 2, this.cssH / 2); break;
        case '0': this.fit(); this.render(); break;
        default: used = false;
      }
      if (used) e.preventDefault();
    });
  }

  // After a zoom or a pan the pointer is over another region.
  rehover() {
    if (this.mouse) this.setHover(this.regionAtScreen(this.mouse[0], this.mouse[1]));
  }

  setHover(region) {
    if (region === this.hover) return;
    this.hover = region;
    this.canvas.classList.toggle('over-region', region >= 0);
    if (this.o.onHover) this.o.onHover(region);
    this.render();
  }

  // ---------------------------------------------------------------------------------------
  // Drawing

  // Draws on the next frame (at most once a frame), and again while marches move.
  render() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
      if (this.state && this.state.marches && Object.keys(this.state.marches).length && this.state.phase === 'running') {
        this.render();
      }
    });
  }

  // The paths of the borders between owners, and of each player's outer border, rebuilt when
  // an owner changes.
  ownerBorders(regions) {
    let key = '';
    for (const id in regions) key += regions[id][0] + ',';
    if (key === this.ownerKey) return this.ownerEdges;
    this.ownerKey = key;
    const between = new Path2D();
    const byPlayer = new Map(); // player -> Path2D of the edges of their land
    for (const [pair, segs] of this.geo.pairs) {
      const [a, b] = pair.split('|');
      const oa = regions[a] ? regions[a][0] : -1;
      const ob = regions[b] ? regions[b][0] : -1;
      if (oa === ob) continue;
      for (const s of segs) { between.moveTo(s[0], s[1]); between.lineTo(s[2], s[3]); }
      for (const o of [oa, ob]) {
        if (o < 0) continue;
        if (!byPlayer.has(o)) byPlayer.set(o, new Path2D());
        const p = byPlayer.get(o);
        for (const s of segs) { p.moveTo(s[0], s[1]); p.lineTo(s[2], s[3]); }
      }
    }
    this.ownerEdges = { between, byPlayer };
    return this.ownerEdges;
  }

  draw() {
    const ctx = this.ctx;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!this.geo) return;
    const s = this.state || {};
    const geo = this.geo;
    const regions = s.regions || {};
    const players = s.players || {};
    const px = 1 / this.scale; // one CSS pixel in map units
    ctx.setTransform(dpr * this.scale, 0, 0, dpr * this.scale, dpr * this.x, dpr * this.y);

    // Land and water.
    const colourOf = (owner) => (players[owner] ? players[owner].colour : owner);
    const hexPx = this.scale; // a hex's corner distance on screen, in CSS pixels
    for (const reg of geo.regions) {
      const held = regions[reg.id];
      const owner = held ? held[0] : -1;
      let fill;
      if (!reg.land) fill = TERRAIN.water;
      else if (owner >= 0) fill = fillFor(ctx, colourOf(owner), px);
      else if (s.phase === 'lobby' && s.starts && s.starts.has(reg.id)) fill = fillFor(ctx, colourOf(s.starts.get(reg.id)), px);
      else fill = TERRAIN[reg.terrain] || TERRAIN.plains;
      ctx.fillStyle = fill;
      ctx.fill(reg.path);
    }
    // Terrain marks, on neutral land (and faintly on held land) once hexes are big enough.
    if (hexPx >= 7) {
      ctx.lineWidth = Math.max(1.1 * px, 0.06);
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      for (const reg of geo.regions) {
        if (reg.terrain === 'plains') continue;
        const held = regions[reg.id];
        const owned = held && held[0] >= 0;
        ctx.strokeStyle = !reg.land ? 'rgba(40,90,130,.35)' : owned ? 'rgba(0,0,0,.16)' : 'rgba(60,60,40,.42)';
        ctx.stroke(reg.marks);
      }
    }
    // In the lobby, land too close to another's start is shaded: a start cannot go there.
    if (s.phase === 'lobby' && s.blocked) {
      ctx.fillStyle = 'rgba(31,41,51,.16)';
      for (const id of s.blocked) if (geo.regions[id]) ctx.fill(geo.regions[id].path);
    }
    // Targets of the selected region: land to attack is lightened.
    if (s.targets && s.targets.size) {
      ctx.fillStyle = 'rgba(255,255,255,.3)';
      for (const id of s.targets) {
        const held = regions[id];
        const owner = held ? held[0] : -1;
        if (geo.regions[id] && owner !== s.me && !(s.allies && s.allies.has(owner))) ctx.fill(geo.regions[id].path);
      }
    }

    // Borders: between regions, the coast, between owners.
    ctx.lineCap = 'round';
    ctx.strokeStyle = 'rgba(31,41,51,.28)';
    ctx.lineWidth = 0.8 * px;
    ctx.stroke(geo.regionEdges);
    ctx.strokeStyle = 'rgba(31,41,51,.55)';
    ctx.lineWidth = 1.2 * px;
    ctx.stroke(geo.coast);
    const edges = this.ownerBorders(regions);
    ctx.strokeStyle = 'rgba(20,24,30,.8)';
    ctx.lineWidth = Math.max(1.6 * px, 0.09);
    ctx.stroke(edges.between);
    // Allies' land with a dashed white line, one's own with a solid one.
    if (s.allies && s.allies.size) {
      ctx.setLineDash([4 * px, 3 * px]);
      ctx.strokeStyle = 'rgba(255,255,255,.95)';
      ctx.lineWidth = Math.max(2 * px, 0.1);
      for (const a of s.allies) if (edges.byPlayer.has(a)) ctx.stroke(edges.byPlayer.get(a));
      ctx.setLineDash([]);
    }
    if (s.me >= 0 && edges.byPlayer.has(s.me)) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = Math.max(3 * px, 0.14);
      ctx.stroke(edges.byPlayer.get(s.me));
      ctx.strokeStyle = '#11161c';
      ctx.lineWidth = Math.max(1.2 * px, 0.05);
      ctx.stroke(edges.byPlayer.get(s.me));
    }
    // The hovered region, the selected one.
    if (this.hover >= 0 && geo.regions[this.hover] && geo.regions[this.hover].land && this.hover !== s.selected) {
      ctx.strokeStyle = 'rgba(17,22,28,.7)';
      ctx.lineWidth = 2 * px;
      ctx.stroke(geo.regions[this.hover].path);
    }
    if (s.targets && s.targets.size) {
      ctx.setLineDash([5 * px, 4 * px]);
      ctx.strokeStyle = 'rgba(17,22,28,.75)';
      ctx.lineWidth = 1.6 * px;
      for (const id of s.targets) if (geo.regions[id]) ctx.stroke(geo.regions[id].path);
      ctx.setLineDash([]);
    }
    if (s.selected >= 0 && geo.regions[s.selected]) {
      ctx.strokeStyle = '#f0b429';
      ctx.lineWidth = 4 * px;
      ctx.stroke(geo.regions[s.selected].path);
      ctx.strokeStyle = '#11161c';
      ctx.lineWidth = 1.2 * px;
      ctx.stroke(geo.regions[s.selected].path);
    }
    // In the lobby: each start with a flag of its player.
    if (s.phase === 'lobby' && s.starts) {
      for (const [region, player] of s.starts) this.drawFlag(ctx, geo.regions[region], players[player], player === s.me, px);
    }
    if (s.phase !== 'lobby') this.drawMarches(ctx, s, px);
    this.drawLabels(ctx, s, px);
  }

  drawFlag(ctx, reg, p, mine, px) {
    if (!reg || !p) return;
    const r = Math.max(10 * px, 0.72);
    ctx.beginPath();
    ctx.arc(reg.x, reg.y, r, 0, Math.PI * 2);
    ctx.fillStyle = hue(p.colour);
    ctx.fill();
    ctx.lineWidth = (mine ? 3 : 2) * px;
    ctx.strokeStyle = mine ? '#11161c' : '#ffffff';
    ctx.stroke();
    ctx.fillStyle = darkInk(p.colour) ? '#11161c' : '#ffffff';
    ctx.font = '800 ' + (r * 1.15).toFixed(3) + 'px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(p.name || '?').trim().charAt(0).toUpperCase(), reg.x, reg.y + 0.06 * r);
  }

  drawMarches(ctx, s, px) {
    const marches = s.marches || {};
    const players = s.players || {};
    const now = s.tickNow ? s.tickNow() : 0;
    const geo = this.geo;
    for (const id in marches) {
      const [owner, from, to, troops, arrives, attack] = marches[id];
      const a = geo.regions[from];
      const b = geo.regions[to];
      if (!a || !b) continue;
      const travel = travelTicks(b.terrain, s.tickMs || 50);
      const t = Math.max(0, Math.min(1, 1 - (arrives - now) / travel));
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const ux = dx / len;
      const uy = dy / len;
      // From the edge of the source's label to short of the target's.
      const x0 = a.x + ux * 0.55;
      const y0 = a.y + uy * 0.55;
      const x1 = b.x - ux * 0.55;
      const y1 = b.y - uy * 0.55;
      const hx = x0 + (x1 - x0) * t;
      const hy = y0 + (y1 - y0) * t;
      const p = players[owner];
      const colour = p ? hue(p.colour) : '#555';
      const w = Math.max(3 * px, 0.16);
      ctx.lineCap = 'round';
      ctx.setLineDash(attack ? [] : [6 * px, 4 * px]);
      ctx.strokeStyle = 'rgba(17,22,28,.85)';
      ctx.lineWidth = w + 2.5 * px;
      ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
      ctx.strokeStyle = colour;
      ctx.lineWidth = w;
      ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
      ctx.setLineDash([]);
      // The arrowhead at the target.
      const head = Math.max(10 * px, 0.45);
      ctx.beginPath();
      ctx.moveTo(x1 + ux * head * 0.3, y1 + uy * head * 0.3);
      ctx.lineTo(x1 - ux * head - uy * head * 0.6, y1 - uy * head + ux * head * 0.6);
      ctx.lineTo(x1 - ux * head + uy * head * 0.6, y1 - uy * head - ux * head * 0.6);
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.lineWidth = 1.5 * px;
      ctx.strokeStyle = 'rgba(17,22,28,.85)';
      ctx.stroke();
      // The troops on their way, where they are now.
      const text = String(troops);
      const font = Math.max(10, Math.min(15, this.scale * 0.6));
      ctx.font = '700 ' + (font * px).toFixed(3) + 'px system-ui, sans-serif';
      const tw = ctx.measureText(text).width + 8 * px;
      const th = (font + 5) * px;
      ctx.fillStyle = colour;
      ctx.strokeStyle = 'rgba(17,22,28,.9)';
      ctx.lineWidth = 1.5 * px;
      roundRect(ctx, hx - tw / 2, hy - th / 2, tw, th, th / 2);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = p && darkInk(p.colour) ? '#11161c' : '#ffffff';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, hx, hy + 0.5 * px);
    }
  }

  drawLabels(ctx, s, px) {
    const regions = s.regions || {};
    const players = s.players || {};
    const hexPx = this.scale;
    const font = Math.max(9, Math.min(22, hexPx * 0.85 * (this.o.labelScale || 1)));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const reg of this.geo.regions) {
      if (!reg.land) continue;
      const held = regions[reg.id];
      if (!held) continue;
      const [owner, troops] = held;
      // Small hexes: numbers only where there is room for them.
      if (hexPx < 7 && reg.hexes < 4 && !(owner >= 0 && owner === s.me)) continue;
      if (this.o.labels === 'owned' && owner < 0 && hexPx < 12) continue;
      if (s.phase === 'lobby') continue;
      const p = players[owner];
      const big = owner >= 0;
      ctx.font = (big ? '800 ' : '600 ') + ((big ? font : font * 0.85) * px).toFixed(3) + 'px system-ui, sans-serif';
      const text = String(troops);
      if (big) {
        const dark = p ? darkInk(p.colour) : true;
        ctx.lineWidth = 3 * px;
        ctx.strokeStyle = dark ? 'rgba(255,255,255,.85)' : 'rgba(17,22,28,.85)';
        ctx.strokeText(text, reg.x, reg.y);
        ctx.fillStyle = dark ? '#11161c' : '#ffffff';
      } else {
        ctx.lineWidth = 2.5 * px;
        ctx.strokeStyle = 'rgba(255,255,255,.8)';
        ctx.strokeText(text, reg.x, reg.y);
        ctx.fillStyle = '#4a4f45';
      }
      ctx.fillText(text, reg.x, reg.y);
    }
  }
}

function roundRect(ctx, x, y, w, h, r) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arc(x + w - r, y + r, r, -Math.PI / 2, 0);
  ctx.lineTo(x + w, y + h - r);
  ctx.arc(x + w - r, y + h - r, r, 0, Math.PI / 2);
  ctx.lineTo(x + r, y + h);
  ctx.arc(x + r, y + h - r, r, Math.PI / 2, Math.PI);
  ctx.lineTo(x, y + r);
  ctx.arc(x + r, y + r, r, Math.PI, Math.PI * 1.5);
  ctx.closePath();
}

// The whole map, small, with the part the big one shows; a tap or drag there moves the big one.
export class MiniMap {
  constructor(canvas, mapView) {
    this.canvas = canvas;
    this.main = mapView;
    this.ctx = canvas.getContext('2d');
    this.state = null;
    this.pending = false;
    const go = (e) => {
      const g = this.main.geo;
      if (!g) return;
      const r = canvas.getBoundingClientRect();
      const k = this.scaleFor(r.width, r.height);
      this.main.centreOn((e.clientX - r.left - k.x) / k.s, (e.clientY - r.top - k.y) / k.s);
    };
    let down = false;
    canvas.addEventListener('pointerdown', (e) => { down = true; canvas.setPointerCapture(e.pointerId); go(e); });
    canvas.addEventListener('pointermove', (e) => { if (down) go(e); });
    canvas.addEventListener('pointerup', () => { down = false; });
    canvas.addEventListener('pointercancel', () => { down = false; });
  }

  scaleFor(w, h) {
    const g = this.main.geo;
    const s = Math.min(w / g.worldW, h / g.worldH);
    return { s, x: (w - g.worldW * s) / 2, y: (h - g.worldH * s) / 2 };
  }

  setState(state) {
    this.state = state;
    this.render();
  }

  render() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.draw(); });
  }

  draw() {
    const g = this.main.geo;
    const c = this.canvas;
    const rect = c.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(rect.width));
    const h = Math.max(1, Math.round(rect.height));
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    if (!g) return;
    const k = this.scaleFor(w, h);
    ctx.setTransform(dpr * k.s, 0, 0, dpr * k.s, dpr * k.x, dpr * k.y);
    const s = this.state || {};
    const regions = s.regions || {};
    const players = s.players || {};
    for (const reg of g.regions) {
      const held = regions[reg.id];
      const owner = held ? held[0] : -1;
      let fill = !reg.land ? TERRAIN.water : TERRAIN[reg.terrain] || TERRAIN.plains;
      if (owner >= 0 && players[owner]) fill = fillFor(ctx, players[owner].colour, 1 / k.s);
      ctx.fillStyle = fill;
      ctx.fill(reg.path);
    }
    const edges = this.main.ownerEdges;
    if (edges) {
      ctx.strokeStyle = 'rgba(20,24,30,.7)';
      ctx.lineWidth = 1 / k.s;
      ctx.stroke(edges.between);
    }
    const v = this.main.viewport();
    ctx.strokeStyle = '#f0b429';
    ctx.lineWidth = 2.5 / k.s;
    ctx.strokeRect(v.x, v.y, v.w, v.h);
    ctx.strokeStyle = '#11161c';
    ctx.lineWidth = 1 / k.s;
    ctx.strokeRect(v.x, v.y, v.w, v.h);
  }
}
