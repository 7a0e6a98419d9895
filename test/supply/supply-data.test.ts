import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NETWORK_IDS, parseSupply } from '../../src/scenario/supply-schema.js';

/** Minimal RFC 4180 reader: the tables quote their `source` column. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i += 1; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8').trimEnd();
  const [header, ...body] = text.split('\n').map(splitCsvLine);
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

const number = (text: string) => Number(text);

describe('data/supply_*.csv', () => {
  const roles = readCsv('supply_roles.csv');
  const networks = readCsv('supply_networks.csv');

  it('has the five roles and every network × role, each with a source', () => {
    expect(roles.map((r) => r.role)).toEqual(['clinical_geneticist', 'genetic_counsellor', 'clinical_psychologist', 'genomic_associate', 'family_history_coordinator']);
    expect(new Set(networks.map((r) => r.network_id))).toEqual(new Set(NETWORK_IDS));
    expect(networks).toHaveLength(NETWORK_IDS.length * roles.length);
    for (const row of [...roles, ...networks]) expect(row.source!.length).toBeGreaterThan(20);
  });

  it('starts from the baseline establishment of data/staff_baseline.csv', () => {
    const network = Object.fromEntries(readCsv('cgs.csv').map((r) => [r.cgs_id!, r.network_id!]));
    const baseline = new Map<string, number>();
    for (const r of readCsv('staff_baseline.csv')) {
      const key = `${network[r.cgs_id!]}/${r.role}`;
      baseline.set(key, (baseline.get(key) ?? 0) + number(r.fte!));
    }
    const perHead = new Map(roles.map((r) => [r.role!, number(r.fte_per_head!)]));
    const trainee: Record<string, string> = { clinical_geneticist: 'specialty_registrar', genetic_counsellor: 'trainee_genetic_counsellor' };
    for (const r of networks) {
      const fte = number(r.initial_qualified_headcount!) * perHead.get(r.role!)!;
      expect(Math.abs(fte - (baseline.get(`${r.network_id}/${r.role}`) ?? 0)), `${r.network_id} ${r.role}`).toBeLessThan(0.06);
      const traineeRole = trainee[r.role!];
      if (traineeRole) expect(Math.abs(number(r.trainees_in_training!) * perHead.get(r.role!)! - baseline.get(`${r.network_id}/${traineeRole}`)!)).toBeLessThan(0.06);
      expect(number(r.places_from_year!)).toBe(2026);
    }
  });

  it('passes the supply schema when mapped onto a scenario section', () => {
    const section = {
      roles: Object.fromEntries(roles.map((r) => [r.role!, {
        trainingDurationYears: number(r.training_duration_years!),
        attritionPerYearShare: number(r.attrition_per_year_share!),
        takeUpShare: number(r.take_up_share!),
        leaverRatePerYearShare: number(r.leaver_rate_per_year_share!),
        retirementRatePerYearShare: number(r.retirement_rate_per_year_share!),
        ftePerHead: number(r.fte_per_head!),
        timeToFillMonths: number(r.time_to_fill_months!),
        supervisionHoursPerTraineePerWeek: number(r.supervision_hours_per_trainee_per_week!),
        supervisorRole: r.supervisor_role!,
        traineeCapacityFactorByYear: [1, 2, 3, 4].map((y) => r[`trainee_capacity_factor_year${y}`]!).filter((v) => v !== '').map(number),
      }])),
      networks: {} as Record<string, Record<string, unknown>>,
    };
    for (const r of networks) {
      (section.networks[r.network_id!] ??= {})[r.role!] = {
        trainingPlacesPerYear: number(r.training_places_per_year!),
        initialQualifiedHeadcount: number(r.initial_qualified_headcount!),
      };
    }
    expect(() => parseSupply(section)).not.toThrow();
  });
});
