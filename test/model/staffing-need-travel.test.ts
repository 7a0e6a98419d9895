import { beforeAll, describe, expect, it } from 'vitest';
import { C } from '../../src/model/metrics.js';
import { N_NEED, NEED_ACTIVITIES } from '../../src/model/staffing-need/need-activities.js';
import { measure, sumScopeYear } from '../../src/results/measures.js';
import { scopesOf } from '../../src/results/scopes.js';
import { runFixture, type ModelRun } from './run-model.js';

/**
 * Staff travel to satellite clinics is work the demand makes: staffing need counts it as the
 * model spends it (the round trip shared by a clinic's appointments, from the clinic time of the
 * role that sees the patient), so a network that moves clinics out to satellites needs more staff.
 */
const FIRST_STANDARD = NEED_ACTIVITIES.indexOf('first_standard');

function metric(run: ModelRun, rep: number, year: number, name: string, cgsId: string): number {
  const scope = scopesOf(run.config).find((s) => s.scope === 'cgs' && s.id === cgsId)!;
  const m = run.runs[rep]!;
  return measure(run.config, sumScopeYear(run.config, m, scope, year), m.weeksPerYear[year]!).get(name)!;
}

/** Hours of standard first appointments demanded of a role at one CGS (by index) in a year. */
function firstHours(run: ModelRun, rep: number, year: number, c: number, role: string): number {
  const m = run.runs[rep]!;
  return m.demandHours[m.yearCgsRole(year, c, run.config.roleIds.indexOf(role)) * N_NEED + FIRST_STANDARD]!;
}

/**
 * Stationary South West fixture: first appointments only, all face to face, by genetic
 * counsellors, no DNAs, so every joiner costs one booking. Both runs draw the same referrals
 * (common random numbers), so the hours demanded differ only by the travel.
 */
describe('staffing need counts staff travel to satellite clinics (hand-computed)', () => {
  let hub: ModelRun;
  let satellite: ModelRun;
  const atSatellites = (share: number) => ['run.years=2', ...['L', 'M'].map((c) => `clinicSettings.cgs.${c}.satelliteShareOfDistant=${share}`)];
  beforeAll(async () => {
    hub = await runFixture('stationary-south-west', atSatellites(0), 2);
    satellite = await runFixture('stationary-south-west', atSatellites(1), 2);
  });

  it('each first appointment costs its expected share of the round trip on top of its clinic and admin minutes', () => {
    const s = hub.config.scenario;
    const first = s.appointments.first.standard;
    // Face to face (factor 1 in the fixture's data), slots lost at short notice; no DNA to rebook.
    const appointment = first.durationMinutes + first.adminMinutes;
    hub.config.cgsIds.forEach((id, c) => {
      const own = s.clinicSettings!.cgs[id]!;
      // Everyone face to face; every patient living 30 minutes or more away seen at a satellite.
      const distant = own.travelBandShares.from_30_to_60_min + own.travelBandShares.over_60_min;
      const travel = (distant * own.staffTravelMinutesPerSatelliteClinic) / own.appointmentsPerSatelliteClinic;
      expect(travel, id).toBeGreaterThan(20);
      for (let rep = 0; rep < 2; rep++) {
        for (let y = 0; y < 2; y++) {
          const before = firstHours(hub, rep, y, c, 'genetic_counsellor');
          const after = firstHours(satellite, rep, y, c, 'genetic_counsellor');
          expect(before, `${id} ${y}`).toBeGreaterThan(100);
          expect(Math.abs(after / before - (appointment + travel) / appointment), `${id} year ${y}`).toBeLessThan(1e-9);
        }
      }
    });
  });

  it('raises the recurring counsellor FTE needed in proportion', () => {
    for (const id of ['L', 'M']) {
      for (let rep = 0; rep < 2; rep++) {
        const before = metric(hub, rep, 1, 'fte_needed_genetic_counsellor', id);
        const after = metric(satellite, rep, 1, 'fte_needed_genetic_counsellor', id);
        const c = hub.config.cgsIds.indexOf(id);
        const ratio = firstHours(satellite, rep, 1, c, 'genetic_counsellor') / firstHours(hub, rep, 1, c, 'genetic_counsellor');
        expect(after / before, id).toBeCloseTo(ratio, 6);
        expect(after, id).toBeGreaterThan(before * 1.15);
      }
    }
  });
});

/**
 * The service-level check: satellites at both CGSs, and each CGS's population set so that as many
 * patients join its list a week as its counsellors see with a long list (measured with travel in
 * a probe run), so the list only random-walks. The recurring need then equals the counsellors
 * available; counting appointments without their travel would put it a sixth or more below.
 */
describe('with satellite clinics and demand equal to capacity, recurring need equals the FTE available', () => {
  let run: ModelRun;
  const satellites = ['L', 'M'].map((c) => `clinicSettings.cgs.${c}.satelliteShareOfDistant=1`);
  beforeAll(async () => {
    const probe = await runFixture('stationary-south-west', [...satellites, 'run.years=1', 'run.replications=1'], 1);
    const m = probe.runs[0]!;
    const weeks = m.weeksPerYear[0]!;
    const populations = probe.config.cgsIds.map((_, c) => {
      const seenPerWeek = m.counters[m.counterIndex(0, c, C.first_appointments)]! / weeks;
      const joinsPerWeek = m.counters[m.counterIndex(0, c, C.list_joins)]! / weeks;
      expect(m.counters[m.counterIndex(0, c, C.waiting_end_routine)]!, 'the probe\'s list stays long').toBeGreaterThan(300);
      return (probe.config.population[c]! * seenPerWeek) / joinsPerWeek;
    });
    run = await runFixture('stationary-south-west', [...satellites, ...probe.config.cgsIds.map((id, c) => `geography.cgs.${id}.population=${Math.round(populations[c]!)}`)]);
  });

  it('counsellor need is within 6% of the counsellors available in every year and CGS', () => {
    // Whole appointments (one of ~30 a week may not fit the week's last minutes) and Poisson joins
    // (±2.5% a year per replication): 6%. Without the travel the need would be 17% (Bristol) or more below.
    for (const id of ['L', 'M']) {
      for (let y = 0; y < run.config.years; y++) {
        const need = run.runs.reduce((a, _, r) => a + metric(run, r, y, 'fte_needed_genetic_counsellor', id), 0) / run.runs.length;
        const available = run.runs.reduce((a, _, r) => a + metric(run, r, y, 'fte_available_genetic_counsellor', id), 0) / run.runs.length;
        expect(Math.abs(need / available - 1), `${id} year ${y}: need ${need}, available ${available}`).toBeLessThan(0.06);
      }
    }
  });
});

/**
 * The satellite review on the South West network with the shipped data: from April 2027 Peninsula
 * (M) sees 90% of its distant patients' face-to-face appointments at satellites (baseline 30%).
 * Each CGS draws from its own streams, so Bristol (L) and Peninsula before the change are the
 * same replication for replication; Peninsula's clinicians need more FTE afterwards.
 */
describe('a satellite review raises the clinician FTE needed where clinics move out', () => {
  let base: ModelRun;
  let review: ModelRun;
  const common = ['geography.includeNetworks=[south_west]', 'run.years=2', 'run.uncertainty=none'];
  beforeAll(async () => {
    base = await runFixture('../../../scenarios/national-baseline', common, 2);
    review = await runFixture('../../../scenarios/national-baseline', [...common, 'clinicSettings.changes=[{fromDate: "2027-04-01", cgsId: M, satelliteShareOfDistant: 0.9}]'], 2);
  }, 60_000);

  it('Peninsula\'s consultants and counsellors need more after the change, nothing moves before it or at Bristol', () => {
    for (let rep = 0; rep < 2; rep++) {
      for (const role of ['clinical_geneticist', 'genetic_counsellor']) {
        const name = `fte_needed_${role}`;
        expect(metric(review, rep, 0, name, 'M'), `${role} M 2026`).toBe(metric(base, rep, 0, name, 'M'));
        for (let y = 0; y < 2; y++) expect(metric(review, rep, y, name, 'L'), `${role} L ${y}`).toBe(metric(base, rep, y, name, 'L'));
        const before = metric(base, rep, 1, name, 'M');
        const after = metric(review, rep, 1, name, 'M');
        // Travel per satellite appointment is 210/4 = 52.5 minutes; 60% more of the 70% distant face-to-face appointments go out.
        expect(after, `${role} M 2027: ${before} -> ${after}`).toBeGreaterThan(before * 1.03);
      }
    }
  });
});
