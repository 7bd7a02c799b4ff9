// SPDX-License-Identifier: GPL-3.0-or-later
// A player's seat, for the player page of every kind of game: the stored token and resume token,
// joining, the WebSocket (common.js's Socket: reconnects with backoff) that authenticates with
// the token and, once that is refused, with the resume token; the offline outbox of commands;
// the facilitator's notices (`notice`, shown in the page's #notice banner); the seat released
// by the facilitator (`seat.released`) or left by the player; and the connection banner
// (#connection). The page itself only renders what it is handed (docs/protocol.md).
import { t, api, ApiError, Socket, showNotice, closedText, $, setText, show } from './common.js';

function load(storage, key) {
  try { return JSON.parse(storage.getItem(key) || 'null'); } catch { return null; }
}
function save(storage, key, value) {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch { /* private mode without storage: the page still works until a reload */ }
}

// Commands waiting for the host's answer (an order, a bet), kept until it comes, so that a
// dropped connection does not lose one; with a storage key, a reload does not either. A player
// has one open at a time, so the outbox holds one. The page decides when to send it again
// (the host ignores a repeat of the same client id).
export class Outbox {
  constructor(storage, key) {
    this.storage = storage;
    this.key = key || '';
    this.memory = null;
  }

  get() { return this.key ? load(this.storage, this.key) : this.memory; }

  put(command) {
    if (this.key) save(this.storage, this.key, command);
    else this.memory = command;
  }

  // Empties the outbox; with `match`, only if the command in it is that one.
  clear(match) {
    const current = this.get();
    if (current === null || (match && !match(current))) return;
    this.put(null);
  }
}

export class PlayerSession {
  // options:
  //   kind        the game kind of the page (its folder's name): `state` pushes of another are ignored
  //   path        the page's address (GameKind::webPages); ?code= is kept there, so a reload comes back
  //   storage     'local' (the seat outlives the tab) or 'session' (per tab)
  //   key         where the seat is kept in that storage
  //   outboxKey   where the outbox is kept; without one it lives in memory only
  //   onState(view), onPush(type, data) for pushes other than state, notice and seat.released,
  //   onAuthed(reply) after each (re)authentication, onError(error) for unrequested errors,
  //   onConnection(status) after the banner changed,
  //   onEnded(code, notice, name): the seat is gone: show the join form with these filled in
  constructor(options) {
    this.o = options;
    this.storage = null;
    try {
      this.storage = options.storage === 'session' ? window.sessionStorage : window.localStorage;
    } catch { /* storage refused: the page works until a reload */ }
    this.info = this.storage ? load(this.storage, options.key) : null; // {token, resumeToken, gameId, playerId, name, joinCode, team?, role?}
    this.outbox = new Outbox(this.storage, this.storage ? options.outboxKey : '');
    this.socket = null;
    this.useResume = false;     // the token was refused: authenticate with the resume token
    this.tokenRefused = '';     // the code that refused the token before we tried the resume token
    this.leaving = false;       // the player asked to leave the seat; the answer is on its way
    this.checkingSeat = false;  // a push suggests the seat is someone else's now: asking the host
    this.connectingTimer = null;
  }

  store() {
    if (this.storage) save(this.storage, this.o.key, this.info);
  }

  get online() { return !!(this.socket && this.socket.online); }

  // Counts authenticated connections: a command sent on an earlier one may need sending again.
  get serial() { return this.socket ? this.socket.serial : 0; }

  serverNow() { return this.socket ? this.socket.serverNow() : Date.now(); }

  request(type, data) {
    if (!this.socket) return Promise.reject(new ApiError('DISCONNECTED', 'not connected', 0));
    return this.socket.request(type, data);
  }

  // The join code in the page's address (?code=), upper case.
  static codeInUrl() {
    return (new URLSearchParams(location.search).get('code') || '').trim().toUpperCase();
  }

  url(code) { return this.o.path + (code ? '?code=' + encodeURIComponent(code) : ''); }

  // Whether the stored seat is the one the address asks for (or it asks for none): then the page
  // resumes it instead of showing the join form.
  canResume(code) {
    const s = this.info;
    return !!(s && s.token && (!code || code === String(s.joinCode || '').toUpperCase()));
  }

  // Takes a seat (POST /api/games/join; `token` for a wallet's sign-in) and keeps it. Throws the
  // host's refusal (ApiError).
  async join(body, token) {
    const r = await api('/api/games/join', { body, token });
    // The answer as the host gave it: tokens, ids and the seat in the kind's own terms (a team
    // and a role, say), which only the kind's page reads.
    this.info = { ...r, name: r.name || body.name, joinCode: body.joinCode };
    this.store();
    this.outbox.clear();
    // Keep the code in the address so a reload comes back to this seat, not to the form.
    history.replaceState(null, '', this.url(body.joinCode));
    return r;
  }

  // Connects (again) with the stored seat.
  start() {
    this.useResume = false;
    this.tokenRefused = '';
    this.stop();
    const o = this.o;
    this.socket = new Socket({
      auth: () => {
        if (!this.info) return null;
        return this.useResume ? { resumeToken: this.info.resumeToken } : { token: this.info.token };
      },
      onAuthed: (reply) => {
        if (reply.token && this.info) {
          this.info.token = reply.token;
          this.store();
        }
        this.useResume = false;
        this.tokenRefused = '';
        if (o.onAuthed) o.onAuthed(reply);
      },
      onAuthFailed: (err) => this.authFailed(err),
      onPush: (type, data) => {
        if (type === 'state') {
          if (data && data.kind === o.kind && o.onState) o.onState(data);
        } else if (type === 'notice') {
          showNotice(data);
        } else if (type === 'seat.released') {
          // The facilitator freed the seat; a player leaving it themselves is told so by leave().
          if (!this.leaving) this.end('seatFreed');
        } else if (o.onPush) {
          o.onPush(type, data);
        }
      },
      onError: (err) => { if (o.onError) o.onError(err); },
      onStatus: (status, detail) => this.connection(status, detail),
    });
    this.socket.start();
  }

  stop() {
    if (this.socket) this.socket.stop();
    this.socket = null;
  }

  authFailed(err) {
    if ((err.code === 'TOKEN_EXPIRED' || err.code === 'TOKEN_INVALID') && !this.useResume && this.info
        && this.info.resumeToken) {
      this.useResume = true;
      this.tokenRefused = err.code;
      return 'now';
    }
    // A valid-looking token the host no longer accepts, and an unknown resume token: the seat
    // was freed (by the facilitator, or left from another tab). Do not try again.
    if (err.code === 'RESUME_TOKEN_INVALID' && this.tokenRefused === 'TOKEN_INVALID') {
      this.end('seatFreed');
      return 'stop';
    }
    if (['TOKEN_EXPIRED', 'TOKEN_INVALID', 'RESUME_TOKEN_INVALID', 'AUTH_REQUIRED'].includes(err.code)) {
      this.end('sessionLost');
      return 'stop';
    }
    return 'later';
  }

  // Forgets the seat and its outbox, and closes the connection.
  forget() {
    this.stop();
    this.info = null;
    this.store();
    this.outbox.clear();
  }

  // The seat is gone (left here, freed by the facilitator, or unknown to the host): forget it,
  // and the page shows the join form with the game's code and the name filled in, and why.
  end(noticeKey) {
    const s = this.info;
    const code = (s && s.joinCode) || PlayerSession.codeInUrl();
    const name = s ? s.name || '' : '';
    this.forget();
    history.replaceState(null, '', this.url(code));
    if (this.o.onEnded) this.o.onEnded(code, t(noticeKey), name);
  }

  // The player leaves the seat (POST /api/seats/leave). Resolves to null once left (the page is
  // then on the join form, through onEnded), or to the host's refusal.
  async leave() {
    const s = this.info;
    if (!s || this.leaving) return null;
    this.leaving = true;
    try {
      await api('/api/seats/leave', { body: { gameId: s.gameId }, token: s.token });
    } catch (e) {
      // A refused token means the seat is not ours any more: as good as left.
      if (e.code !== 'TOKEN_INVALID') {
        this.leaving = false;
        return e;
      }
    }
    if (this.info === s) this.end('leftNotice');
    this.leaving = false;
    return null;
  }

  // A push showed the seat with another name or none: ask the host whether the token still
  // holds it. The facilitator may have freed it (the host then refuses the token).
  async verifySeat() {
    const s = this.info;
    if (!s || this.checkingSeat || this.leaving) return;
    this.checkingSeat = true;
    try {
      await api('/api/games/' + encodeURIComponent(s.gameId), { token: s.token });
    } catch (e) {
      if (e.code === 'TOKEN_INVALID' && this.info === s && !this.leaving) this.end('seatFreed');
    } finally {
      this.checkingSeat = false;
    }
  }

  // The #connection banner: nothing while online, "reconnecting" when the connection dropped,
  // why when the host closed it for good, "connecting" only if the first connection takes a moment.
  connection(status, detail) {
    const banner = $('#connection');
    clearTimeout(this.connectingTimer);
    if (status === 'closed') {
      setText(banner, closedText(detail));
      show(banner, true);
    } else if (status === 'online') {
      show(banner, false);
    } else if (status === 'offline') {
      setText(banner, t('reconnecting'));
      show(banner, true);
    } else {
      this.connectingTimer = setTimeout(() => {
        setText(banner, t('connecting'));
        show(banner, true);
      }, 1500);
    }
    document.body.classList.toggle('is-offline', status !== 'online');
    if (this.o.onConnection) this.o.onConnection(status);
  }
}
