import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/package-paths.js';
import { loadDefaults } from '../../src/scenario/data/load-defaults.js';
import type { ScenarioIssue } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { BASELINE, issuesOf, ROOT } from './scenario-fixtures.js';

const made: string[] = [];
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** A temporary copy of data/, so a corrupted table never touches the real folder. */
function dataCopy(): string {
  const dir = tempDir('cgs-data-');
  cpSync(defaultDataDir(), dir, { recursive: true });
  return dir;
}

const lines = (dir: string, file: string): string[] => readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
const write = (dir: string, file: string, rows: readonly string[]) => writeFileSync(join(dir, file), `${rows.join('\n')}\n`);

/** Changes one table of a fresh data copy and returns the issues loading the baseline over it gives. */
async function corrupt(file: string, edit: (rows: string[]) => string[]): Promise<{ dir: string; issues: readonly ScenarioIssue[] }> {
  const dir = dataCopy();
  write(dir, file, edit(lines(dir, file)));
  return { dir, issues: await issuesOf(BASELINE, { dataDir: dir }) };
}

/** Row number (header = 1) of the first line starting with `prefix`. */
const rowOf = (rows: readonly string[], prefix: string): number => rows.findIndex((line) => line.startsWith(prefix)) + 1;
/** Replaces the cell `column` (0-based, unquoted cells only before it) on the line starting with `prefix`. */
const setCell = (rows: string[], prefix: string, column: number, value: string): string[] =>
  rows.map((line) => {
    if (!line.startsWith(prefix)) return line;
    const cells = line.split(',');
    cells[column] = value;
    return cells.join(',');
  });

describe('data tables are checked like scenarios: file, row and column, before anything is simulated', () => {
  it('the shipped tables pass', async () => {
    await expect(loadScenario(BASELINE)).resolves.toBeDefined();
  });

  it('a duplicated staff_baseline.csv row is an error, not "the last row wins"', async () => {
    const original = lines(defaultDataDir(), 'staff_baseline.csv');
    const { dir, issues } = await corrupt('staff_baseline.csv', (rows) => [...rows, 'I,genetic_counsellor,0.01,illustrative assumption: test']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: join(dir, 'staff_baseline.csv'), path: `row ${original.length + 1}, column cgs_id, role` });
    expect(issues[0]!.message).toContain(`duplicates row ${rowOf(original, 'I,genetic_counsellor,')}`);
  });

  it('a duplicated start-list row is an error, not extra patients', async () => {
    const { dir, issues } = await corrupt('waiting_list_start.csv', (rows) => [...rows, rows[1]!]);
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'waiting_list_start.csv'), path: expect.stringMatching(/^row \d+, column cgs_id, priority, waited_weeks_from$/) })]);
    expect(issues[0]!.message).toMatch(/duplicates row 2/);
  });

  it.each([['0x10'], ['Infinity'], ['12h'], ['4e'], ['']])('a non-number %j in a number column is an error', async (bad) => {
    const { dir, issues } = await corrupt('roles.csv', (rows) => setCell(rows, 'clinical_geneticist,', 2, bad));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'roles.csv'), path: 'row 2, column hours_per_fte_per_week' })]);
    expect(issues[0]!.message).toMatch(bad === '' ? /empty cell; expected a number/ : /expected a plain decimal number/);
  });

  it('hex is not read as a number anywhere (0x10 FTE)', async () => {
    const { dir, issues } = await corrupt('staff_baseline.csv', (rows) => setCell(rows, 'A,clinical_geneticist,', 2, '0x10'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'staff_baseline.csv'), path: 'row 2, column fte', received: '0x10' })]);
  });

  it('seasonality with two "month 1" rows and no month 12 is an error at the repeated month', async () => {
    const { dir, issues } = await corrupt('seasonality.csv', (rows) => rows.map((line) => (line.startsWith('12,') ? `1,${line.slice(3)}` : line)));
    const file = join(dir, 'seasonality.csv');
    expect(issues).toEqual([expect.objectContaining({ file, path: 'row 13, column month' })]);
    expect(issues[0]!.message).toMatch(/duplicates row 2/);
  });

  it('seasonality without month 12 (row deleted) is an error', async () => {
    const { dir, issues } = await corrupt('seasonality.csv', (rows) => rows.filter((line) => !line.startsWith('12,')));
    expect(issues[0]).toMatchObject({ file: join(dir, 'seasonality.csv'), path: 'column month' });
    expect(issues[0]!.message).toMatch(/no row for month 12/);
  });

  it('seasonality factors averaging 10 are an error (tolerance 0.005)', async () => {
    const { dir, issues } = await corrupt('seasonality.csv', (rows) => rows.map((line, i) => (i === 0 ? line : line.replace(/^(\d+),([\d.]+),/, (_, m: string, x: string) => `${m},${Number(x) * 10},`))));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'seasonality.csv'), path: 'rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, column referral_factor' })]);
    expect(issues[0]!.message).toMatch(/average to 10; expected them to average 1 \(within 0\.005\)/);
  });

  it('a priority mix summing to 1.2 is reported against priority_mix.csv and its rows, not the scenario path', async () => {
    const original = lines(defaultDataDir(), 'priority_mix.csv');
    const urgent = rowOf(original, 'cardiac,urgent,');
    const { dir, issues } = await corrupt('priority_mix.csv', (rows) => rows.map((line, i) => {
      if (!line.startsWith('cardiac,urgent,')) return line;
      const cells = line.split(',');
      cells[2] = String(Number(cells[2]) + 0.2);
      return i > 0 ? cells.join(',') : line;
    }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe(join(dir, 'priority_mix.csv'));
    expect(issues[0]!.path).toMatch(new RegExp(`^rows .*\\b${urgent}\\b.*, column share$`));
    expect(issues[0]!.message).toMatch(/the priority shares for indication cardiac sum to 1\.2; expected them to sum to 1/);
  });

  it('an unknown mode in appointment_modes.csv is blamed on that table', async () => {
    const { dir, issues } = await corrupt('appointment_modes.csv', (rows) => rows.map((line) => line.replace(/^video,/, 'hologram,')));
    const file = join(dir, 'appointment_modes.csv');
    expect(issues[0]).toMatchObject({ file, path: 'row 3, column mode', received: 'hologram' });
    expect(issues[0]!.message).toMatch(/unknown mode 'hologram'; expected an appointment mode: face_to_face, video, telephone/);
    expect(issues.every((issue) => issue.file === file)).toBe(true);
  });

  it('a year of -1 is out of range', async () => {
    const { dir, issues } = await corrupt('mainstreaming.csv', (rows) => setCell(rows, 'cardiac,', 1, '-1'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'mainstreaming.csv'), path: expect.stringMatching(/^row \d+, column start_year$/), received: '-1' })]);
    expect(issues[0]!.message).toMatch(/expected a number >= 1950 \(financial year\)/);
  });

  it.each([
    ['staff_baseline.csv', 'I,genetic_counsellor,', /no row for cgs_id I, role genetic_counsellor/],
    ['job_plans.csv', 'genetic_counsellor,admin,', /no row for role genetic_counsellor, activity admin/],
    ['priority_mix.csv', 'cardiac,urgent,', /no row for indication cardiac, priority urgent/],
    ['appointments.csv', 'review,complex,', /no row for appointment review, complexity complex/],
    ['channels.csv', 'cardiac,gp,', /no row for indication cardiac, channel gp/],
    ['advice_guidance.csv', 'advice_guidance_requests_per_referral,', /the table has no rows/],
  ])('a deleted row of %s is an error, not a silent 0', async (file, prefix, message) => {
    const { dir, issues } = await corrupt(file, (rows) => rows.filter((line) => !line.startsWith(prefix)));
    const mine = issues.find((issue) => message.test(issue.message));
    expect(mine, JSON.stringify(issues)).toMatchObject({ file: join(dir, file) });
  });

  it('ring-fencing research time is refused at its job_plans.csv row', async () => {
    const { dir, issues } = await corrupt('job_plans.csv', (rows) => setCell(rows, 'clinical_geneticist,research,', 3, 'true'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'job_plans.csv'), path: expect.stringMatching(/^row \d+, column ring_fenced$/) })]);
    expect(issues[0]!.message).toMatch(/can be ring-fenced/);
  });

  it('an unknown eligible channel is refused at its mainstreaming.csv row', async () => {
    const { dir, issues } = await corrupt('mainstreaming.csv', (rows) => setCell(rows, 'cardiac,', 4, 'mainstream_specialty;postal'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'mainstreaming.csv'), path: expect.stringMatching(/^row \d+, column eligible_channels$/) })]);
  });

  it('a missing column names the table and the column', async () => {
    const { dir, issues } = await corrupt('channels.csv', (rows) => rows.map((line) => line.split(',').filter((_, i) => i !== 2).join(',')));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'channels.csv'), path: 'row 1' })]);
    expect(issues[0]!.message).toMatch(/missing column\(s\) share/);
  });

  it.each([
    ['staff_baseline.csv', 'B,genomic_associate,', 0, 'Z', /unknown cgs_id 'Z'; expected a cgs_id in cgs.csv: A, B/],
    ['staff_baseline.csv', 'B,genomic_associate,', 1, 'genetic_counselor', /unknown role 'genetic_counselor'; expected a role in roles.csv/],
    ['channels.csv', 'cardiac,gp,', 0, 'cardiak', /unknown indication 'cardiak'/],
    ['skill_mix.csv', 'results,1,', 2, 'surgeon', /unknown role 'surgeon'/],
    ['pathway.csv', 'dna_share,', 0, 'dna_shaer', /unknown parameter 'dna_shaer'; expected a pathway parameter/],
  ])('an unknown id in %s is an error at its row and column', async (file, prefix, column, bad, message) => {
    const original = lines(defaultDataDir(), file);
    const { dir, issues } = await corrupt(file, (rows) => setCell(rows, prefix, column, bad));
    const header = original[0]!.split(',');
    const mine = issues.find((issue) => message.test(issue.message));
    expect(mine, JSON.stringify(issues)).toMatchObject({ file: join(dir, file), path: `row ${rowOf(original, prefix)}, column ${header[column]}`, received: bad });
  });

  it('a pathway share above 1 is an error at its pathway.csv row, with the range of that parameter', async () => {
    const original = lines(defaultDataDir(), 'pathway.csv');
    const { dir, issues } = await corrupt('pathway.csv', (rows) => setCell(rows, 'dna_share,', 1, '1.5'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'pathway.csv'), path: `row ${rowOf(original, 'dna_share,')}, column value`, received: '1.5' })]);
    expect(issues[0]!.message).toMatch(/expected a share <= 1 for dna_share/);
  });

  it('two names for one network in cgs.csv are an error, not "the last name wins"', async () => {
    const { dir, issues } = await corrupt('cgs.csv', (rows) => setCell(rows, 'B,', 3, 'Yorkshire and Humber'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'cgs.csv'), path: 'row 3, column network_name', received: 'Yorkshire and Humber' })]);
    expect(issues[0]!.message).toMatch(/differs from row 2/);
  });

  it('a role listed twice for one activity in skill_mix.csv is an error', async () => {
    const original = lines(defaultDataDir(), 'skill_mix.csv');
    const { dir, issues } = await corrupt('skill_mix.csv', (rows) => setCell(rows, 'triage,3,', 2, 'genetic_counsellor'));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'skill_mix.csv'), path: `row ${rowOf(original, 'triage,3,')}, column activity, role` })]);
  });

  it('a CGS with no staff is an error at its staff_baseline.csv rows', async () => {
    const { dir, issues } = await corrupt('staff_baseline.csv', (rows) => rows.map((line) => (line.startsWith('M,') ? line.replace(/^M,(\w+),[\d.]+,/, 'M,$1,0,') : line)));
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'staff_baseline.csv'), path: expect.stringMatching(/^rows [\d, ]+, column fte$/) })]);
    expect(issues[0]!.message).toMatch(/the FTE of a CGS for cgs_id M sum to 0; expected them to sum to more than 0/);
  });

  it('a prototype key used as an id is rejected, and nothing is polluted', async () => {
    const { dir, issues } = await corrupt('roles.csv', (rows) => setCell(rows, 'genomic_associate,', 0, '__proto__'));
    expect(issues[0]).toMatchObject({ file: join(dir, 'roles.csv'), path: 'row 6, column role', received: '__proto__' });
    expect(({} as Record<string, unknown>)['label']).toBeUndefined();
  });

  it('a row with the wrong number of cells names its row', async () => {
    const { dir, issues } = await corrupt('priorities.csv', (rows) => [...rows.slice(0, 2), 'soon,6,extra,cell,here', ...rows.slice(3)]);
    expect(issues).toEqual([expect.objectContaining({ file: join(dir, 'priorities.csv'), path: 'row 3' })]);
    expect(issues[0]!.message).toMatch(/expected 3 cells/);
  });

  it('from the command line: exit 2, the CSV file, row and column, and nothing written', () => {
    // A copy of the package whose data/ has a duplicated CGS: the CLI finds data/ beside package.json.
    const root = tempDir('cgs-package-');
    for (const name of ['package.json', 'bin', 'dist', 'scenarios']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    cpSync(defaultDataDir(), join(root, 'data'), { recursive: true });
    write(join(root, 'data'), 'cgs.csv', lines(join(root, 'data'), 'cgs.csv').map((line) => line.replace(/^C,/, 'B,')));
    const out = join(root, 'out');
    const r = spawnSync(process.execPath, ['bin/cgs-sim', 'run', '--out', out, '--quiet'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${join(root, 'data', 'cgs.csv')}: row 4, column cgs_id: duplicates row 3`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('an overlay folder (a future --data DIR) reuses the same checks', () => {
  it('a row replacing a default row is not a duplicate, and its value wins', async () => {
    const overlay = tempDir('cgs-overlay-');
    const header = lines(defaultDataDir(), 'staff_baseline.csv')[0]!;
    write(overlay, 'staff_baseline.csv', [header, 'I,genetic_counsellor,20,illustrative assumption: local figure']);
    const { scenario, assumptions } = await loadDefaults(defaultDataDir(), [overlay]);
    const staff = (scenario.workforce as { staff: Record<string, Record<string, number>> }).staff;
    expect(staff.I!.genetic_counsellor).toBe(20);
    expect(assumptions.filter((a) => a.path === 'workforce.staff.I.genetic_counsellor')).toEqual([expect.objectContaining({ value: '20' })]);
  });

  it('an overlay is checked too: its own duplicates and the merged totals', async () => {
    const overlay = tempDir('cgs-overlay-');
    const header = lines(defaultDataDir(), 'priority_mix.csv')[0]!;
    write(overlay, 'priority_mix.csv', [header, 'cardiac,urgent,0.5,illustrative assumption: test', 'cardiac,urgent,0.5,illustrative assumption: test']);
    await expect(loadDefaults(defaultDataDir(), [overlay])).rejects.toMatchObject({
      issues: [expect.objectContaining({ file: join(overlay, 'priority_mix.csv'), path: 'row 3, column indication, priority' })],
    });
    write(overlay, 'priority_mix.csv', [header, 'cardiac,urgent,0.5,illustrative assumption: test']);
    const error = (await loadDefaults(defaultDataDir(), [overlay]).then(() => ({ issues: [] }), (e: unknown) => e)) as { issues: ScenarioIssue[] };
    expect(error.issues).toHaveLength(1);
    // The group mixes the overlay's row with the default rows: both files are named.
    expect(error.issues[0]!.file.split(' and ').sort()).toEqual([join(defaultDataDir(), 'priority_mix.csv'), join(overlay, 'priority_mix.csv')].sort());
    expect(error.issues[0]!.message).toMatch(/priority shares for indication cardiac sum to/);
  });
});
