/**
 * Input checks shared by the closed-form queueing formulas. Messages name the parameter
 * and the value received, and for steady-state formulas every parameter that made up rho.
 */

export function requirePositive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`Expected \`${name}\` to be a finite number > 0, got \`${value}\``);
  }
  return value;
}

export function requireNonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`Expected \`${name}\` to be a finite number >= 0, got \`${value}\``);
  }
  return value;
}

export function requirePositiveInteger(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 1)) {
    throw new RangeError(`Expected \`${name}\` to be an integer >= 1, got \`${value}\``);
  }
  return value;
}

export function requireNonNegativeInteger(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`Expected \`${name}\` to be an integer >= 0, got \`${value}\``);
  }
  return value;
}

/** Throws unless rho < 1; `context` lists the inputs rho came from, e.g. {lambda: 12, mu: 1, c: 10}. */
export function requireSteadyState(rho: number, context: Readonly<Record<string, number>>): void {
  if (!(rho < 1)) {
    const inputs = Object.entries(context).map(([k, v]) => `${k}=${v}`).join(', ');
    throw new RangeError(`Expected utilisation rho < 1 for a steady state, got ${rho} (${inputs})`);
  }
}
