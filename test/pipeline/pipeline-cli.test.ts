import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASELINE, ROOT, smallScenario } from './fixtures.js';

function cgsSim(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'cgs-sim'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses the CSVs the pipeline command writes (no quoted cells). */
function readCsv(file: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => line.split(','));
  return { header: header!, rows: lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? '']))) };
}

const COLUMNS = ['year', 'network', 'role', 'trainees', 'qualified_headcount', 'fte_supply', 'fte_needed', 'gap', 'fte_supply_p05', 'fte_supply_p95'];
const ROLES = ['clinical_geneticist', 'genetic_counsellor', 'clinical_psychologist', 'genomic_associate', 'family_history_coordinator'];

describe('cgs-sim pipeline', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('writes pipeline.csv with the exact columns, one row per year × network × role, and balanced numbers', () => {
    const { dir, file } = smallScenario();
    const out = join(dir, 'out');
    const run = cgsSim('pipeline', file, '--out', out, '--quiet', '--workers', '1', '--seed', '3');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { header, rows } = readCsv(join(out, 'pipeline.csv'));
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(4 * ROLES.length);
    expect(new Set(rows.map((r) => r.network))).toEqual(new Set(['south_west']));
    expect([...new Set(rows.map((r) => r.year))]).toEqual(['2026', '2027', '2028', '2029']);
    expect([...new Set(rows.map((r) => r.role))]).toEqual(ROLES);
    for (const r of rows) {
      const [supply, needed, gap] = [Number(r.fte_supply), Number(r.fte_needed), Number(r.gap)];
      // Cells carry 6 significant digits, so the balance holds to rounding.
      expect(Math.abs(gap - (needed - supply)), `${r.year} ${r.role}`).toBeLessThan(1e-4 * Math.max(1, needed, supply));
      expect(Number(r.fte_supply_p05)).toBeLessThanOrEqual(supply + 1e-9);
      expect(Number(r.fte_supply_p95)).toBeGreaterThanOrEqual(supply - 1e-9);
    }
    // The service model's workload gives a real need for the clinical roles.
    const gc2026 = rows.find((r) => r.year === '2026' && r.role === 'genetic_counsellor')!;
    expect(Number(gc2026.fte_needed)).toBeGreaterThan(5);
    // The pipeline starts from the baseline establishment: L and M have 21.3 FTE of genetic counsellors.
    expect(Number(gc2026.fte_supply)).toBeCloseTo(21.3, 1);
    const runJson = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Record<string, unknown>;
    expect(runJson).toMatchObject({ kind: 'pipeline', seed: 3, replications: 2, years: [2026, 2029], startYear: 2026, name: 'small-pipeline' });
    expect(runJson.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(runJson.wallTimeSeconds).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'scenario.resolved.yaml'), 'utf8')).toContain('mode: fixed');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html');
    expect(run.stdout).toMatch(/genetic_counsellor\s+2026/);
    expect(run.stdout).toMatch(/genetic_counsellor\s+2029/);
  });

  it('--close-gap-by too soon says plainly that training alone cannot, and what can be achieved', () => {
    // Less FTE per head (0.6, not 0.85) opens a genetic counsellor gap at once, before any new intake can qualify.
    const { dir, file } = smallScenario('supply: { roles: { genetic_counsellor: { ftePerHead: 0.6 } } }');
    const out = join(dir, 'out');
    const run = cgsSim('pipeline', file, '--out', out, '--quiet', '--workers', '1', '--close-gap-by', '2027', '--years', '6');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/genetic_counsellor: NOT POSSIBLE by training alone by 2027/);
    // 3 years' training, part of a cohort joins at once (4 months to fill is a third of a year): first effect in 2030.
    expect(run.stdout).toMatch(/Places changed from 2027 first reach posts in 2030/);
    expect(run.stdout).toMatch(/Achievable: by 20(30|31)/);
    const { rows } = readCsv(join(out, 'training_places.csv'));
    const gc = rows.find((r) => r.role === 'genetic_counsellor')!;
    expect(gc).toMatchObject({ network: 'south_west', status: 'not_closable', reason: 'too_soon', from_year: '2027', by_year: '2027', earliest_effect_year: '2030' });
    expect(Number(gc.gap_by_year)).toBeGreaterThan(0);
    expect(Number(gc.earliest_closing_places_per_year)).toBeGreaterThan(Number(gc.current_places_per_year));
  });

  it('--close-gap-by far enough ahead gives the places that close each gap', () => {
    const { dir, file } = smallScenario('supply: { roles: { genetic_counsellor: { ftePerHead: 0.6 } } }', 6);
    const out = join(dir, 'out');
    const run = cgsSim('pipeline', file, '--out', out, '--quiet', '--workers', '1', '--close-gap-by', '2031');
    expect(run.status).toBe(0);
    const gc = readCsv(join(out, 'training_places.csv')).rows.find((r) => r.role === 'genetic_counsellor')!;
    expect(gc.status).toBe('closable');
    expect(Number(gc.gap_by_year)).toBeLessThanOrEqual(0);
    expect(Number(gc.places_per_year)).toBeGreaterThan(Number(gc.current_places_per_year));
  });

  it('--allocate-places N writes training_allocation.csv: whole places summing to N per qualified role, both splits, and the report shows them', () => {
    const { dir } = smallScenario();
    const file = join(dir, 'two-networks.yaml');
    writeFileSync(file, [`extends: ${JSON.stringify(BASELINE)}`, 'name: two-networks', 'geography: { includeNetworks: [south_west, east] }', 'run: { years: 4, replications: 2 }'].join('\n'));
    const out = join(dir, 'out');
    const run = cgsSim('pipeline', file, '--out', out, '--quiet', '--workers', '1', '--allocate-places', '9', '--roles', 'genetic_counsellor', 'clinical_geneticist');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { header, rows } = readCsv(join(out, 'training_allocation.csv'));
    expect(header).toEqual(['network', 'role', 'places', 'places_population_share', 'gap_closed_fte', 'fte_per_100k_before', 'fte_per_100k_after']);
    expect(rows).toHaveLength(2 * 2);
    for (const role of ['genetic_counsellor', 'clinical_geneticist']) {
      const own = rows.filter((r) => r.role === role);
      expect(own.map((r) => r.network).sort()).toEqual(['east', 'south_west']);
      expect(own.reduce((sum, r) => sum + Number(r.places), 0)).toBe(9);
      expect(own.reduce((sum, r) => sum + Number(r.places_population_share), 0)).toBe(9);
      for (const r of own) expect(Number.isInteger(Number(r.places))).toBe(true);
    }
    expect(run.stdout).toMatch(/9 national training places a year from 2027/);
    const flows = readCsv(join(out, 'supply_flows.csv'));
    expect(flows.header).toEqual(['year', 'network', 'role', 'route', 'heads']);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain('closing the gaps vs population share');
    expect(report).toContain('Joiners and leavers of qualified staff by route');
    expect(report).toContain('Supervision of trainees: hours given against hours reserved');
    const supervision = readCsv(join(out, 'supply_supervision.csv'));
    expect(supervision.header).toContain('supervisor_fte_short');
  });

  it('--with-waits runs the service model under each split and shows the waits side by side, with the spread between networks', () => {
    const { dir } = smallScenario();
    const file = join(dir, 'two-networks.yaml');
    writeFileSync(file, [`extends: ${JSON.stringify(BASELINE)}`, 'name: two-networks', 'geography: { includeNetworks: [south_west, east] }', 'run: { years: 3, replications: 1 }'].join('\n'));
    const out = join(dir, 'out');
    const run = cgsSim('pipeline', file, '--out', out, '--quiet', '--workers', '1', '--allocate-places', '6', '--roles', 'genetic_counsellor', '--with-waits', '--waits-replications', '1');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { header, rows } = readCsv(join(out, 'training_allocation_waits.csv'));
    expect(header).toEqual(['split', 'network', 'year', 'replications', 'median_wait_weeks', 'pct_within_18_weeks', 'waiting_list_end']);
    expect(rows.map((r) => `${r.split} ${r.network}`).sort()).toEqual(
      ['current_schedule', 'gap_closing', 'population_share'].flatMap((split) => [`${split} east`, `${split} south_west`]).sort());
    for (const r of rows) {
      expect(r.year).toBe('2028');
      expect(r.replications).toBe('1');
      expect(Number(r.median_wait_weeks)).toBeGreaterThan(0);
      expect(Number(r.pct_within_18_weeks)).toBeGreaterThanOrEqual(0);
      expect(Number(r.pct_within_18_weeks)).toBeLessThanOrEqual(1);
    }
    const spread = (split: string) => {
      const weeks = rows.filter((r) => r.split === split).map((r) => Number(r.median_wait_weeks));
      return (Math.max(...weeks) - Math.min(...weeks)).toFixed(1);
    };
    expect(run.stdout).toMatch(/Waits in 2028 by network with staffing from the pipeline under each split/);
    expect(run.stdout).toMatch(new RegExp(`spread \\(max - min\\)\\s+${spread('current_schedule')}\\s+${spread('gap_closing')}\\s+${spread('population_share')}`));
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'))).toMatchObject({ waitsReplications: 1, allocatePlaces: 6 });
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain('Waiting under 18 weeks by network in 2028');
    expect(report).toContain('Waits between networks in 2028 with staffing from the pipeline');
  });

  it('--with-waits needs --allocate-places, and --waits-replications a whole number >= 1', () => {
    const { dir, file } = smallScenario();
    const alone = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--with-waits');
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/--with-waits: .*give --allocate-places too/);
    const zero = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--allocate-places', '2', '--with-waits', '--waits-replications', '0');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/--waits-replications: expected a whole number of replications >= 1, got 0/);
    expect(() => readFileSync(join(dir, 'out', 'pipeline.csv'))).toThrow();
  });

  it('exits 2 for an unknown --roles id or a negative --allocate-places, writing nothing', () => {
    const { dir, file } = smallScenario();
    const badRole = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--allocate-places', '5', '--roles', 'trainee_genetic_counsellor');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/--roles: unknown supply role\(s\) trainee_genetic_counsellor/);
    const negative = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--allocate-places', '-3');
    expect(negative.status).toBe(2);
    expect(negative.stderr).toMatch(/--allocate-places: expected a whole number/);
    expect(() => readFileSync(join(dir, 'out', 'pipeline.csv'))).toThrow();
  });

  it.each([
    ['an unknown network', 'supply.networks.wales.genetic_counsellor.trainingPlacesPerYear=2', /supply\.networks\.wales: unknown network 'wales'/],
    ['a negative intake', 'supply.networks.south_west.genetic_counsellor.trainingPlacesPerYear=-1', /supply\.networks\.south_west\.genetic_counsellor\.trainingPlacesPerYear: .*>= 0.*\(got -1\)/],
    ['a rate above 1', 'supply.roles.genetic_counsellor.leaverRatePerYearShare=1.2', /supply\.roles\.genetic_counsellor\.leaverRatePerYearShare: .*\[0, 1\]/],
    ['a training duration of zero', 'supply.roles.clinical_geneticist.trainingDurationYears=0', /supply\.roles\.clinical_geneticist\.trainingDurationYears: must be a number of years > 0 \(got 0\)/],
    ['an unknown supply mode', 'supply.mode=trained', /supply\.mode/],
  ])('exits 2 naming the field for %s, writing nothing', (_, set, message) => {
    const { dir, file } = smallScenario();
    const run = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--set', set);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(join(dir, 'out', 'pipeline.csv'))).toThrow();
  });

  it('exits 2 when a scenario file names a network outside geography.networks, blaming the file', () => {
    const { dir, file } = smallScenario('supply: { networks: { scotland: { genetic_counsellor: { trainingPlacesPerYear: 2 } } } }');
    const run = cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: supply.networks.scotland: unknown network 'scotland'`);
  });

  it('exits 2 for a --close-gap-by outside the simulated years, and for an existing results folder', () => {
    const { dir, file } = smallScenario();
    expect(cgsSim('pipeline', file, '--out', join(dir, 'out'), '--quiet', '--close-gap-by', '2040').stderr).toMatch(/--close-gap-by: expected a year from 2026 to 2029/);
    const occupied = cgsSim('pipeline', file, '--out', ROOT, '--quiet');
    expect(occupied.status).toBe(2);
    expect(occupied.stderr).toMatch(/refusing to write results to .*: it is the cgs-sim project folder/);
  });
});
