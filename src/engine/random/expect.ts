/**
 * Parameter checks for constructors at the edge of the kernel. Messages follow p-queue:
 * ``Expected `mean` to be a finite number > 0, got `-2` ``.
 */

/** Renders a received value for an error message without throwing on odd inputs. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null || typeof value === 'function' || typeof value === 'symbol') {
    return String(value);
  }
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function rangeError(name: string, expected: string, value: unknown): RangeError {
  return new RangeError(`Expected \`${name}\` to be ${expected}, got \`${formatValue(value)}\``);
}

export function expectFinite(name: string, value: number): number {
  if (!Number.isFinite(value)) throw rangeError(name, 'a finite number', value);
  return value;
}

export function expectPositive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw rangeError(name, 'a finite number > 0', value);
  return value;
}

export function expectNonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) throw rangeError(name, 'a finite number >= 0', value);
  return value;
}

export function expectNonNegativeInteger(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) throw rangeError(name, 'an integer >= 0', value);
  return value;
}

export function expectProbability(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw rangeError(name, 'a number in [0, 1]', value);
  return value;
}

/** For confidence levels and quantile probabilities that must avoid the endpoints. */
export function expectOpenUnit(name: string, value: number): number {
  if (!(value > 0 && value < 1)) throw rangeError(name, 'a number in (0, 1)', value);
  return value;
}
