import { beforeAll, describe, expect, it } from 'vitest';
import { DAYS_PER_WEEK } from '../../src/engine/time.js';
import { yearOfWeekTable } from '../../src/model/planning-weeks.js';
import { dateToDay } from '../../src/model/calendar-dates.js';
import { N_TIME_USES } from '../../src/model/metrics.js';
import { TIME_USES } from '../../src/scenario/schema/primitives.js';
import { runFixture, type ModelRun } from './run-model.js';

/**
 * Staff hours by activity add up to the hours staff have: each week a role's available hours
 * (FTE × contracted hours × (1 − leave and absence)) are split into reserved job-plan time,
 * clinic time and unproductive trainee time, and every clinic minute ends up in exactly one
 * activity (appointments, admin, triage, demand-driven work or unused "other"). So for every
 * year, CGS and role: Σ staffHours = fteWeeks × hoursPerFtePerWeek × (1 − leaveAndAbsenceShare).
 * Tolerance: relative 1e-9. The sums add ~10^5 terms of ~10^3 hours in double precision
 * (relative error per addition 1.1e-16), so rounding stays below ~1e-11; a single lost
 * appointment (≥ 0.25 h in ~10^4 h) would show as > 1e-5.
 */
describe('staff hours by activity add up to the hours available (busy South West fixture, staffing changes)', () => {
  let run: ModelRun;
  beforeAll(async () => {
    run = await runFixture('busy-south-west');
  });

  it('Σ hours over time uses = FTE-weeks × hours per FTE-week × (1 − leave), per year, CGS and role', () => {
    const { config } = run;
    let cellsChecked = 0;
    for (const m of run.runs) {
      for (let y = 0; y < config.years; y++) {
        for (let c = 0; c < config.cgsIds.length; c++) {
          for (let r = 0; r < config.roleIds.length; r++) {
            const cr = m.yearCgsRole(y, c, r);
            let used = 0;
            for (let a = 0; a < N_TIME_USES; a++) {
              const h = m.staffHours[cr * N_TIME_USES + a]!;
              expect(h, `${config.cgsIds[c]} ${config.roleIds[r]} ${TIME_USES[a]} in year ${y}`).toBeGreaterThanOrEqual(0);
              used += h;
            }
            const available = m.fteWeeks[cr]! * config.roleHoursPerWeek[r]! * (1 - config.roleLeaveShare[r]!);
            const where = `${config.cgsIds[c]} ${config.roleIds[r]} year ${config.startYear + y}`;
            if (available === 0) expect(used, where).toBe(0);
            else {
              expect(Math.abs(used - available) / available, `${where}: used ${used} h, available ${available} h`).toBeLessThan(1e-9);
              cellsChecked++;
            }
          }
        }
      }
    }
    // 2 CGSs × 6 or 7 staffed roles × 3 years × 3 replications.
    expect(cellsChecked).toBeGreaterThanOrEqual(2 * 6 * 3 * 3);
  });

  it('demand-driven work and appointments actually use the clinic time (not all "other")', () => {
    const { config } = run;
    const gc = config.roleIds.indexOf('genetic_counsellor');
    const clinic = TIME_USES.indexOf('clinic');
    for (const m of run.runs) {
      for (let c = 0; c < config.cgsIds.length; c++) {
        expect(m.staffHours[m.yearCgsRole(0, c, gc) * N_TIME_USES + clinic]!).toBeGreaterThan(1000);
      }
    }
  });

  it('FTE-weeks follow the baseline and the recruitment changes week by week', () => {
    const { config } = run;
    const s = config.scenario;
    // Weeks open on days 0, 7, 14, ... before the horizon; each adds the FTE in force that day.
    const yearOfWeek = yearOfWeekTable(config.startYear, config.years);
    const weekStarts = Array.from({ length: yearOfWeek.length }, (_, w) => w * DAYS_PER_WEEK);
    for (let c = 0; c < config.cgsIds.length; c++) {
      const id = config.cgsIds[c]!;
      for (let r = 0; r < config.roleIds.length; r++) {
        const role = config.roleIds[r]!;
        const changes = s.workforce.recruitment.filter((x) => x.role === role && (x.cgsId === id || x.networkId === s.geography.cgs[id]!.networkId))
          .map((x) => {
            const share = x.cgsId !== undefined ? 1 : s.geography.cgs[id]!.population
              / config.cgsIds.filter((o) => s.geography.cgs[o]!.networkId === x.networkId).reduce((a, o) => a + s.geography.cgs[o]!.population, 0);
            return { day: dateToDay(x.fromDate, s.run.startYear), fte: x.fteChange * share };
          });
        const expected = new Float64Array(config.years);
        for (const day of weekStarts) {
          const fte = Math.max(0, (s.workforce.staff[id]?.[role] ?? 0) + changes.filter((x) => x.day <= day).reduce((a, x) => a + x.fte, 0));
          expected[yearOfWeek[day / DAYS_PER_WEEK]!]! += fte;
        }
        for (const m of run.runs) {
          for (let y = 0; y < config.years; y++) {
            expect(m.fteWeeks[m.yearCgsRole(y, c, r)]!, `${id} ${role} year ${y}`).toBeCloseTo(expected[y]!, 9);
          }
        }
      }
    }
    const weeks = run.runs[0]!.weeksPerYear;
    expect(Array.from(weeks).reduce((a, b) => a + b, 0)).toBe(weekStarts.length);
  });
});
