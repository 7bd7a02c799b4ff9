// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by every page (the players' pages, session.js and the facilitator page): texts, REST
// calls, the WebSocket connection with reconnects, number formatting and a small line chart.
// No libraries and no build step: the host serves these files as they are.
import { STRINGS } from './strings.js';

const ALL = STRINGS;

function pickLanguage() {
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (ALL[base]) return base;
  }
  return 'en';
}

const lang = pickLanguage();
const texts = Object.assign({}, ALL.en, ALL[lang]);
document.documentElement.lang = lang;

// A game kind's own texts (<kind>/strings.js, in the shape of strings.js), added by the kind's
// modules when they load, before their page renders. Kinds use their own key prefix.
function addStrings(more) {
  Object.assign(texts, more.en, more[lang]);
}

// t('orderSent', {week: 3}) -> the text with {week} filled in.
function t(key, vars) {
  let s = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

// Like t(), but as DOM nodes, with a node (a <strong>, say) in the place of each {name}.
function tNodes(key, nodes) {
  const out = [];
  t(key).split(/(\{\w+\})/).forEach((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    if (m && nodes && m[1] in nodes) out.push(nodes[m[1]]);
    else if (part) out.push(document.createTextNode(part));
  });
  return out;
}

// Fills data-i18n (text) and data-i18n-attr ("attr:key;attr:key") in the page.
function translatePage(root) {
  (root || document).querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  (root || document).querySelectorAll('[data-i18n-attr]').forEach((el) => {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim()));
    }
  });
}

const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
function fmt(v) {
  if (v === null || v === undefined || v === '' || Number.isNaN(Number(v))) return '–';
  return numberFormat.format(Number(v));
}
// Money per case, always with two decimals: 0.50, 1.00 (0,50 in German).
const moneyFormat = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function fmtMoney(v) {
  if (v === null || v === undefined || v === '' || Number.isNaN(Number(v))) return '–';
  return moneyFormat.format(Number(v));
}

// The text for a refusal by the host: its own (English) message on English pages, else the
// page language's text for the code (errSeatTaken for SEAT_TAKEN) when strings.js has one.
function errorText(e) {
  if (!e) return '';
  const key = 'err' + String(e.code || '').toLowerCase().replace(/(^|_)([a-z])/g, (m, u, c) => c.toUpperCase());
  const has = Object.prototype.hasOwnProperty.call(texts, key);
  if (has && (lang !== 'en' || !e.message)) return texts[key];
  return e.message || e.code || '';
}

function $(sel, root) { return (root || document).querySelector(sel); }

// Small DOM builder: el('td', {class: 'num'}, '12').
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function setText(sel, value) {
  const e = typeof sel === 'string' ? $(sel) : sel;
  if (e && e.textContent !== String(value)) e.textContent = value;
}

function show(sel, visible) {
  const e = typeof sel === 'string' ? $(sel) : sel;
  if (e) e.hidden = !visible;
}

class ApiError extends Error {
  constructor(code, message, status) {
    super(message || code);
    this.code = code;
    this.status = status;
  }
}

// REST call; resolves to the JSON body or throws ApiError with the server's code and message.
async function api(path, options) {
  const o = options || {};
  const headers = { Accept: 'application/json' };
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  if (o.token) headers.Authorization = 'Bearer ' + o.token;
  let res;
  try {
    res = await fetch(path, {
      method: o.method || (o.body !== undefined ? 'POST' : 'GET'),
      headers,
      body: o.body !== undefined ? JSON.stringify(o.body) : undefined,
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('NETWORK', t('errorNetwork'), 0);
  }
  if (o.raw && res.ok) return res;
  let body;
  try { body = await res.json(); } catch { body = null; }
  if (!res.ok) {
    const err = body && body.error ? body.error : { code: 'HTTP_' + res.status, message: res.statusText };
    throw new ApiError(err.code, err.message, res.status);
  }
  return body;
}

// One WebSocket to /ws that authenticates, answers requests by id, reconnects with backoff and
// notices a dead connection (a phone that slept, a Wi-Fi hand-over) by its own pings.
//   auth():     returns the data of the auth message ({token} or {resumeToken})
//   onAuthed(reply, socket), onAuthFailed(error, socket) -> 'now' | 'later' | anything else to stop
//   onPush(type, data), onStatus('connecting'|'online'|'offline'|'closed', detail)
//   'closed': the host closed the socket for good (kicked 4001, banned 4003); detail has
//   {code, reason} and the socket does not reconnect by itself.
const CAN_INFLATE = typeof DecompressionStream === 'function';

// A zlib stream: its first byte is 0x78, which no JSON or MessagePack message starts with.
function isCompressedFrame(data) {
  return data instanceof ArrayBuffer && data.byteLength >= 2 && new Uint8Array(data)[0] === 0x78;
}

// The message inside a compressed frame: JSON text, or the MessagePack bytes of a session that
// asked for them.
async function inflateFrame(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  const bytes = await new Response(stream).arrayBuffer();
  return new Uint8Array(bytes)[0] === 0x7b ? new TextDecoder().decode(bytes) : bytes;
}

class Socket {
  constructor(handlers) {
    this.h = handlers;
    this.ws = null;
    this.authed = false;
    this.serial = 0;       // counts authenticated connections
    this.nextId = 1;
    this.pending = new Map();
    this.retry = 0;
    this.timer = null;
    this.pingTimer = null;
    this.stopped = true;
    this.clockOffset = 0;  // server time minus local time, from pings
    this.everOnline = false;
    this.inbox = Promise.resolve(); // frames waiting behind one being inflated, in order
    this.queued = 0;
    window.addEventListener('online', () => this.kick());
    window.addEventListener('offline', () => this.kick(true)); // is the socket still alive?
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.kick(true);
    });
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.drop();
  }

  // Reconnect now if we are waiting to; with `probe`, check a live socket with a ping.
  kick(probe) {
    if (this.stopped) return;
    if (!this.ws) {
      clearTimeout(this.timer);
      this.retry = 0;
      this.connect();
    } else if (probe && this.authed) {
      this.ping();
    }
  }

  connect() {
    if (this.stopped || this.ws) return;
    clearTimeout(this.timer);
    this.status(this.everOnline ? 'offline' : 'connecting');
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    let ws;
    try {
      ws = new WebSocket(url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.authed = false;
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => this.authenticate();
    ws.onmessage = (ev) => this.arrive(ws, ev.data);
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      // 4001 (kicked) and 4003 (banned): the facilitator means it. Coming back at once would
      // undo the kick; say why instead, and stay away until the player reloads.
      if (ev.code === 4001 || ev.code === 4003) {
        this.stop();
        this.status('closed', { code: ev.code, reason: ev.reason || '' });
        return;
      }
      this.lost();
    };
    ws.onerror = () => { /* onclose follows */ };
  }

  authenticate() {
    let data = this.h.auth();
    if (!data) { this.stop(); return; }
    // Large messages (a map) come compressed when this browser can inflate them.
    if (CAN_INFLATE) data = Object.assign({}, data, { compression: 'zlib' });
    this.request('auth', data).then((reply) => {
      this.authed = true;
      this.everOnline = true;
      this.retry = 0;
      this.serial += 1;
      this.status('online');
      this.startPings();
      if (this.h.onAuthed) this.h.onAuthed(reply, this);
    }, (err) => {
      if (err.code === 'DISCONNECTED') return;
      // The page decides: 'now' (it changed what auth() returns), 'later' (back off), or stop.
      const next = this.h.onAuthFailed ? this.h.onAuthFailed(err, this) : 'later';
      if (next === 'now' && this.ws && this.ws.readyState === WebSocket.OPEN) this.authenticate();
      else if (next === 'now' || next === 'later') this.lost();
      else this.stop();
    });
  }

  send(obj) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(obj));
    return true;
  }

  // Resolves with the `data` of the matching ok, rejects with {code, message}.
  request(type, data, timeoutMs) {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const msg = { type, id };
      if (data !== undefined) msg.data = data;
      if (!this.send(msg)) {
        reject(new ApiError('DISCONNECTED', 'not connected', 0));
        return;
      }
      const entry = { resolve, reject, timer: null };
      if (timeoutMs) {
        entry.timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new ApiError('TIMEOUT', 'no answer', 0));
        }, timeoutMs);
      }
      this.pending.set(id, entry);
    });
  }

  get online() { return !!(this.ws && this.authed); }

  // A frame from the host. A compressed one (docs/protocol.md, "Compressed frames") is inflated
  // first; whatever arrives while it inflates waits behind it, so messages keep their order.
  arrive(ws, data) {
    const compressed = isCompressedFrame(data);
    if (!compressed && this.queued === 0) {
      this.onMessage(data);
      return;
    }
    this.queued += 1;
    this.inbox = this.inbox
      .then(async () => {
        const message = compressed ? await inflateFrame(data) : data;
        if (this.ws === ws) this.onMessage(message);
      })
      .catch(() => { /* a frame that does not inflate is dropped, as one that does not parse */ })
      .finally(() => { this.queued -= 1; });
  }

  onMessage(text) {
    let msg;
    try { msg = JSON.parse(text); } catch { return; }
    if (!msg || typeof msg !== 'object') return;
    this.handle(msg);
  }

  // A message, parsed: an answer to a request, an error, or a push.
  handle(msg) {
    if ((msg.type === 'ok' || msg.type === 'error') && msg.re !== undefined && this.pending.has(msg.re)) {
      const entry = this.pending.get(msg.re);
      this.pending.delete(msg.re);
      clearTimeout(entry.timer);
      if (msg.type === 'ok') entry.resolve(msg.data || {});
      else entry.reject(new ApiError(msg.code, msg.message, 0));
      return;
    }
    if (msg.type === 'error') {
      if (this.h.onError) this.h.onError(new ApiError(msg.code, msg.message, 0));
      return;
    }
    // The host sends a full "state" first, then "state.delta" with only the fields that
    // changed: merge them here so the pages always see a whole view.
    if (msg.type === 'state') {
      this.view = msg.data || {};
    } else if (msg.type === 'state.delta') {
      this.view = Object.assign({}, this.view || {}, msg.data || {});
      for (const [k, tail] of Object.entries(msg.append || {})) {
        this.view[k] = (Array.isArray(this.view[k]) ? this.view[k] : []).concat(tail);
      }
      for (const k of msg.removed || []) delete this.view[k];
      // Fields keyed by entity (a map's cells): only the entries that changed, null for gone.
      for (const [k, entries] of Object.entries(msg.patch || {})) {
        const merged = Object.assign({}, this.view[k] || {});
        for (const [id, value] of Object.entries(entries)) {
          if (value === null) delete merged[id];
          else merged[id] = value;
        }
        this.view[k] = merged;
      }
      if (this.h.onPush) this.h.onPush('state', this.view);
      return;
    }
    if (this.h.onPush) this.h.onPush(msg.type, msg.data || {});
  }

  startPings() {
    clearInterval(this.pingTimer);
    this.ping();
    this.pingTimer = setInterval(() => this.ping(), 20000);
  }

  ping() {
    const sent = Date.now();
    const ws = this.ws;
    this.request('ping', undefined, 8000).then((d) => {
      const now = Date.now();
      if (typeof d.now === 'number') this.clockOffset = d.now - (sent + now) / 2;
    }, (err) => {
      // No answer in time: the connection is dead even if the browser has not noticed.
      if (err.code === 'TIMEOUT' && this.ws === ws) this.lost();
    });
  }

  drop() {
    clearInterval(this.pingTimer);
    const ws = this.ws;
    this.ws = null;
    this.authed = false;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try { ws.close(); } catch { /* already closed */ }
    }
    for (const [, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new ApiError('DISCONNECTED', 'connection lost', 0));
    }
    this.pending.clear();
  }

  lost() {
    this.drop();
    if (this.stopped) return;
    this.status(this.everOnline ? 'offline' : 'connecting');
    this.scheduleReconnect();
  }

  scheduleReconnect() {
    clearTimeout(this.timer);
    // 0.5 s, 1 s, 2 s, ... up to 10 s, with jitter so a whole class does not reconnect at once.
    const base = Math.min(10000, 500 * Math.pow(2, this.retry));
    this.retry += 1;
    this.timer = setTimeout(() => this.connect(), base * (0.75 + Math.random() * 0.5));
  }

  status(s, detail) {
    if (this.h.onStatus) this.h.onStatus(s, detail);
  }

  serverNow() { return Date.now() + this.clockOffset; }
}

// What a page shows when the host closed its socket for good (onStatus 'closed').
function closedText(detail) {
  const reason = (detail && detail.reason) || '';
  if (detail && detail.code === 4003) return reason ? t('bannedReason', { reason }) : t('banned');
  return reason ? t('kickedReason', { reason }) : t('kicked');
}

// A line chart on a <canvas>, sized to its box and sharp on high-density screens.
//   series: [{label, color, values: [number|null per week], dashed}]
function drawLineChart(canvas, series, opts) {
  const o = opts || {};
  const dpr = window.devicePixelRatio || 1;
  const cssWidth = canvas.clientWidth || 320;
  const cssHeight = o.height || Math.round(Math.min(320, Math.max(180, cssWidth * 0.55)));
  canvas.style.height = cssHeight + 'px';
  canvas.width = Math.round(cssWidth * dpr);
  canvas.height = Math.round(cssHeight * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, cssWidth, cssHeight);

  const styles = getComputedStyle(canvas);
  const ink = styles.getPropertyValue('--chart-ink').trim() || '#334155';
  const grid = styles.getPropertyValue('--chart-grid').trim() || '#e2e8f0';
  const font = '12px ' + (styles.fontFamily || 'sans-serif');

  const n = Math.max(1, ...series.map((s) => s.values.length));
  let max = 0;
  for (const s of series) for (const v of s.values) if (typeof v === 'number' && v > max) max = v;
  // Whole-number steps of 1, 2 or 5 times a power of ten; at most 5 grid lines above zero.
  const tickStep = niceStep(Math.max(max, o.minMax || 4) / 4);
  const ticks = Math.max(1, Math.ceil(Math.max(max, o.minMax || 4) / tickStep));
  max = ticks * tickStep;

  const pad = { left: 40, right: 12, top: 12, bottom: 26 };
  const w = cssWidth - pad.left - pad.right;
  const h = cssHeight - pad.top - pad.bottom;
  const x = (i) => pad.left + (n <= 1 ? w / 2 : (i * w) / (n - 1));
  const y = (v) => pad.top + h - (v / max) * h;

  ctx.font = font;
  ctx.lineWidth = 1;
  ctx.strokeStyle = grid;
  ctx.fillStyle = ink;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let k = 0; k <= ticks; k++) {
    const v = k * tickStep;
    const yy = Math.round(y(v)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(pad.left, yy);
    ctx.lineTo(pad.left + w, yy);
    ctx.stroke();
    ctx.fillText(fmt(v), pad.left - 6, yy);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  // Week labels evenly apart, as many as fit: every week, every other one from 1 (1, 3, 5),
  // or 1 and every 5th, 10th, 20th (1, 10, 20, 30); never "1, 2, 4, 6".
  const step = niceStep(n / Math.max(2, Math.floor(w / 34)));
  const labelled = [];
  for (let week = 1; week <= n; week += 1) {
    if (step <= 2 ? (week - 1) % step === 0 : week === 1 || week % step === 0) labelled.push(week);
  }
  for (const week of labelled) ctx.fillText(String(week), x(week - 1), pad.top + h + 6);
  canvas.dataset.weekLabels = labelled.join(',');

  for (const s of series) {
    ctx.strokeStyle = s.color;
    ctx.fillStyle = s.color;
    ctx.lineWidth = s.width || 2.5;
    ctx.setLineDash(s.dashed ? [6, 4] : []);
    ctx.lineJoin = 'round';
    ctx.beginPath();
    let started = false;
    s.values.forEach((v, i) => {
      if (typeof v !== 'number') { started = false; return; }
      if (!started) { ctx.moveTo(x(i), y(v)); started = true; } else ctx.lineTo(x(i), y(v));
    });
    ctx.stroke();
    ctx.setLineDash([]);
    if (n <= 16) {
      s.values.forEach((v, i) => {
        if (typeof v !== 'number') return;
        ctx.beginPath();
        ctx.arc(x(i), y(v), 2.5, 0, Math.PI * 2);
        ctx.fill();
      });
    }
  }
}

function niceStep(raw) {
  if (raw <= 1) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

// A legend list matching a chart's series.
function legend(list, series) {
  list.replaceChildren(...series.map((s) => el('li', null,
    el('span', { class: 'swatch' + (s.dashed ? ' dashed' : ''), dataset: { color: s.color } }), s.label)));
  list.querySelectorAll('.swatch').forEach((sw) => { sw.style.borderColor = sw.dataset.color; });
}

// A message from the facilitator, shown on top of any player page (a #notice banner with
// #notice-text and #notice-close) until the player closes it.
function showNotice(data) {
  const banner = $('#notice');
  if (!banner) return;
  setText($('#notice-text'), t('noticeFrom', { text: String((data && data.text) || '') }));
  show(banner, true);
  const close = $('#notice-close');
  if (close && !close.dataset.wired) {
    close.dataset.wired = '1';
    close.addEventListener('click', () => show(banner, false));
  }
}

export { addStrings, showNotice, t, tNodes, translatePage, fmt, fmtMoney, errorText, $, el, setText, show, api,
  ApiError, Socket, closedText, drawLineChart, legend, lang };
