// SPDX-License-Identifier: GPL-3.0-or-later
// The player's WebSocket in MessagePack (docs/protocol.md, "Binary frames"): common.js's
// Socket, which asks for `"encoding": "msgpack"` when it signs in, reads the host's binary
// frames from then on and sends its own messages as binary frames too. The sign-in itself is
// a JSON text frame, on every (re)connection. Pushes are merged into one view by the JSON
// socket's own handle() (state, state.delta with append, removed and keyed patch).
import { Socket } from '../common.js';
import { encode, decode } from './msgpack.js';

export class MsgpackSocket extends Socket {
  connect() {
    const fresh = !this.ws;
    super.connect();
    if (fresh && this.ws) this.binary = false; // the host speaks MessagePack here once it has answered auth
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
    this.handle(msg); // as a parsed text frame
  }
}

// Makes a Socket that PlayerSession has just built and started speak MessagePack: the same
// object, with MsgpackSocket's methods. Its WebSocket is still connecting (nothing has been
// sent or received yet), so the sign-in that follows asks for MessagePack.
export function speakMsgpack(socket) {
  Object.setPrototypeOf(socket, MsgpackSocket.prototype);
  socket.binary = false;
  return socket;
}
