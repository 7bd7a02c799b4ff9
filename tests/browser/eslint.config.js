// SPDX-License-Identifier: GPL-3.0-or-later
// ESLint for the web client (resources/web): ES modules in the browser, no build step. The ctest
// web_lint runs it from the repository root:
//   node tests/browser/node_modules/eslint/bin/eslint.js -c tests/browser/eslint.config.js resources/web
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      'no-undef': 'error',
    },
  },
];
