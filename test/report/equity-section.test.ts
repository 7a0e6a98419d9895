import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as vl from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { fixtureCopy } from './fixture-dir.js';

/**
 * A run folder for a made-up nation of two networks: north (CGSs A, B) and south (C, D), with
 * D served worst: the longest wait, the fewest within 18 weeks, the lowest access ratio, and
 * the least staff for its population.
 */
const CGS = [
  { id: 'A', network: 'north', population: 1_000_000, wait: 10, pct: 0.9, access: 1.05, referrals: 120, fte: 40, dna: 50, f2f: 0.6 },
  { id: 'B', network: 'north', population: 2_000_000, wait: 12, pct: 0.85, access: 1.0, referrals: 115, fte: 70, dna: 80, f2f: 0.5 },
  { id: 'C', network: 'south', population: 1_500_000, wait: 14, pct: 0.8, access: 0.95, referrals: 110, fte: 50, dna: 60, f2f: 0.55 },
  { id: 'D', network: 'south', population: 1_500_000, wait: 40, pct: 0.3, access: 0.6, referrals: 70, fte: 20, dna: 120, f2f: 0.7 },
];
const YEAR = 2030;

function summaryCsv(withOptional: boolean): string {
  const lines = ['scope,scope_id,year,metric,mean,ci_low,ci_high,n,ui_low,ui_high'];
  const row = (scope: string, id: string, metric: string, mean: number, half = 0) =>
    lines.push(`${scope},${id},${YEAR},${metric},${mean},${mean - half},${mean + half},10,${mean - 2 * half},${mean + 2 * half}`);
  for (const c of CGS) {
    row('cgs', c.id, 'list_median_wait_weeks', c.wait, 1);
    row('cgs', c.id, 'pct_within_18_weeks', c.pct, 0.02);
    row('cgs', c.id, 'fte_available_genetic_counsellor', c.fte / 2);
    row('cgs', c.id, 'fte_available_clinical_geneticist', c.fte / 2);
    row('cgs', c.id, 'dna', c.dna);
    for (const m of ['first_appointments', 'results_appointments', 'follow_up_appointments', 'review_appointments']) row('cgs', c.id, m, 250);
    if (withOptional) {
      row('cgs', c.id, 'access_ratio', c.access, 0.03);
      row('cgs', c.id, 'referrals_per_100k', c.referrals, 2);
      row('cgs', c.id, 'share_first_face_to_face', c.f2f);
      row('cgs', c.id, 'share_first_video', (1 - c.f2f) / 2);
      row('cgs', c.id, 'share_first_telephone', (1 - c.f2f) / 2);
    }
  }
  for (const [id, spread] of [['north', 2], ['south', 26]] as const) {
    row('network', id, 'wait_spread_weeks', spread, 1.5);
    row('network', id, 'wait_gini', 0.1, 0.01);
    row('network', id, 'pct_within_18_weeks_spread', 0.1, 0.01);
  }
  row('national', 'england', 'wait_spread_weeks', 30, 2);
  row('national', 'england', 'wait_gini', 0.25, 0.02);
  row('national', 'england', 'pct_within_18_weeks_spread', 0.6, 0.03);
  row('national', 'england', 'wait_spread_weeks_between_networks', 9.5, 1);
  row('national', 'england', 'wait_gini_between_networks', 0.12, 0.01);
  row('national', 'england', 'pct_within_18_weeks_spread_between_networks', 0.3, 0.02);
  return `${lines.join('\n')}\n`;
}

const resolvedYaml = `name: equity fixture\ngeography:\n  networks:\n    north: { name: North }\n    south: { name: South }\n  cgs:\n${CGS.map((c) => `    ${c.id}: { name: CGS ${c.id}, networkId: ${c.network}, population: ${c.population} }`).join('\n')}\n`;

async function report(withOptional: boolean): Promise<{ dir: string; page: string; section: string }> {
  const dir = await fixtureCopy('run');
  await writeFile(join(dir, 'summary.csv'), summaryCsv(withOptional));
  await writeFile(join(dir, 'scenario.resolved.yaml'), resolvedYaml);
  await writeReport(dir, { kind: 'run' });
  const page = await readFile(join(dir, 'report.html'), 'utf8');
  const section = /<section id="equity"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  return { dir, page, section };
}

const tableRows = (section: string, caption: string) => {
  const table = new RegExp(`<table><caption>${caption}[\\s\\S]*?</table>`).exec(section)?.[0] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
};

describe('the report\'s equity section', () => {
  it('names the worst-served CGS with why and the figures behind it, and draws CGSs grouped by network', async () => {
    const { dir, page, section } = await report(true);
    expect(page).toContain('<a href="#equity">Equity of access</a>');
    const worst = tableRows(section, 'Worst-served CGSs');
    expect(worst.map((r) => r[0])).toEqual(['D']);
    const [, network, why, staff, referrals, dna, modes] = worst[0]!;
    expect(network).toBe('south');
    expect(why).toContain('lowest access ratio (1st of 4: 0.60)');
    expect(why).toContain('longest median wait of those waiting (1st of 4: 40.0 weeks)');
    expect(why).toContain('lowest share within 18 weeks (1st of 4: 30%)');
    // 20 FTE for 1.5 million people, against 180 FTE for 6 million across all CGSs.
    expect(staff).toBe(`${Math.round((20 / 1.5e6) * 1e5 * 100) / 100} (all CGSs ${Math.round((180 / 6e6) * 1e5 * 100) / 100})`);
    // All CGSs: population-weighted, (120×1 + 115×2 + 110×1.5 + 70×1.5) / 6 million.
    expect(referrals).toBe(`70 (all CGSs ${Math.round(((120 * 1 + 115 * 2 + 110 * 1.5 + 70 * 1.5) / 6) * 100) / 100})`);
    expect(dna).toBe(`${Math.round((120 / (1000 + 120)) * 1000) / 10}%`);
    expect(modes).toBe('70% / 15% / 15%');
    const spreads = tableRows(section, 'How evenly each network serves its population');
    expect(spreads.map((r) => r[0])).toEqual(['England (all CGSs)', 'north', 'south', 'England, between networks']);
    expect(spreads[2]![1]).toBe('26 (24.5–27.5)');
    expect(section).toContain('Every equity figure was available in this run.');

    const spec = JSON.parse(await readFile(join(dir, 'charts', 'equity-small-multiples.vl.json'), 'utf8'));
    const warnings: string[] = [];
    const logger = { level: () => 0, warn: (...a: unknown[]) => { warnings.push(a.join(' ')); return logger; }, error: (...a: unknown[]) => { warnings.push(a.join(' ')); return logger; }, info: () => logger, debug: () => logger };
    vl.compile(spec, { logger: logger as never });
    expect(warnings).toEqual([]);
    // A row of panels a network, a panel a measure: access ratio, median wait, share within 18 weeks.
    expect(spec.concat).toHaveLength(2 * 3);
    expect(spec.columns).toBe(3);
    expect(new Set(spec.data.values.map((v: { measure: string }) => v.measure)).size).toBe(3);
    expect(section).toContain('data-chart="equity-small-multiples"');
  });

  it('says which figures the run does not have instead of showing them as zero', async () => {
    const { dir, section } = await report(false);
    const worst = tableRows(section, 'Worst-served CGSs');
    expect(worst[0]![0]).toBe('D');
    expect(worst[0]![2]).not.toContain('access ratio');
    expect(worst[0]![4]).toBe('not available in this run');
    expect(worst[0]![6]).toBe('not available in this run');
    expect(section).toContain('Not available in this run: access ratio (referrals per expected need); referrals per 100k; first appointments by mode.');
    const spec = JSON.parse(await readFile(join(dir, 'charts', 'equity-small-multiples.vl.json'), 'utf8'));
    expect(spec.columns).toBe(2);
  });
});
