import { z } from 'zod';
import { formatValue } from './expect.js';
import {
  Bernoulli, Deterministic, Empirical, Exponential, Lognormal, Poisson, Triangular, Uniform, Weibull,
  gammaFromMeanSd, type Distribution,
} from './distributions/index.js';

// z.number() already rejects NaN and ±Infinity in zod 4, so "finite" holds for every field.
const finite = (error = 'must be a finite number') => z.number({ error });
const positive = (error = 'must be a finite number > 0') => finite(error).gt(0, { error });
const nonNegative = (error = 'must be a finite number >= 0') => finite(error).gte(0, { error });
const probability = (error = 'must be a probability in [0, 1]') => nonNegative(error).lte(1, { error });

type Bounds = { min: number; max: number };
function maxAboveMin(spec: Bounds, ctx: z.RefinementCtx): void {
  if (!(spec.max > spec.min)) {
    ctx.addIssue({ code: 'custom', path: ['max'], input: spec.max, message: `must be greater than min (${spec.min})` });
  }
}

// Plain strict objects first: their keys name the allowed fields in error messages.
const shapes = {
  exponential: z.strictObject({ kind: z.literal('exponential'), mean: positive() }),
  gamma: z.strictObject({ kind: z.literal('gamma'), mean: positive(), sd: positive() }),
  lognormal: z.strictObject({ kind: z.literal('lognormal'), mean: positive(), sd: positive() }),
  triangular: z.strictObject({ kind: z.literal('triangular'), min: finite(), mode: finite(), max: finite() }),
  uniform: z.strictObject({ kind: z.literal('uniform'), min: finite(), max: finite() }),
  deterministic: z.strictObject({ kind: z.literal('deterministic'), value: finite() }),
  empirical: z.strictObject({
    kind: z.literal('empirical'),
    values: z.array(finite()).min(1, { error: 'must list at least one value' }),
    weights: z.array(nonNegative()).optional(),
  }),
  poisson: z.strictObject({ kind: z.literal('poisson'), mean: positive() }),
  bernoulli: z.strictObject({
    kind: z.literal('bernoulli'),
    p: probability(),
  }),
  weibull: z.strictObject({ kind: z.literal('weibull'), shape: positive(), scale: positive() }),
};

export type DistributionKind = keyof typeof shapes;
/** Every distribution family a scenario may name, in documentation order. */
export const distributionKinds = Object.keys(shapes) as readonly DistributionKind[];

const triangularSchema = shapes.triangular.superRefine((spec, ctx) => {
  maxAboveMin(spec, ctx);
  if (spec.max > spec.min && !(spec.mode >= spec.min && spec.mode <= spec.max)) {
    ctx.addIssue({ code: 'custom', path: ['mode'], input: spec.mode, message: `must lie within [min, max] = [${spec.min}, ${spec.max}]` });
  }
});

const empiricalSchema = shapes.empirical.superRefine((spec, ctx) => {
  const weights = spec.weights;
  if (weights === undefined || spec.values.length === 0) return;
  if (weights.length !== spec.values.length) {
    ctx.addIssue({ code: 'custom', path: ['weights'], input: weights, message: `must have one entry per value (${spec.values.length}), not ${weights.length}` });
  } else if (!(weights.reduce((sum, w) => sum + w, 0) > 0)) {
    ctx.addIssue({ code: 'custom', path: ['weights'], input: weights, message: 'must not all be zero' });
  }
});

export const distributionSpecSchema = z.discriminatedUnion('kind', [
  shapes.exponential,
  shapes.gamma,
  shapes.lognormal,
  triangularSchema,
  shapes.uniform.superRefine(maxAboveMin),
  shapes.deterministic,
  empiricalSchema,
  shapes.poisson,
  shapes.bernoulli,
  shapes.weibull,
]);

export type DistributionSpec = z.infer<typeof distributionSpecSchema>;

/** Builds the distribution a validated spec describes. */
export function createDistribution(spec: DistributionSpec): Distribution {
  switch (spec.kind) {
    case 'exponential': return new Exponential(spec.mean);
    case 'gamma': return gammaFromMeanSd(spec.mean, spec.sd);
    case 'lognormal': return new Lognormal(spec.mean, spec.sd);
    case 'triangular': return new Triangular(spec.min, spec.mode, spec.max);
    case 'uniform': return new Uniform(spec.min, spec.max);
    case 'deterministic': return new Deterministic(spec.value);
    case 'empirical': return new Empirical(spec.values, spec.weights);
    case 'poisson': return new Poisson(spec.mean);
    case 'bernoulli': return new Bernoulli(spec.p);
    case 'weibull': return new Weibull(spec.shape, spec.scale);
  }
}

/**
 * Validates untyped input (a parsed YAML or JSON value, say) found at `path` and builds it.
 * Throws one Error listing every problem as `path.field: message (got X)`.
 */
export function createDistributionFromUnknown(value: unknown, path: string): Distribution {
  const result = distributionSpecSchema.safeParse(value, { reportInput: true });
  if (result.success) return createDistribution(result.data);
  const lines = result.error.issues.flatMap((issue) => describeIssue(issue, value, path));
  throw new Error(lines.join('\n'));
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown, path: string): string[] {
  const where = joinPath(path, issue.path) || '(root)';
  if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'kind') {
    const kind = (value as { kind?: unknown }).kind;
    const expected = `expected one of ${distributionKinds.join(', ')}`;
    if (kind === undefined) return [`${where}: missing distribution kind; ${expected}`];
    const named = typeof kind === 'string' ? `'${kind}'` : formatValue(kind);
    return [`${where}: unknown distribution ${named}; ${expected}`];
  }
  if (issue.code === 'unrecognized_keys') {
    const kind = (value as { kind: DistributionKind }).kind;
    const allowed = Object.keys(shapes[kind].shape).join(', ');
    const fields = value as Record<string, unknown>;
    return issue.keys.map((key) => `${joinPath(path, [...issue.path, key])}: unknown field for '${kind}'; expected only ${allowed} (got ${formatValue(fields[key])})`);
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    return [`${where}: must be an object with a \`kind\` field (got ${formatValue(value)})`];
  }
  const required = issue.code === 'invalid_type' && issue.input === undefined ? 'required; ' : '';
  return [`${where}: ${required}${issue.message} (got ${formatValue(issue.input)})`];
}

function joinPath(base: string, segments: readonly PropertyKey[]): string {
  let joined = base;
  for (const segment of segments) {
    if (typeof segment === 'number') joined += `[${segment}]`;
    else joined += joined === '' ? String(segment) : `.${String(segment)}`;
  }
  return joined;
}
