import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from '../../src';
import { DAMAGE_KINDS, damage, damageAll, toGb18030, type DamageKind } from '../../tests/robustness/damage';
import { projectTasks, lostText } from '../../tests/robustness/project';

const files = (process.env.FILES ?? '/work/main/fixtures/mingxi-2023-16/input.txt').split(',');
const kinds = (process.env.KINDS ? process.env.KINDS.split(',') : [...DAMAGE_KINDS, 'all']) as (DamageKind | 'all')[];
const seeds = Number(process.env.SEEDS ?? 10);
it('explore', { timeout: 600000 }, () => {
  for (const file of files) {
    const clean = readFileSync(file, 'utf8');
    const cn = parse(clean).notice; const base = projectTasks(cn); const extra = (n: any) => JSON.stringify({ s: n.sections.map((x: any) => [x.number, x.title, x.subsections.map((y: any) => [y.number, y.title])]), t: n.plan.title, m: { ...n.meta }, b: n.body.map((x: any) => [x.title, x.text]), p: n.preamble }); const baseExtra = extra(cn);
    for (const kind of kinds) {
      let fails = 0; const msgs: string[] = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const text = kind === 'all' ? damageAll(clean, seed) : damage(clean, kind, seed);
        const result = kind === 'all' ? parse(toGb18030(text)) : parse(text);
        const got = projectTasks(result.notice);
        const lost = lostText(result.tree, kind === 'all' ? text.replace(/^\uFEFF/, '') : text);
        let diff = '';
        if (got.length !== base.length) diff = `count ${got.length} vs ${base.length}`;
        else for (let i = 0; i < got.length; i++) {
          const a = JSON.stringify(got[i]), b = JSON.stringify(base[i]);
          if (a !== b) { const g = got[i] as any, w = base[i] as any; const k = Object.keys(w).find((key) => JSON.stringify(g[key]) !== JSON.stringify(w[key]))!; diff = `task ${base[i]!.number} ${k}:\n   got ${JSON.stringify(g[k]).slice(0, 500)}\n  want ${JSON.stringify(w[k]).slice(0, 500)}`; break; }
        }
        if (lost) diff += ` LOST ${lost}`;
        if (!diff && process.env.EXTRA && extra(result.notice) !== baseExtra) { const a = extra(result.notice), b = baseExtra; let i = 0; while (a[i] === b[i]) i++; diff = `extra at ${i}: got ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 80))}\n want ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 80))}`; }
        if (diff) { fails++; if (msgs.length < Number(process.env.MSGS ?? 2)) msgs.push(`seed ${seed}: ${diff}`); }
        if (process.env.DUMP && seed === Number(process.env.DUMP)) require('node:fs').writeFileSync(`/tmp/rb/${kind}.txt`, text);
      }
      console.log(`${file.split('/').at(-2)} ${kind}: ${fails}/${seeds} fail\n  ${msgs.join('\n  ')}`);
    }
  }
});
