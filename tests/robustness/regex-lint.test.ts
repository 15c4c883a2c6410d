/**
 * Every regular expression in src/ is linted for super-linear backtracking and super-linear
 * moves (eslint-plugin-regexp, config in ./eslint.config.mjs): a notice is untrusted text and
 * may hold a megabyte on one line. Runs with the test suite, so CI runs it.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');

/**
 * Findings known in files other engineers own, reported to them: `file rule` → why it stays for
 * now. A finding not listed fails the test; an entry that no longer matches anything fails it
 * too, so the list is cut as they are fixed.
 */
const KNOWN: Record<string, string> = {
};

describe('regular expressions in src/ are linear', () => {
  it('have no super-linear backtracking or moves, nor exponential alternatives (regexp/no-super-linear-*, no-dupe-disjunctions)', { timeout: 120_000 }, async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(import.meta.dirname, 'eslint.config.mjs') });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    expect(results.length).toBeGreaterThan(50);
    const findings = results.flatMap((result) =>
      result.messages.map((message) => ({
        key: `${path.relative(root, result.filePath)} ${message.ruleId ?? 'fatal'}`,
        at: `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.message}`,
      })),
    );
    const unknown = findings.filter((finding) => !(finding.key in KNOWN)).map((finding) => finding.at);
    expect(unknown).toEqual([]);
    const stale = Object.keys(KNOWN).filter((key) => !findings.some((finding) => finding.key === key));
    expect(stale, 'fixed: remove these from KNOWN').toEqual([]);
  });
});
