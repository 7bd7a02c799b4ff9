// SPDX-License-Identifier: GPL-3.0-or-later
// What the headless-Chromium tests share (tests/browser/play.mjs, tests/browser/rounds.mjs,
// tests/verify/verify_page.mjs): Chromium and playwright-core or exit 77 (skipped), the TAP-like
// checks, a real steward-host on a free port with a throw-away data folder, REST calls to it,
// the screenshot folder ($STEWARD_TEST_OUTPUT), page-error and CSP watching, and the run with
// its cleanup. Plain node: nothing is imported from node_modules until loadPlaywright().

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SKIP = 77;
export const started = Date.now();

// Skipped on a machine without the part; in CI (STEWARD_TEST_REQUIRE_ALL=1, set by .ci/run) a
// missing part fails the test instead, so that a run that tested nothing cannot pass.
export function skip(why) {
  if (process.env.STEWARD_TEST_REQUIRE_ALL === '1') {
    console.log('not ok 1 - a real part is missing: ' + why);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log('SKIP: ' + why);
  process.exit(SKIP);
}

// Chromium and playwright-core (resolved from tests/browser/node_modules), or exit 77.
export async function loadPlaywright() {
  if (!fs.existsSync(CHROMIUM)) skip(`${CHROMIUM} is missing (install it: apt-get install -y chromium)`);
  try {
    return await import('playwright-core');
  } catch (e) {
    return skip('node_modules/playwright-core is missing (run: npm install, in tests/browser)');
  }
}

export function launchChromium(chromium) {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

// The steward-host binary from the command line or STEWARD_HOST_BIN; usage and exit 1 without it.
export function hostBinFromArgs(script) {
  const hostBin = process.argv[2] || process.env.STEWARD_HOST_BIN;
  if (!hostBin || !fs.existsSync(hostBin)) {
    console.error(`usage: node ${script} /path/to/steward-host   (or set STEWARD_HOST_BIN)`);
    console.error(hostBin ? `not found: ${hostBin}` : 'no steward-host given');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  return hostBin;
}

// Where screenshots go: $STEWARD_TEST_OUTPUT, or ./test-output; made if missing.
export let outDir = '';
export function testOutputDir() {
  outDir = path.resolve(process.env.STEWARD_TEST_OUTPUT || 'test-output');
  fs.mkdirSync(outDir, { recursive: true });
  return outDir;
}

// ------------------------------------------------------------------------------------------
// Checks

export let passed = 0;
export let failed = 0;
export function check(ok, name, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok ${passed + failed} - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok ${passed + failed} - ${name}${detail ? ' — ' + detail : ''}`);
  }
  return ok;
}
export function eq(actual, expected, name) {
  return check(Object.is(actual, expected), name, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
export function log(msg) {
  console.log(`# [${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
}
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------
// The host

// A steward-host to be started on 127.0.0.1 and a free port, with a new data folder (in the
// temporary directory, named from `tmpPrefix`) and a random admin password. `args` go before
// --data-dir, `env` on top of this process's. The REST helpers send `host.token` unless told.
export function stewardHost({ bin, tmpPrefix, args = [], env = {}, listenTimeoutMs = 20000, killAfterMs = 5000 }) {
  const host = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix)),
    password: crypto.randomBytes(18).toString('base64url'),
    log: [], // its stdout, and stderr lines prefixed "stderr: "
    process: null,
    base: '',
    token: '',
  };

  // Resolves with the base URL once the host prints "Listening on http://ADDRESS:PORT" (on
  // 127.0.0.1 unless `args` bind it elsewhere; the test reaches it on loopback either way).
  host.start = () => new Promise((resolve, reject) => {
    const child = spawn(bin, ['--port', '0', '--bind', '127.0.0.1', ...args, '--data-dir', host.dataDir], {
      env: { ...process.env, STEWARD_ADMIN_PASSWORD: host.password, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    host.process = child;
    const timer = setTimeout(() => reject(new Error(
      `steward-host did not report "Listening on" within ${listenTimeoutMs / 1000} s`)), listenTimeoutMs);
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`steward-host exited early (code ${code}, signal ${signal})`));
    });
    readline.createInterface({ input: child.stderr }).on('line', (l) => host.log.push('stderr: ' + l));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      host.log.push(line);
      const m = /^Listening on http:\/\/(127\.0\.0\.1|0\.0\.0\.0):(\d+)\s*$/.exec(line);
      if (m && Number(m[2]) > 0) {
        clearTimeout(timer);
        host.base = `http://127.0.0.1:${m[2]}`;
        resolve(host.base);
      }
    });
  });

  const running = () => host.process && host.process.exitCode === null && host.process.signalCode === null;

  // SIGTERM, then SIGKILL if it is still there after killAfterMs.
  host.stop = async () => {
    if (!running()) return;
    const child = host.process;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => { try { child.kill('SIGKILL'); } catch (e) { /* gone */ } }, killAfterMs);
    await exited;
    clearTimeout(timer);
  };
  // For process 'exit' handlers, where nothing can be awaited.
  host.kill = () => { if (running()) host.process.kill('SIGKILL'); };
  host.removeDataDir = () => fs.rmSync(host.dataDir, { recursive: true, force: true });

  const call = (method, urlPath, body, token) => fetch(host.base + urlPath, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // The answer's JSON (or text); throws on a status other than 2xx.
  host.rest = async (method, urlPath, body, token = host.token) => {
    const res = await call(method, urlPath, body, token);
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch (e) { json = null; }
    if (!res.ok) throw new Error(`${method} ${urlPath} -> ${res.status} ${text}`);
    return json ?? text;
  };
  // The status and the JSON (null if none), without throwing.
  host.restStatus = async (method, urlPath, body, token = host.token) => {
    const res = await call(method, urlPath, body, token);
    let json = null;
    try { json = await res.json(); } catch (e) { json = null; }
    return { status: res.status, json };
  };
  // For calls expected to fail: the status and the error code, without throwing.
  host.restRefusal = async (method, urlPath, body, token) => {
    const { status, json } = await host.restStatus(method, urlPath, body, token);
    return { status, code: json?.error?.code ?? null };
  };
  return host;
}

// ------------------------------------------------------------------------------------------
// Pages

// Uncaught page errors and Content-Security-Policy violations of `page` go to `problems`,
// prefixed "label: " when a label is given.
export function watchPage(page, problems, label) {
  const prefix = label === undefined ? '' : `${label}: `;
  page.on('pageerror', (e) => problems.push(`${prefix}uncaught ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(prefix + m.text());
  });
}

// A full-page (by default) screenshot into the output folder; returns its path.
export async function shot(page, name, fullPage = true) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file, fullPage });
  log(`screenshot ${file}`);
  return file;
}

// ------------------------------------------------------------------------------------------
// The run

// Runs main() against `host` and exits: 0 when every check passed, 1 otherwise. The host never
// outlives the test, however it ends (exception, signal, or `deadlineMs`, kept well below
// ctest's TIMEOUT so that this cleanup still runs); `browser()` is closed if there is one.
export async function runTest(main, { host, browser = () => null, deadlineMs = 150000 }) {
  process.on('exit', () => {
    host.kill();
    host.removeDataDir();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      console.log(`# ${sig}: stopping`);
      console.log(`${passed} passed, ${failed + 1} failed`);
      process.exit(1); // the exit handler above kills the host
    });
  }

  let deadlineTimer = null;
  const deadline = new Promise((resolve, reject) => {
    deadlineTimer = setTimeout(() => reject(new Error(`the test took longer than ${deadlineMs / 1000} s`)), deadlineMs);
  });

  let exitCode = 0;
  try {
    await Promise.race([main(), deadline]);
  } catch (e) {
    failed += 1;
    console.log(`not ok ${passed + failed} - aborted: ${e && e.stack ? e.stack : e}`);
    console.log('# host output (last 30 lines):');
    for (const l of host.log.slice(-30)) console.log('#   ' + l);
  } finally {
    clearTimeout(deadlineTimer);
    const b = browser();
    if (b) await b.close().catch(() => {});
    await host.stop();
    host.removeDataDir();
  }
  if (failed > 0) exitCode = 1;
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(exitCode);
}
