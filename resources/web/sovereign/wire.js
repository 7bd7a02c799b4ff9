// SPDX-License-Identifier: GPL-3.0-or-later
// The player's WebSocket in MessagePack (docs/protocol.md, "Binary frames"): common.js's
// Socket, which asks for `"encoding": "msgpack"` when it signs in, reads the host's binary
// frames from then on and sends its own messages as binary frames too. The sign-in itself is
// a JSON text frame, on every (re)connection. Pushes are merged into one view exactly as the
// JSON socket merges them (state, state.delta with append, removed and keyed patch).
import { Socket, ApiError } from '../common.js';
import { encode, decode } from './msgpack.js';

export class MsgpackSocket extends Socket {
  connect() {
    const fresh = !this.ws;
    super.connect();
    if (fresh && this.ws) {
      this.ws.binaryType = 'arraybuffer';
      this.binary = false; // the host speaks MessagePack on this connection once it has answered auth
    }
  }

  request(type, data, timeoutMs) {
    if (type === 'auth') data = Object.assign({}, data || {}, { encoding: 'msgpack' });
    return super.request(type, data, timeoutMs);
  }

  send(obj) {
    if (!this.binary) return super.send(obj);
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(encode(obj));
    return true;
  }

  onMessage(data) {
    if (typeof data === 'string') {
      super.onMessage(data);
      return;
    }
    let msg;
    try { msg = decode(new Uint8Array(data)); } catch { return; }
    if (!msg || typeof msg !== 'object') return;
    this.binary = true;
    this.frames = (this.frames || 0) + 1;
    this.handle(msg);
  }

  // As Socket.onMessage does with a parsed text frame.
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
    if (msg.type === 'state') {
      this.view = msg.data || {};
    } else if (msg.type === 'state.delta') {
      this.view = Object.assign({}, this.view || {}, msg.data || {});
      for (const [k, tail] of Object.entries(msg.append || {})) {
        this.view[k] = (Array.isArray(this.view[k]) ? this.view[k] : []).concat(tail);
      }
      for (const k of msg.removed || []) delete this.view[k];
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
}

// Makes a Socket that PlayerSession has just built and started speak MessagePack: the same
// object, with MsgpackSocket's methods. Its WebSocket is still connecting (nothing has been
// sent or received yet), so the sign-in that follows asks for MessagePack.
export function speakMsgpack(socket) {
  Object.setPrototypeOf(socket, MsgpackSocket.prototype);
  socket.binary = false;
  if (socket.ws) socket.ws.binaryType = 'arraybuffer';
  return socket;
}
