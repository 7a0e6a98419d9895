import type { DistributionSpec } from '../engine/random/distribution-spec.js';
import { reservedSupervisionHours, type SupplyLine, type SupplyParams, type Uncertain } from '../supply/index.js';
import type { SupplyRoleSection, SupplySection } from './supply-schema.js';

/** What the supply lines need from the rest of the scenario. */
export interface SupplyContext {
  /** First year projected: stocks come from `supply.startStocks[startYear]` when listed (a back-cast). */
  readonly startYear?: number;
  /** Persons per network, to scale per-million recruitment rates. */
  readonly populationByNetwork?: Readonly<Record<string, number>>;
  /** Reserved supervision hours a week per FTE of each role, from the job plans. */
  readonly reservedSupervisionHoursPerFtePerWeek?: Readonly<Record<string, number>>;
  /** Roles whose qualified staff can only take posts in the networks listed (psychologists: in-service psychology). */
  readonly postsOnlyIn?: Readonly<Record<string, readonly string[]>>;
}

/** The role whose posts exist only where a CGS has in-service psychology. */
export const PSYCHOLOGY_ROLE = 'clinical_psychologist';

/** The parts of a parsed scenario the context is built from. */
interface ScenarioParts {
  readonly run: { readonly startYear: number };
  readonly geography: { readonly cgs: Readonly<Record<string, { readonly networkId: string; readonly population: number; readonly psychologyAccess: string }>> };
  readonly workforce: { readonly roles: Readonly<Record<string, { readonly hoursPerFtePerWeek: number; readonly leaveAndAbsenceShare: number; readonly jobPlan: { readonly supervisionShare: number } }>> };
}

/**
 * The supply context of a scenario: network populations, the supervision hours the job plans
 * reserve (the same job plans the service model uses), and where psychologists can take posts
 * (networks with a CGS that has, or is given, in-service psychology).
 */
export function supplyContextOf(scenario: ScenarioParts): SupplyContext {
  const populationByNetwork: Record<string, number> = {};
  const psychologyNetworks = new Set<string>();
  for (const cgs of Object.values(scenario.geography.cgs)) {
    populationByNetwork[cgs.networkId] = (populationByNetwork[cgs.networkId] ?? 0) + cgs.population;
    if (cgs.psychologyAccess === 'in_service') psychologyNetworks.add(cgs.networkId);
  }
  const reserved: Record<string, number> = {};
  for (const [role, spec] of Object.entries(scenario.workforce.roles)) {
    reserved[role] = reservedSupervisionHours(spec.hoursPerFtePerWeek, spec.leaveAndAbsenceShare, spec.jobPlan.supervisionShare);
  }
  return {
    startYear: scenario.run.startYear, populationByNetwork, reservedSupervisionHoursPerFtePerWeek: reserved,
    postsOnlyIn: { [PSYCHOLOGY_ROLE]: [...psychologyNetworks] },
  };
}

/** Turns a validated section into the supply model's lines (one per network × role), filling defaults. */
export function toSupplyParams(section: SupplySection, context: SupplyContext = {}): SupplyParams {
  const lines: SupplyLine[] = [];
  const stocksAt = context.startYear === undefined ? undefined : section.startStocks?.[String(context.startYear)];
  for (const [network, levers] of Object.entries(section.networks)) {
    for (const [role, defaults] of Object.entries(section.roles)) {
      const networkLevers = levers[role];
      const merged: SupplyRoleSection = { ...defaults, ...networkLevers?.overrides };
      const stocks = stocksAt === undefined ? networkLevers : stocksAt[network]?.[role] ?? {};
      const hasPosts = context.postsOnlyIn?.[role]?.includes(network) ?? true;
      const recruit = (perNetwork: Uncertain | undefined, perMillion: Uncertain | undefined): Uncertain =>
        hasPosts ? perNetwork ?? scaled(perMillion ?? 0, populationOf(context, network, perMillion) / 1e6) : 0;
      lines.push({
        network, role,
        trainingDurationYears: merged.trainingDurationYears,
        attritionPerYearShare: merged.attritionPerYearShare,
        // Without a post to take up (no in-service psychology in the network), no one joins.
        takeUpShare: hasPosts ? merged.takeUpShare : 0,
        leaverRatePerYearShare: merged.leaverRatePerYearShare,
        retirementRatePerYearShare: merged.retirementRatePerYearShare ?? 0,
        internationalRecruitmentFtePerYear: recruit(merged.internationalRecruitmentFtePerYear, merged.internationalRecruitmentFtePerMillionPerYear),
        returnToPracticeFtePerYear: recruit(merged.returnToPracticeFtePerYear, merged.returnToPracticeFtePerMillionPerYear),
        otherRecruitmentFtePerYear: recruit(merged.otherRecruitmentFtePerYear, merged.otherRecruitmentFtePerMillionPerYear),
        moveRatePerYearShare: merged.moveRatePerYearShare ?? 0,
        ftePerHead: merged.ftePerHead ?? 1,
        ftePerHeadChangePerYear: merged.ftePerHeadChangePerYear ?? 0,
        trainingFtePerHead: merged.trainingFtePerHead ?? 1,
        placesFillShare: merged.placesFillShare ?? 1,
        attritionByTrainingYearShare: merged.attritionByTrainingYearShare ?? [],
        timeToFillMonths: merged.timeToFillMonths ?? 0,
        ageProfile: (defaults.ageProfile ?? []).map(({ fromAge, toAge, share, retirementRatePerYearShare }) => ({ fromAge, toAge, share, retirementRatePerYearShare })),
        joinerAgeYears: defaults.joinerAgeYears ?? 32,
        supervisionHoursPerTraineePerWeek: merged.supervisionHoursPerTraineePerWeek ?? 0,
        supervisorRole: merged.supervisorRole ?? role,
        traineeCapacityFactorByYear: merged.traineeCapacityFactorByYear ?? [],
        // A role a network does not list has no places, trainees or staff there.
        trainingPlacesPerYear: networkLevers?.trainingPlacesPerYear ?? 0,
        initialTraineesByYear: stocks?.initialTraineesByYear ?? [],
        initialQualifiedHeadcount: stocks?.initialQualifiedHeadcount ?? 0,
      });
    }
  }
  return {
    lines,
    ...(section.hoursPerFtePerWeek === undefined ? {} : { hoursPerFtePerWeek: section.hoursPerFtePerWeek }),
    ...(section.limitIntakeBySupervision === false || context.reservedSupervisionHoursPerFtePerWeek === undefined
      ? {} : { reservedSupervisionHoursPerFtePerWeek: context.reservedSupervisionHoursPerFtePerWeek }),
  };
}

function populationOf(context: SupplyContext, network: string, perMillion: Uncertain | undefined): number {
  if (perMillion === undefined || perMillion === 0) return 0;
  const population = context.populationByNetwork?.[network];
  if (population === undefined) throw new Error(`supply: a per-million recruitment rate needs the population of network '${network}', which the scenario does not give`);
  return population;
}

/** A number or a distribution times a factor (for per-million rates); the families here are scale families. */
function scaled(value: Uncertain, factor: number): Uncertain {
  if (typeof value === 'number') return value * factor;
  const spec = value as DistributionSpec;
  switch (spec.kind) {
    case 'triangular': return { ...spec, min: spec.min * factor, mode: spec.mode * factor, max: spec.max * factor };
    case 'uniform': return { ...spec, min: spec.min * factor, max: spec.max * factor };
    case 'deterministic': return { ...spec, value: spec.value * factor };
    case 'gamma': case 'lognormal': return factor > 0 ? { ...spec, mean: spec.mean * factor, sd: spec.sd * factor } : 0;
    case 'exponential': return factor > 0 ? { ...spec, mean: spec.mean * factor } : 0;
    default: throw new Error(`supply: a per-million recruitment rate cannot be a ${spec.kind} distribution; use triangular, uniform, gamma, lognormal or exponential`);
  }
}
