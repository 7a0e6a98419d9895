import { beforeAll, describe, expect, it } from 'vitest';
import { C, N_TIME_USES, TU } from '../../src/model/metrics.js';
import { N_NEED, NEED_ACTIVITIES } from '../../src/model/staffing-need/need-activities.js';
import { supervisionPlanOf } from '../../src/model/supply-coupling.js';
import { measure, sumScopeYear } from '../../src/results/measures.js';
import { scopesOf } from '../../src/results/scopes.js';
import { runFixture, type ModelRun } from './run-model.js';

/** A summary metric for one CGS (by id) or the whole run ('national'), replication and year. */
function metric(run: ModelRun, rep: number, year: number, name: string, scopeId = 'national'): number {
  const scope = scopesOf(run.config).find((s) => s.id === scopeId || (scopeId === 'national' && s.scope === 'national'))!;
  const m = run.runs[rep]!;
  return measure(run.config, sumScopeYear(run.config, m, scope, year), m.weeksPerYear[year]!).get(name)!;
}
const meanOver = (run: ModelRun, f: (rep: number) => number) => run.runs.reduce((a, _, i) => a + f(i), 0) / run.runs.length;

/**
 * Fixed backlog, demand equal to capacity (stationary South West fixture: genetic counsellors
 * give every first appointment, 105 minutes each, so each CGS books floor(clinic minutes ×
 * slot utilisation / 105) = k patients a week while its list is long). Each CGS's population is
 * set so that k patients a week join its list: the start list then neither grows nor shrinks
 * beyond a random walk (±√(52k) ≈ ±40 patients a year against ~1,200 above target).
 */
describe('recurring need and backlog clearance with a fixed backlog and demand equal to capacity', () => {
  let run: ModelRun;
  let slotsPerWeek: number[];
  beforeAll(async () => {
    const probe = await runFixture('stationary-south-west', ['run.years=1'], 1);
    const gc = probe.config.roleIds.indexOf('genetic_counsellor');
    const m = probe.runs[0]!;
    const weeks = m.weeksPerYear[0]!;
    const slot = probe.config.scenario.pathway.slotUtilisationShare;
    slotsPerWeek = probe.config.cgsIds.map((_, c) => Math.floor((m.clinicHoursAvailable[m.yearCgsRole(0, c, gc)]! / weeks) * 60 * slot / 105));
    const populations = probe.config.cgsIds.map((_, c) => {
      const joinsPerWeek = m.counters[m.counterIndex(0, c, C.list_joins)]! / weeks;
      return (probe.config.population[c]! * slotsPerWeek[c]!) / joinsPerWeek;
    });
    run = await runFixture('stationary-south-west', probe.config.cgsIds.map((id, c) => `geography.cgs.${id}.population=${Math.round(populations[c]!)}`));
  });

  it('recurring genetic counsellor need equals the FTE available (within the floor of a slot a week and Poisson noise)', () => {
    // Need/available lies in (k/(k+1), 1] from whole slots, k ≈ 30; a year's joins vary by
    // ±√(52k)/(52k) ≈ 2.5% per replication, ~1.3% over 4: 6% covers both, a shift of the need
    // to other roles or a reserved hour counted twice would not fit.
    for (let y = 0; y < run.config.years; y++) {
      const need = meanOver(run, (r) => metric(run, r, y, 'fte_needed_genetic_counsellor'));
      const available = meanOver(run, (r) => metric(run, r, y, 'fte_available_genetic_counsellor'));
      expect(Math.abs(need / available - 1), `year ${y}: need ${need}, available ${available}`).toBeLessThan(0.06);
    }
  });

  it('backlog clearance FTE falls in the clearance years only (each waiting patient counted once)', () => {
    const clearance = Array.from({ length: run.config.years }, (_, y) => meanOver(run, (r) => metric(run, r, y, 'fte_backlog_clearance_genetic_counsellor')));
    const spread = run.config.scenario.staffing.backlogClearanceYears;
    expect(spread).toBe(2);
    expect(clearance[0]!).toBeGreaterThan(0.5);
    // The start list's excess is spread evenly over the first two years.
    expect(Math.abs(clearance[1]! / clearance[0]! - 1)).toBeLessThan(0.25);
    // Afterwards only random-walk excursions of the list above what was already counted remain.
    for (let y = spread; y < run.config.years; y++) expect(clearance[y]!, `year ${y}`).toBeLessThan(0.15 * clearance[0]!);
  });
});

/**
 * Standard first appointments may be given by consultants when counsellors are short (the
 * skill mix's second preference). Halving the counsellors moves clinics to consultants, but
 * the demand, and so the need at the intended skill mix, is the same.
 */
describe('a counsellor shortage does not move recurring need to consultants', () => {
  let full: ModelRun;
  let short: ModelRun;
  beforeAll(async () => {
    const mix = 'workforce.skillMix.first_standard=[genetic_counsellor, clinical_geneticist]';
    full = await runFixture('stationary-south-west', [mix, 'run.years=2'], 2);
    const cuts = full.config.cgsIds.map((id, c) => `workforce.staff.${id}.genetic_counsellor=${(full.config.baselineFte[c * full.config.roleIds.length + full.config.roleIds.indexOf('genetic_counsellor')]! / 2).toFixed(1)}`);
    short = await runFixture('stationary-south-west', [mix, 'run.years=2', ...cuts], 2);
  });

  it('consultants do the counsellors\' clinics in the shortage, yet consultant need is unchanged and counsellor need stays', () => {
    const cg = full.config.roleIds.indexOf('clinical_geneticist');
    const clinicOf = (run: ModelRun, c: number) => run.runs[0]!.staffHours[run.runs[0]!.yearCgsRole(1, c, cg) * N_TIME_USES + TU.clinic]!;
    expect(clinicOf(short, 0)).toBeGreaterThan(clinicOf(full, 0) + 100);
    for (let r = 0; r < 2; r++) {
      for (const role of ['clinical_geneticist', 'genetic_counsellor']) {
        const a = metric(full, r, 1, `fte_needed_${role}`);
        const b = metric(short, r, 1, `fte_needed_${role}`);
        expect(Math.abs(a - b), `${role}: ${a} with counsellors, ${b} short of them`).toBeLessThanOrEqual(1e-9 * Math.max(1, a));
      }
      expect(metric(short, r, 1, 'fte_needed_genetic_counsellor')).toBeGreaterThan(metric(short, r, 1, 'fte_available_genetic_counsellor'));
    }
  });
});

/**
 * Triage and its preparation go to genomic associates only in the fixture: with a tenth of an
 * FTE most of it is left undone (staff_time.csv and uncovered_hours_triage count both as triage).
 */
describe('outstanding triage shows in uncovered_hours_triage', () => {
  let scarce: ModelRun;
  let ample: ModelRun;
  beforeAll(async () => {
    scarce = await runFixture('stationary-south-west', ['run.years=2', 'workforce.staff.L.genomic_associate=0.1', 'workforce.staff.M.genomic_associate=0.1'], 2);
    ample = await runFixture('stationary-south-west', ['run.years=2', 'workforce.staff.L.genomic_associate=20', 'workforce.staff.M.genomic_associate=20'], 2);
  });

  it('equals triage demanded less triage done, to the last week\'s arrivals, and builds up year on year', () => {
    const { config } = scarce;
    const activities = [NEED_ACTIVITIES.indexOf('triage'), NEED_ACTIVITIES.indexOf('triage_preparation')];
    for (let r = 0; r < 2; r++) {
      const m = scarce.runs[r]!;
      let demanded = 0, done = 0;
      for (let y = 0; y < 2; y++) {
        let weekly = 0;
        for (let c = 0; c < m.nCgs; c++) {
          for (let role = 0; role < config.roleIds.length; role++) {
            const cr = m.yearCgsRole(y, c, role);
            for (const a of activities) {
              demanded += m.demandHours[cr * N_NEED + a]!;
              weekly += m.demandHours[cr * N_NEED + a]! / m.weeksPerYear[y]!;
            }
            done += m.staffHours[cr * N_TIME_USES + TU.triage]!;
          }
        }
        const uncovered = metric(scarce, r, y, 'uncovered_hours_triage');
        expect(uncovered, `year ${y}`).toBeGreaterThan(0.3 * demanded);
        // The year's last week of arrivals is counted as demand but not yet charged at the year end.
        expect(Math.abs(demanded - done - weekly - uncovered), `year ${y}`).toBeLessThan(0.5 * weekly);
      }
      expect(metric(scarce, r, 1, 'uncovered_hours_triage')).toBeGreaterThan(1.5 * metric(scarce, r, 0, 'uncovered_hours_triage'));
      expect(metric(ample, r, 1, 'uncovered_hours_triage')).toBe(0);
    }
  });
});

/**
 * Supervision trainees need but no supervisor's time covers is reported, not carried over. The
 * need is what the model charges: the supply model's named supervisor (consultants for
 * registrars, counsellors for trainee counsellors) at its hours per trainee FTE.
 */
describe('supervision dropped', () => {
  const hours = (h: number) => ['clinical_geneticist', 'genetic_counsellor'].map((role) => `supply.roles.${role}.supervisionHoursPerTraineePerWeek=${h}`);
  it('is the trainees\' supervision need less the supervision given, and 0 when the need is 0', async () => {
    // 150 h a week per trainee head is more than the supervisors' hours, so some is always dropped.
    const heavy = await runFixture('stationary-south-west', ['run.years=1', ...hours(150)], 1);
    const none = await runFixture('stationary-south-west', ['run.years=1', ...hours(0)], 1);
    const { config } = heavy;
    const plan = supervisionPlanOf(config);
    const m = heavy.runs[0]!;
    let needed = 0, given = 0;
    for (let c = 0; c < m.nCgs; c++) {
      for (let r = 0; r < config.roleIds.length; r++) {
        const cr = m.yearCgsRole(0, c, r);
        if (config.roleIsTrainee[r]) {
          expect(plan.supervisorOf[r]!, config.roleIds[r]).toBeGreaterThanOrEqual(0);
          needed += m.fteWeeks[cr]! * plan.hoursPerTraineeFtePerWeek[r]!;
        }
        given += m.staffHours[cr * N_TIME_USES + TU.supervision]!;
      }
    }
    const dropped = metric(heavy, 0, 0, 'supervision_dropped_hours');
    expect(dropped).toBeGreaterThan(0.05 * needed);
    expect(Math.abs(dropped + given - needed) / needed).toBeLessThan(1e-9);
    expect(metric(none, 0, 0, 'supervision_dropped_hours')).toBe(0);
  });
});
