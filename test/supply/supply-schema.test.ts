import { describe, expect, it } from 'vitest';
import { parseSupply, supplySchema } from '../../src/scenario/supply-schema.js';
import { toSupplyParams } from '../../src/scenario/supply-to-params.js';
import { projectSupply } from '../../src/supply/index.js';

function valid() {
  return {
    stepsPerYear: 1,
    roles: {
      genetic_counsellor: {
        trainingDurationYears: 3,
        attritionPerYearShare: 0.012,
        takeUpShare: 0.9,
        leaverRatePerYearShare: { kind: 'triangular', min: 0.06, mode: 0.09, max: 0.12 },
        retirementRatePerYearShare: 0.02,
        internationalRecruitmentFtePerYear: 0.5,
        ftePerHead: 0.85,
        timeToFillMonths: 4,
        supervisionHoursPerTraineePerWeek: 4,
        traineeCapacityFactorByYear: [0.2, 0.4, 0.6],
      },
      genomic_associate: {
        trainingDurationYears: 1,
        attritionPerYearShare: 0.1,
        takeUpShare: 0.95,
        leaverRatePerYearShare: 0.1,
        supervisorRole: 'genetic_counsellor',
        supervisionHoursPerTraineePerWeek: 2,
      },
    },
    networks: {
      north_west: {
        genetic_counsellor: { trainingPlacesPerYear: 3, initialTraineesByYear: [3, 3, 2], initialQualifiedHeadcount: 32 },
        genomic_associate: { trainingPlacesPerYear: { 2026: 4, 2028: 6 }, overrides: { ftePerHead: 0.9 } },
      },
      east: { genetic_counsellor: { trainingPlacesPerYear: 2 } },
    } as Record<string, unknown>,
  };
}

function errorOf(input: unknown): string {
  try {
    parseSupply(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the section to be rejected');
}

describe('supplySchema', () => {
  it('accepts a valid section and builds one line per network × role', () => {
    const section = parseSupply(valid());
    const { lines } = toSupplyParams(section);
    expect(lines.map((l) => `${l.network}/${l.role}`)).toEqual([
      'north_west/genetic_counsellor', 'north_west/genomic_associate', 'east/genetic_counsellor', 'east/genomic_associate',
    ]);
    const associate = lines[1]!;
    expect(associate.ftePerHead).toBe(0.9);
    expect(associate.supervisorRole).toBe('genetic_counsellor');
    expect(lines[3]!.trainingPlacesPerYear).toBe(0);
    const projection = projectSupply({ lines }, { startYear: 2025, years: 5 });
    expect(projection.records).toHaveLength(20);
  });

  it('rejects a negative intake, naming the field path', () => {
    const input = valid();
    (input.networks.north_west as any).genetic_counsellor.trainingPlacesPerYear = -2;
    expect(errorOf(input)).toMatch(/supply\.networks\.north_west\.genetic_counsellor\.trainingPlacesPerYear: .*>= 0.*got -2/);
  });

  it('rejects a negative place count inside a schedule', () => {
    const input = valid();
    (input.networks.north_west as any).genomic_associate.trainingPlacesPerYear = { 2026: -1 };
    expect(errorOf(input)).toMatch(/supply\.networks\.north_west\.genomic_associate\.trainingPlacesPerYear\.2026: .*>= 0/);
  });

  it('rejects a rate above 1, naming the field path', () => {
    const input = valid();
    (input.roles.genetic_counsellor as any).takeUpShare = 1.4;
    expect(errorOf(input)).toMatch(/supply\.roles\.genetic_counsellor\.takeUpShare: must be .*\[0, 1\].*got 1\.4/);
  });

  it('checks distribution specs given for rates', () => {
    const input = valid();
    (input.roles.genetic_counsellor as any).leaverRatePerYearShare = { kind: 'triangular', min: 0.1, mode: 0.05, max: 0.2 };
    expect(errorOf(input)).toMatch(/supply\.roles\.genetic_counsellor\.leaverRatePerYearShare\.mode: must lie within/);
  });

  it('rejects a training duration of 0, naming the field path', () => {
    const input = valid();
    (input.roles.genetic_counsellor as any).trainingDurationYears = 0;
    expect(errorOf(input)).toMatch(/supply\.roles\.genetic_counsellor\.trainingDurationYears: must be a number of years > 0 \(got 0\)/);
  });

  it('rejects an unknown network, naming it and the allowed ids', () => {
    const input = valid();
    input.networks.wales = { genetic_counsellor: { trainingPlacesPerYear: 1 } };
    expect(errorOf(input)).toMatch(/supply\.networks\.wales: unknown network 'wales': expected one of north_east_yorkshire.*\(got "wales"\)/);
    expect(() => parseSupply(valid(), 'supply', ['north_west', 'east'])).not.toThrow();
    expect(() => parseSupply(valid(), 'supply', ['north_west'])).toThrow(/supply\.networks\.east: unknown network 'east': expected one of north_west/);
  });

  it('rejects roles and supervisors that are not defined, and unknown fields', () => {
    const input = valid();
    (input.networks.east as any).genomic_counsellor = { trainingPlacesPerYear: 1 };
    (input.roles.genomic_associate as any).supervisorRole = 'consultant';
    (input.roles.genomic_associate as any).fteExample = 1;
    const message = errorOf(input);
    expect(message).toMatch(/supply\.roles\.genomic_associate: unknown field\(s\) fteExample/);
    const refined = supplySchema.safeParse({ ...valid(), roles: { ...valid().roles, genomic_associate: { ...valid().roles.genomic_associate, supervisorRole: 'consultant' } }, networks: { east: { genomic_counsellor: { trainingPlacesPerYear: 1 } } } });
    const paths = refined.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('roles.genomic_associate.supervisorRole');
    expect(paths).toContain('networks.east.genomic_counsellor');
  });

  it('rejects durations that are not whole steps and capacity factors beyond the training', () => {
    const input = valid();
    (input.roles.genetic_counsellor as any).trainingDurationYears = 2.5;
    const message = errorOf(input);
    expect(message).toMatch(/supply\.roles\.genetic_counsellor\.trainingDurationYears: must be a whole number of steps/);
    expect(() => parseSupply({ ...input, stepsPerYear: 12 })).not.toThrow();
    (input.roles.genetic_counsellor as any).traineeCapacityFactorByYear = [0.1, 0.2, 0.3, 0.4];
    expect(errorOf(input)).toMatch(/supply\.roles\.genetic_counsellor\.traineeCapacityFactorByYear: must have at most one entry per year of training \(3\)/);
  });
});
