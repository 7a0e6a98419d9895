import { OutputError } from '../results/output/errors.js';
import { describeFileSystemError, isFileSystemError } from '../results/output/fs-errors.js';

/** Exit statuses: 2 for input the user can fix (bad scenario, bad flags, existing results), 1 for failures. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** An error in what the user asked for: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The one line to print for an error the user can fix (exit status 2), or undefined for a failure of
 * the program. A file-system error (a read-only folder, a full disk) names its path; no stack trace.
 */
export function userErrorMessage(error: unknown): string | undefined {
  if (error instanceof UsageError || error instanceof OutputError) return error.message;
  if (isFileSystemError(error)) return describeFileSystemError(error);
  return undefined;
}
