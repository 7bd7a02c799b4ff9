// SPDX-License-Identifier: GPL-3.0-or-later
// Sovereign Lines' colours, which players with a colour-vision deficiency can tell apart:
// twelve hues (the eight of Okabe and Ito, one of them a softer black, and four of Paul Tol's),
// and for each further group of twelve colour numbers a pattern over the hue (stripes, dots,
// checks, ...), so that a hundred players on one map are still one each. A player's colour
// number is players[n].colour in the view.

export const HUES = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#332288', // indigo
  '#882255', // wine
  '#44AA99', // teal
  '#999933', // olive
  '#3A3A3A', // near black
];

// The patterns of the groups: none for colours 0–11, then one each for 12–23, 24–35, ...
export const PATTERNS = ['solid', 'stripes', 'dots', 'checks', 'cross', 'rings', 'bars', 'zigzag', 'grid'];

// Neutral land by terrain: pale, so that every player's colour stands out against it.
export const TERRAIN = {
  plains: '#EDEBD3',
  forest: '#C5D9B1',
  hills: '#E2CFA6',
  mountains: '#C8C3BC',
  water: '#BCD7E8',
};

export function hue(colour) {
  return HUES[((colour % HUES.length) + HUES.length) % HUES.length];
}

export function patternOf(colour) {
  return PATTERNS[Math.floor(Math.max(0, colour) / HUES.length) % PATTERNS.length];
}

// Relative luminance (WCAG) of '#rrggbb'.
function luminance(hex) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

// Whether text on this colour should be dark (true) or light.
export function darkInk(colour) {
  return luminance(hue(colour)) > 0.36;
}

// The marks of a pattern, in a tile of `size` pixels, drawn with the current stroke/fill style.
function drawMarks(ctx, pattern, size) {
  const s = size;
  ctx.lineWidth = Math.max(1, s / 8);
  ctx.beginPath();
  switch (pattern) {
    case 'stripes':
      ctx.moveTo(-s / 2, s / 2); ctx.lineTo(s / 2, -s / 2);
      ctx.moveTo(0, s); ctx.lineTo(s, 0);
      ctx.moveTo(s / 2, s * 1.5); ctx.lineTo(s * 1.5, s / 2);
      ctx.stroke();
      break;
    case 'dots':
      ctx.arc(s / 4, s / 4, s / 7, 0, Math.PI * 2);
      ctx.moveTo(s * 3 / 4 + s / 7, s * 3 / 4);
      ctx.arc(s * 3 / 4, s * 3 / 4, s / 7, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'checks':
      ctx.rect(0, 0, s / 2, s / 2);
      ctx.rect(s / 2, s / 2, s / 2, s / 2);
      ctx.fill();
      break;
    case 'cross':
      ctx.moveTo(0, 0); ctx.lineTo(s, s);
      ctx.moveTo(s, 0); ctx.lineTo(0, s);
      ctx.stroke();
      break;
    case 'rings':
      ctx.arc(s / 2, s / 2, s / 3.2, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case 'bars':
      ctx.rect(0, 0, s, s / 3);
      ctx.fill();
      break;
    case 'zigzag':
      ctx.moveTo(0, s * 0.7); ctx.lineTo(s / 2, s * 0.3); ctx.lineTo(s, s * 0.7);
      ctx.stroke();
      break;
    case 'grid':
      ctx.moveTo(s / 2, 0); ctx.lineTo(s / 2, s);
      ctx.moveTo(0, s / 2); ctx.lineTo(s, s / 2);
      ctx.stroke();
      break;
    default:
      break;
  }
}

// A tile of the colour: its hue and, past the first twelve, its pattern in a light or dark ink.
function tile(colour, size) {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const ctx = c.getContext('2d');
  ctx.fillStyle = hue(colour);
  ctx.fillRect(0, 0, size, size);
  const ink = darkInk(colour) ? 'rgba(0,0,0,.45)' : 'rgba(255,255,255,.6)';
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  drawMarks(ctx, patternOf(colour), size);
  return c;
}

const fills = new Map(); // "colour|ctx id" -> CanvasPattern or colour string
let ctxIds = new WeakMap();
let nextCtxId = 1;

// What to fill a region of this colour with on `ctx`: the hue, or a pattern over it whose tile
// is 12 CSS pixels whatever the zoom (`unitsPerPixel`: the drawing's units in one CSS pixel).
export function fillFor(ctx, colour, unitsPerPixel) {
  if (patternOf(colour) === 'solid') return hue(colour);
  if (!ctxIds.has(ctx)) ctxIds.set(ctx, nextCtxId++);
  const key = colour + '|' + ctxIds.get(ctx);
  if (!fills.has(key)) fills.set(key, { pattern: ctx.createPattern(tile(colour, 24), 'repeat'), scale: 0 });
  const f = fills.get(key);
  const scale = (unitsPerPixel || 1) / 2; // the tile is drawn at twice the size, for sharp screens
  if (f.scale !== scale && f.pattern.setTransform) {
    f.pattern.setTransform(new DOMMatrix([scale, 0, 0, scale, 0, 0]));
    f.scale = scale;
  }
  return f.pattern;
}

const swatches = new Map();
// A small image of the colour (a data: URL) for lists and legends.
export function swatchUrl(colour) {
  if (!swatches.has(colour)) {
    const c = document.createElement('canvas');
    c.width = c.height = 32;
    const ctx = c.getContext('2d');
    ctx.drawImage(tile(colour, 16), 0, 0);
    ctx.drawImage(tile(colour, 16), 16, 0);
    ctx.drawImage(tile(colour, 16), 0, 16);
    ctx.drawImage(tile(colour, 16), 16, 16);
    swatches.set(colour, c.toDataURL('image/png'));
  }
  return swatches.get(colour);
}

// Forgets the patterns made for canvases (after a canvas was replaced).
export function resetPatterns() {
  fills.clear();
  ctxIds = new WeakMap();
}
