/**
 * The rule registry (src/diagnostics/rules.ts) is the one list of diagnostics: every report in
 * src names a registered rule with the registry's severity, and the README lists every rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/diagnostics';

const root = path.join(import.meta.dirname, '..', '..');
const sources = (readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(path.join(root, 'src', file), 'utf8') }));

describe('the rule registry', () => {
  it('has every rule a report in src names, with the severity it is reported with', () => {
    const calls = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/report\(\s*[\w.]+,\s*'(error|warning|info)',\s*'([a-z-]+)'/g)].map((match) => ({ file, severity: match[1], rule: match[2]! })),
    );
    expect(calls.length).toBeGreaterThan(10);
    for (const call of calls) {
      expect(RULES, `${call.file} reports ${call.rule}`).toHaveProperty(call.rule);
      expect(RULES[call.rule as keyof typeof RULES].severity, `${call.file}: ${call.rule}`).toBe(call.severity);
    }
  });

  it('describes every rule in one line', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(rule.description.length, id).toBeGreaterThan(10);
      expect(rule.description).not.toMatch(/\n/);
    }
  });

  it('is listed in the README, each rule with its severity', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const [id, rule] of Object.entries(RULES)) expect(readme, id).toContain(`| \`${id}\` | ${rule.severity} |`);
  });
});
