// SPDX-License-Identifier: GPL-3.0-or-later
// Getting a finished match's replay from the host (GET /api/sovereign/<id>/replay), for the
// replay viewer and the check page: with the seat of the player page in this tab when it is of
// this match, else the facilitator's token; a player's lapsed token is renewed once with the
// seat's resume token; when neither will do, the page asks the facilitator to sign in.
import { api, errorText, $, setText, show } from '../common.js';

const TOKEN_KEY = 'steward.facilitatorToken'; // the facilitator page's (facilitator.js)
const SEAT_KEY = 'steward.sovereign';         // the player page's seat (player.js)
const REFUSED = ['TOKEN_EXPIRED', 'TOKEN_INVALID', 'AUTH_REQUIRED'];

function readJson(key) {
  try { return JSON.parse(sessionStorage.getItem(key) || 'null'); } catch { return null; }
}

export class ReplayAccess {
  constructor(gameId) {
    this.gameId = gameId;
    this.token = '';
    this.via = '';     // 'player', 'facilitator', or '' (nobody yet)
    this.seat = null;  // the player page's seat, when it is of this match
    this.resumed = false;
    this.chooseToken();
  }

  chooseToken() {
    const seat = readJson(SEAT_KEY);
    if (seat && seat.token && seat.gameId === this.gameId) {
      this.seat = seat;
      this.token = seat.token;
      this.via = 'player';
      return;
    }
    this.seat = null;
    try { this.token = sessionStorage.getItem(TOKEN_KEY) || ''; } catch { this.token = ''; }
    this.via = this.token ? 'facilitator' : '';
  }

  // Signs the facilitator in (throws the host's refusal), and keeps the token for this tab.
  async signIn(username, password) {
    const r = await api('/api/players/authenticate', { body: { username, password } });
    try { sessionStorage.setItem(TOKEN_KEY, r.token); } catch { /* signed in until a reload */ }
    this.token = r.token;
    this.via = 'facilitator';
  }

  // The sign-in card both pages show (#login-form: #username, #password, #login-button,
  // #login-error): true once signed in, else the host's refusal is shown on the card.
  async signInFromForm(ev) {
    ev.preventDefault();
    const button = $('#login-button');
    button.disabled = true;
    show('#login-error', false);
    try {
      await this.signIn($('#username').value.trim(), $('#password').value);
      $('#password').value = '';
      return true;
    } catch (e) {
      setText('#login-error', errorText(e));
      show('#login-error', true);
      return false;
    } finally {
      button.disabled = false;
    }
  }

  // {replay}; or {signIn: message} when the page must ask for the facilitator's password
  // (message empty, or why the token it had was refused); or {error} for anything else.
  async fetch() {
    if (!this.token) return { signIn: '' };
    try {
      return { replay: await api('/api/sovereign/' + encodeURIComponent(this.gameId) + '/replay', { token: this.token }) };
    } catch (e) {
      if (REFUSED.includes(e.code) && this.via === 'player' && this.seat.resumeToken && !this.resumed) {
        this.resumed = true;
        try {
          const r = await api('/api/players/resume', { body: { resumeToken: this.seat.resumeToken } });
          this.seat.token = r.token;
          this.token = r.token;
          try { sessionStorage.setItem(SEAT_KEY, JSON.stringify(this.seat)); } catch { /* until a reload */ }
          return this.fetch();
        } catch { /* the seat is gone: ask the host instead */ }
      }
      if (REFUSED.includes(e.code) || (e.code === 'FORBIDDEN' && this.via !== 'facilitator')) {
        this.token = '';
        return { signIn: e.code === 'FORBIDDEN' ? errorText(e) : '' };
      }
      return { error: e };
    }
  }
}
