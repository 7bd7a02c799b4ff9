#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The web client's static checks (ctest web_lint): ESLint over resources/web with
// eslint.config.js (ES modules in the browser), and every page's scripts are modules from the
// host itself (<script type="module" src="/app/...">, nothing inline: the CSP allows no other).
//   node lint.mjs        exit 0 clean, 1 a problem, 77 skipped (eslint not installed here)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { skip } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const web = path.join(repo, 'resources/web');

let ESLint;
try {
  ({ ESLint } = await import('eslint'));
} catch {
  skip('node_modules/eslint is missing (run: npm ci, in tests/browser)');
}

let problems = 0;

const eslint = new ESLint({ cwd: repo, overrideConfigFile: path.join(here, 'eslint.config.js') });
const results = await eslint.lintFiles(['resources/web']);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
if (report) console.log(report);
for (const r of results) problems += r.errorCount + r.warningCount;
const linted = results.length;

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}
for (const file of htmlFiles(web)) {
  const html = fs.readFileSync(file, 'utf8');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    const where = path.relative(repo, file);
    if (!/\btype="module"/.test(attrs)) { problems += 1; console.log(`${where}: a <script> without type="module"`); }
    if (!/\bsrc="\/app\/[a-z]+(\/[a-z-]+)?\.js"/.test(attrs)) { problems += 1; console.log(`${where}: a <script> not from /app/`); }
    if (m[2].trim()) { problems += 1; console.log(`${where}: an inline script (the CSP refuses it)`); }
  }
}

console.log(`${linted} files linted, ${problems} problem${problems === 1 ? '' : 's'}`);
process.exit(problems ? 1 : 0);
