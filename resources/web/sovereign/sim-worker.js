// SPDX-License-Identifier: GPL-3.0-or-later
// The background task of the match check (/sovereign/verify, verify.js): plays the replay it is
// sent again (sim-replay.js) away from the page, so that the page stays responsive through the
// 24,000 ticks of a long match, and says how far it got every few hundred ticks.
//   in:  {replay}
//   out: {type: 'progress', tick, last, matchTick}, then {type: 'done', result} or {type: 'error', message, cannotReplay}
import { ReplayError, replayMatch } from './sim-replay.js';

self.addEventListener('message', async (e) => {
  try {
    const result = await replayMatch(e.data.replay, {
      onProgress: (tick, last, matchTick) => self.postMessage({ type: 'progress', tick, last, matchTick }),
    });
    self.postMessage({ type: 'done', result });
  } catch (err) {
    self.postMessage({ type: 'error', message: String((err && err.message) || err), cannotReplay: err instanceof ReplayError });
  }
});
