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

  it('gives every role every route with low <= value <= high and a source', () => {
    const routes = readCsv('supply_routes.csv');
    const parameters = [...new Set(routes.map((r) => r.parameter!))];
    expect(parameters).toHaveLength(8);
    for (const role of roles.map((r) => r.role!)) {
      for (const parameter of parameters) {
        const row = routes.find((r) => r.role === role && r.parameter === parameter);
        expect(row, `${role} ${parameter}`).toBeDefined();
        expect(number(row!.low!)).toBeLessThanOrEqual(number(row!.value!));
        expect(number(row!.value!)).toBeLessThanOrEqual(number(row!.high!));
        expect(row!.source!.length).toBeGreaterThan(20);
      }
    }
  });

  it('has an age profile per role whose shares add to 1, bands contiguous, each with a source', () => {
    const bands = readCsv('supply_age_profile.csv');
    for (const role of roles.map((r) => r.role!)) {
      const own = bands.filter((b) => b.role === role);
      expect(own.length, role).toBeGreaterThan(3);
      expect(own.reduce((sum, b) => sum + number(b.share!), 0)).toBeCloseTo(1, 9);
      own.slice(1).forEach((b, i) => expect(number(b.age_band_from!)).toBe(number(own[i]!.age_band_to!) + 1));
      for (const b of own) expect(b.source!.length).toBeGreaterThan(20);
    }
  });

  it('loads into a scenario that passes the supply schema', async () => {
    const { loadScenario } = await import('../../src/scenario/load-scenario.js');
    const { scenario } = await loadScenario(new URL('../../scenarios/national-baseline.yaml', import.meta.url).pathname, {});
    expect(() => parseSupply(JSON.parse(JSON.stringify(scenario.supply)))).not.toThrow();
    expect(scenario.supply!.startStocks!['2019']).toBeDefined();
    expect(scenario.supply!.anchors!.length).toBeGreaterThan(3);
  });
});
