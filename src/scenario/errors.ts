/** One thing wrong with a scenario: where, what was found and what was expected. */
export interface ScenarioIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  readonly received?: unknown;
}

/** Issues printed in full; the rest are counted, so a file with thousands of mistakes gives a readable message. */
export const MAX_ISSUES_SHOWN = 20;
/** Longest field path and message printed for one issue: their start says enough. The value is cut separately. */
export const MAX_PATH_CHARS = 150;
export const MAX_MESSAGE_CHARS = 400;

/** A scenario that cannot be run. The CLI prints the message and exits with status 2; `issues` holds every issue. */
export class ScenarioError extends Error {
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(formatIssues(issues));
    this.name = 'ScenarioError';
  }
}

/** The first MAX_ISSUES_SHOWN issues, one line each, then how many more there are. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  const lines = issues.slice(0, MAX_ISSUES_SHOWN).map(formatIssue);
  const more = issues.length - lines.length;
  if (more > 0) lines.push(`... and ${more} more issue${more > 1 ? 's' : ''}`);
  return lines.join('\n');
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === '' ? issue.file : `${issue.file}: ${cut(issue.path, MAX_PATH_CHARS)}`;
  const got = issue.received === undefined ? '' : ` (got ${preview(issue.received)})`;
  return `${where}: ${cut(issue.message, MAX_MESSAGE_CHARS)}${got}`;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

function preview(value: unknown): string {
  let text: string | undefined;
  try {
    text = typeof value === 'string' ? `'${cut(value, 100)}'` : JSON.stringify(value);
  } catch {
    text = undefined; // A value that contains itself, or a BigInt: say what it is instead.
  }
  return cut(text ?? (typeof value === 'object' && value !== null ? '(a structure that cannot be shown)' : String(value)), 80);
}
