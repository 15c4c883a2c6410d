/**
 * Regular expressions are linted for super-linear backtracking (ReDoS), super-linear moves and
 * exponential duplicate alternatives:
 * a notice is untrusted text, up to megabytes on one line. Run from the test suite by
 * tests/robustness/regex-lint.test.ts (so CI runs it), or by hand:
 *   npx eslint --config tests/robustness/eslint.config.mjs src
 */
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignoreSticky: false, ignorePartial: false }],
      // (a|a)+: alternatives that match the same text inside a loop backtrack exponentially.
      'regexp/no-dupe-disjunctions': ['error', { report: 'interesting', reportExponentialBacktracking: 'certain' }],
    },
  },
];
