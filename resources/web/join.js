// SPDX-License-Identifier: GPL-3.0-or-later
// The join screen of a page whose players type a code and a name, and nothing else (no seat to
// pick): #join-form with #join-code, #name, #join-button, #join-notice and #join-error. The page
// gives what differs: its title and button, what it sends with the code and name, what it does
// once joined, and any sentences of its own for the host's refusals.
import { t, $, setText, show, ApiError, errorText } from './common.js';

export class JoinScreen {
  // options: session (a PlayerSession), titleKey, buttonKey, showScreen(name), onShow(),
  // details() -> more fields of the join, onJoined(), ownText(error) -> a sentence or null.
  constructor(options) {
    this.o = options;
    $('#join-form').addEventListener('submit', (ev) => this.submit(ev));
  }

  // Back to the form (first visit, or the seat ended): the code and name as far as known.
  show(prefillCode, notice, prefillName) {
    this.o.session.stop();
    if (this.o.onShow) this.o.onShow();
    setText('#seat-label', '');
    document.title = t(this.o.titleKey) + ' — ' + t('brand');
    const code = $('#join-code');
    if (prefillCode) code.value = prefillCode.toUpperCase();
    if (prefillName && !$('#name').value) $('#name').value = prefillName;
    setText('#join-notice', notice || '');
    show('#join-notice', !!notice);
    show('#join-error', false);
    this.o.showScreen('join');
    (!code.value ? code : $('#name')).focus();
  }

  // A refusal, said in the page's language, with the cursor where it can be mended.
  error(e) {
    const box = $('#join-error');
    let text = e instanceof ApiError ? errorText(e) : (e.message || e.code);
    if (e.code === 'UNKNOWN_JOIN_CODE') text += ' ' + t('unknownCodeHint');
    const own = this.o.ownText ? this.o.ownText(e) : null;
    if (own) text = own;
    box.textContent = text;
    box.dataset.code = e.code || '';
    show(box, true);
    const focusOn = { INVALID_NAME: '#name', UNKNOWN_JOIN_CODE: '#join-code' }[e.code];
    if (focusOn) $(focusOn).focus();
  }

  async submit(ev) {
    ev.preventDefault();
    const joinCode = $('#join-code').value.trim().toUpperCase();
    const name = $('#name').value.trim();
    if (!joinCode) return this.error({ code: 'UNKNOWN_JOIN_CODE', message: t('joinMissingCode') });
    if (!name) return this.error({ code: 'INVALID_NAME', message: t('joinMissingName') });
    const button = $('#join-button');
    button.disabled = true;
    setText(button, t('joining'));
    show('#join-error', false);
    try {
      await this.o.session.join(Object.assign({ joinCode, name }, this.o.details ? this.o.details() : {}));
      this.o.onJoined();
    } catch (e) {
      this.error(e);
    } finally {
      button.disabled = false;
      setText(button, t(this.o.buttonKey));
    }
  }
}
