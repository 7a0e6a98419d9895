/**
 * Types of the workforce supply (training pipeline) model.
 *
 * The model is a stock-and-flow model per *line* (one role in one network), after the CfWI
 * robust workforce planning framework: trainees by year of training, staff awaiting a post
 * (time to fill) and qualified staff in post, stepped yearly or monthly.
 */
import type { DistributionSpec } from '../engine/random/distribution-spec.js';

/** A parameter that is either known or uncertain; each replication draws its own value. */
export type Uncertain = number | DistributionSpec;

/**
 * Training places per year: a constant, or a schedule keyed by calendar year. A year missing
 * from a schedule takes the value of the latest earlier year (years before the first entry
 * take the first entry), so `{2025: 4, 2028: 6}` means 4 a year until 2027 and 6 from 2028.
 */
export type PlacesSchedule = number | Readonly<Record<string, number>>;

/** Parameters shared by a role in every network unless a network overrides them. */
export interface SupplyRoleParams {
  /** Whole number of steps long (years × steps per year); 4 for ST3+ clinical genetics. */
  readonly trainingDurationYears: number;
  /** Share of trainees leaving training each year; completion = (1 − share)^duration. */
  readonly attritionPerYearShare: Uncertain;
  /** Share of those qualifying who take up a CGS post (the rest work elsewhere). */
  readonly takeUpShare: Uncertain;
  /** Share of qualified headcount leaving each year for reasons other than retirement. */
  readonly leaverRatePerYearShare: Uncertain;
  readonly retirementRatePerYearShare: Uncertain;
  /** Recruited from outside the UK pipeline, per network; converted to heads by `ftePerHead`. */
  readonly internationalRecruitmentFtePerYear: Uncertain;
  /** Qualified staff coming back after a career break or time outside the NHS, per network. */
  readonly returnToPracticeFtePerYear: Uncertain;
  /** Moves in from other specialties or sectors (nursing or scientist routes, other training programmes), per network. */
  readonly otherRecruitmentFtePerYear: Uncertain;
  /**
   * Share of qualified headcount moving to a post in another network each year. Not a loss
   * nationally: every move out arrives in another network of the projection, so national
   * moves net to zero (with a single network projected there is nowhere to move, so none do).
   */
  readonly moveRatePerYearShare: Uncertain;
  /** Less-than-full-time working: average contracted FTE per qualified head at the start, in (0, 1]. */
  readonly ftePerHead: Uncertain;
  /** Yearly change in FTE per head (negative when less-than-full-time working grows). */
  readonly ftePerHeadChangePerYear: Uncertain;
  /**
   * Average FTE at which trainees train: training takes trainingDurationYears / trainingFtePerHead
   * (a trainee at 0.8 FTE takes 1.25 times as long), a continuous delay.
   */
  readonly trainingFtePerHead: Uncertain;
  /** Share of commissioned places filled each year (take-up of places). */
  readonly placesFillShare: Uncertain;
  /** Attrition by year of training (index 0 = first year); missing years use attritionPerYearShare. */
  readonly attritionByTrainingYearShare: readonly number[];
  /** Delay between qualifying (or being recruited) and being in post: a continuous delay, not whole steps. */
  readonly timeToFillMonths: number;
  /**
   * Starting age profile of qualified staff with retirement by age band; when empty, retirement
   * is the flat retirementRatePerYearShare and staff do not age.
   */
  readonly ageProfile: readonly AgeBand[];
  /** Age at which joiners enter the qualified stock (used with an age profile). */
  readonly joinerAgeYears: number;
  /** Hours a week of the supervisor role's time that each trainee consumes. */
  readonly supervisionHoursPerTraineePerWeek: Uncertain;
  /** The role whose qualified staff supervise this role's trainees (often the role itself). */
  readonly supervisorRole: string;
  /** Clinical FTE contributed by one trainee in each year of training; length = duration. */
  readonly traineeCapacityFactorByYear: readonly number[];
}

/** One band of a starting age profile: ages fromAge..toAge inclusive. */
export interface AgeBand {
  readonly fromAge: number;
  readonly toAge: number;
  /** Share of the role's qualified headcount in this band at the start (shares sum to 1). */
  readonly share: number;
  readonly retirementRatePerYearShare: number;
}

/** One role in one network: the unit the model steps. */
export interface SupplyLine extends SupplyRoleParams {
  readonly network: string;
  readonly role: string;
  /** The policy lever: commissioned training places starting each year. */
  readonly trainingPlacesPerYear: PlacesSchedule;
  /** Trainees at the start, by year of training (index 0 = first year); shorter means 0. */
  readonly initialTraineesByYear: readonly number[];
  readonly initialQualifiedHeadcount: number;
}

export interface SupplyParams {
  readonly lines: readonly SupplyLine[];
  /** Hours in one full-time week, to turn supervision hours into FTE; 37.5 under Agenda for Change. */
  readonly hoursPerFtePerWeek?: number;
  /**
   * Supervision hours a week one qualified FTE of each supervisor role has reserved in its job
   * plan (hours × (1 − leave) × supervision share). A role listed here limits the training
   * places its network can host; a role not listed supervises without limit.
   */
  readonly reservedSupervisionHoursPerFtePerWeek?: Readonly<Record<string, number>>;
}

/** A line whose uncertain parameters have been drawn for one replication (or set to their means). */
export type ResolvedLine = {
  readonly [K in keyof SupplyLine]: SupplyLine[K] extends Uncertain ? number : SupplyLine[K];
};

export interface ProjectionOptions {
  /** First calendar year of the projection; the initial stocks describe this year's census. */
  readonly startYear: number;
  /** Number of years projected (one record per line per year). */
  readonly years: number;
  /** 1 (yearly, the default) or 12 (monthly); intake still starts once a year, in the first step. */
  readonly stepsPerYear?: 1 | 12;
  /**
   * Named random streams for uncertain parameters (see `replicationStreams`); without it each
   * uncertain parameter takes its distribution's mean.
   */
  readonly streams?: (name: string) => () => number;
  /** Keep a record for every step as well as every year (for flow-balance checks). */
  readonly recordSteps?: boolean;
  /** Cap each year's intake by supervisors' reserved hours (default true when the params give them). */
  readonly limitIntakeBySupervision?: boolean;
}

/**
 * Stocks at a census and flows until the next census, for one line.
 *
 * Census timing: just after the year's intake has started, so first-year trainees are counted.
 * Hence, between consecutive records a and b (next step or next year):
 *   b.trainees = a.trainees + b.intake − a.attrition − a.qualifications
 *   b.awaitingPost = a.awaitingPost + a.qualifications − a.notTakingUp + a.recruits − a.joiners
 *   b.qualifiedHeadcount = a.qualifiedHeadcount + a.joiners + a.movesIn − a.leavers − a.movesOut − a.retirements
 * Nothing is created or lost: every head enters by intake or recruitment and leaves by
 * attrition, not taking up a CGS post, leaving the NHS or retiring; moves between networks
 * sum to zero over the networks of a projection.
 */
export interface SupplyRecord {
  readonly year: number;
  /** Step within the year (0 for yearly records and for the first month). */
  readonly step: number;
  readonly network: string;
  readonly role: string;
  // Stocks at the census (heads unless named FTE).
  readonly trainees: number;
  readonly traineesByYear: readonly number[];
  readonly awaitingPost: number;
  readonly qualifiedHeadcount: number;
  /** qualifiedHeadcount × ftePerHead. */
  readonly fteSupply: number;
  /** Hours a week this role's staff spend supervising trainees of any role they supervise. */
  readonly supervisionHoursPerWeek: number;
  readonly supervisionFte: number;
  /** Clinical FTE from this role's trainees, by the capacity factor of their training year. */
  readonly traineeClinicalFte: number;
  // Flows (heads); intake is the one that arrived at this census, the rest run to the next.
  readonly intake: number;
  readonly attrition: number;
  readonly qualifications: number;
  readonly notTakingUp: number;
  /** International, return-to-practice and other recruitment, in heads. */
  readonly recruits: number;
  readonly joiners: number;
  /** Joiners by route (they sum to joiners): from training, international, returners, other specialties or sectors. */
  readonly joinersTraining: number;
  readonly joinersInternational: number;
  readonly joinersReturning: number;
  readonly joinersOtherSectors: number;
  /** Moves from and to other networks (heads); national totals are equal. */
  readonly movesIn: number;
  readonly movesOut: number;
  /** Leavers from the NHS (not retiring, not moving within it). */
  readonly leavers: number;
  readonly retirements: number;
  /** FTE per head at the census (less-than-full-time working, drifting by ftePerHeadChangePerYear). */
  readonly ftePerHead: number;
  /** Heads by band of the line's age profile at the census (empty without a profile). */
  readonly qualifiedByAgeBand: readonly number[];
  /** Places commissioned this year, before fill and supervision limits (0 in the first year: its starters are in the census). */
  readonly placesCommissioned: number;
  /** Filled places the supervisors' reserved hours could not host this year (heads not started). */
  readonly intakeNotHosted: number;
  /** Supervision hours a week this role's qualified staff have reserved in their job plans (NaN when unlimited). */
  readonly supervisionCapacityHoursPerWeek: number;
  /** Extra FTE of this (supervisor) role needed to host this year's filled places (0 when feasible). */
  readonly supervisorFteShort: number;
}

export interface SupplyProjection {
  readonly startYear: number;
  readonly years: number;
  readonly stepsPerYear: 1 | 12;
  /** The parameter values used, after drawing (for audit and for the gap solver). */
  readonly lines: readonly ResolvedLine[];
  /** One record per year × line, years ascending, lines in input order within a year. */
  readonly records: readonly SupplyRecord[];
  /** Per step × line, when `recordSteps` was set. */
  readonly steps?: readonly SupplyRecord[];
}
