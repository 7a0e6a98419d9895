import { PSYCHOLOGY_ACCESS } from '../scenario/schema/geography.js';
import { PSYCHOLOGY_ROLE, supplyContextOf, toSupplyParams } from '../scenario/supply-to-params.js';
import { centralValue, projectSupply, replicationStreams, type SupplyParams } from '../supply/index.js';
import type { ModelConfig } from './model-config.js';

/**
 * The service-model role a supply role's trainees work as while training. Other supply roles
 * train in post or outside the CGS, and their trainees are not counted as service staff.
 */
export const TRAINEE_ROLE_OF: Readonly<Record<string, string>> = {
  clinical_geneticist: 'specialty_registrar',
  genetic_counsellor: 'trainee_genetic_counsellor',
};

/** One service role in one network: the CGSs that share its FTE, and each one's share. */
interface Target {
  readonly role: number;
  readonly cgs: Int32Array;
  readonly shares: Float64Array;
}

/** Where each supply line's FTE goes in the service model; built once per compiled scenario. */
interface CouplingPlan {
  readonly params: SupplyParams;
  readonly stepsPerYear: 1 | 12;
  readonly qualified: readonly (Target | null)[];
  readonly trainees: readonly (Target | null)[];
}

/** Index of in_service in ModelConfig.psychologyAccess (the order of PSYCHOLOGY_ACCESS). */
const PSYCHOLOGY_IN_SERVICE = PSYCHOLOGY_ACCESS.indexOf('in_service');

const plans = new WeakMap<ModelConfig, CouplingPlan | null>();

/**
 * FTE by [(year * cgs + c) * roles + role] taken from the training pipeline when the scenario
 * says `supply.mode: pipeline`, or null for fixed staffing (baseline plus recruitment).
 * NaN leaves a role at its baseline.
 *
 * Each replication projects the pipeline with its own streams (`replicationStreams(seed,
 * replication)`, as `cgs-sim pipeline` does), so uncertain supply parameters vary across
 * replications like everything else. A network's qualified FTE at each year's census is shared
 * among its CGSs by their baseline FTE of the role (by population where the baseline is 0).
 * Trainee roles get trainee headcount × FTE per head, not the pipeline's trainee clinical FTE:
 * the service model already discounts trainees by their role's clinical capacity factor.
 */
export function supplyFte(config: ModelConfig, seed: number, replication: number): Float64Array | null {
  const plan = planOf(config);
  if (plan === null) return null;
  const projection = projectSupply(plan.params, {
    startYear: config.startYear, years: config.years, stepsPerYear: plan.stepsPerYear, streams: replicationStreams(seed, replication),
  });
  const nCgs = config.cgsIds.length;
  const nRoles = config.roleIds.length;
  const fte = new Float64Array(config.years * nCgs * nRoles).fill(NaN);
  const nLines = plan.params.lines.length;
  for (let y = 0; y < config.years; y++) {
    const offset = y * nCgs * nRoles;
    for (let i = 0; i < nLines; i++) {
      const record = projection.records[y * nLines + i]!;
      share(fte, offset, nRoles, plan.qualified[i]!, record.fteSupply);
      share(fte, offset, nRoles, plan.trainees[i]!, record.trainees * projection.lines[i]!.ftePerHead);
    }
  }
  return fte;
}

function share(fte: Float64Array, offset: number, nRoles: number, target: Target | null, total: number): void {
  if (target === null) return;
  for (let k = 0; k < target.cgs.length; k++) {
    const cell = offset + target.cgs[k]! * nRoles + target.role;
    // Two supply roles may feed one service role: the first write replaces the NaN, later ones add.
    fte[cell] = (Number.isNaN(fte[cell]!) ? 0 : fte[cell]!) + total * target.shares[k]!;
  }
}

function planOf(config: ModelConfig): CouplingPlan | null {
  let plan = plans.get(config);
  if (plan === undefined) {
    plan = buildPlan(config);
    plans.set(config, plan);
  }
  return plan;
}

function buildPlan(config: ModelConfig): CouplingPlan | null {
  const section = config.scenario.supply;
  if (section === undefined || section.mode !== 'pipeline') return null;
  const all = toSupplyParams(section, supplyContextOf(config.scenario));
  // Lines of networks this scenario does not simulate would only cost time.
  const lines = all.lines.filter((line) => config.networkIds.includes(line.network));
  return {
    params: { ...all, lines },
    stepsPerYear: section.stepsPerYear ?? 1,
    qualified: lines.map((line) => targetOf(config, line.network, line.role)),
    trainees: lines.map((line) => {
      const traineeRole = TRAINEE_ROLE_OF[line.role];
      return traineeRole === undefined ? null : targetOf(config, line.network, traineeRole);
    }),
  };
}

function targetOf(config: ModelConfig, network: string, roleId: string): Target | null {
  const role = config.roleIds.indexOf(roleId);
  const n = config.networkIds.indexOf(network);
  if (role < 0 || n < 0) return null;
  const nRoles = config.roleIds.length;
  // Psychologists take posts only in CGSs with in-service psychology (as the data say or the scenario gives it).
  const hosts = (c: number): boolean => roleId !== PSYCHOLOGY_ROLE || config.psychologyAccess[c] === PSYCHOLOGY_IN_SERVICE;
  const cgs = Int32Array.from(config.cgsIds.map((_, c) => c).filter((c) => config.cgsNetwork[c] === n && hosts(c)));
  if (cgs.length === 0) return null;
  const baseline = Array.from(cgs, (c) => config.baselineFte[c * nRoles + role]!);
  const weights = baseline.some((x) => x > 0) ? baseline : Array.from(cgs, (c) => config.population[c]!);
  const total = weights.reduce((a, b) => a + b, 0);
  return { role, cgs, shares: Float64Array.from(weights, (w) => (total > 0 ? w / total : 1 / weights.length)) };
}

/** Who supervises each service role's trainees, and for how long, from the supply model's roles. */
export interface SupervisionPlan {
  /** Service role index of the supervisor of role r's trainees, or -1 when the supply model does not say. */
  readonly supervisorOf: Int32Array;
  /** Supervision hours a week per trainee FTE of role r (NaN when the supply model does not say). */
  readonly hoursPerTraineeFtePerWeek: Float64Array;
}

/**
 * The supply model's supervisor roles for the service model: specialty registrars are
 * supervised by consultants and trainee genetic counsellors by genetic counsellors (each the
 * `supervisorRole` of its supply role), for `supervisionHoursPerTraineePerWeek` per trainee head,
 * which is hours / FTE per head per trainee FTE. Meant to replace the flat
 * `pathway.supervisionHoursPerTraineeFtePerWeek` shared among every role with reserved
 * supervision time; roles the supply model does not cover keep the flat rate.
 */
export function supervisionPlanOf(config: ModelConfig): SupervisionPlan {
  const nRoles = config.roleIds.length;
  const supervisorOf = new Int32Array(nRoles).fill(-1);
  const hours = new Float64Array(nRoles).fill(NaN);
  const section = config.scenario.supply;
  if (section === undefined) return { supervisorOf, hoursPerTraineeFtePerWeek: hours };
  for (const [qualified, traineeRole] of Object.entries(TRAINEE_ROLE_OF)) {
    const spec = section.roles[qualified];
    const r = config.roleIds.indexOf(traineeRole);
    const supervisor = config.roleIds.indexOf(spec?.supervisorRole ?? qualified);
    if (spec === undefined || r < 0 || supervisor < 0) continue;
    supervisorOf[r] = supervisor;
    hours[r] = centralValue(spec.supervisionHoursPerTraineePerWeek ?? 0) / centralValue(spec.ftePerHead ?? 1);
  }
  return { supervisorOf, hoursPerTraineeFtePerWeek: hours };
}
