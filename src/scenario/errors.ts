/** One thing wrong with a scenario: where, what was found and what was expected. */
export interface ScenarioIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  readonly received?: unknown;
}

/** A scenario that cannot be run. The CLI prints every issue and exits with status 2. */
export class ScenarioError extends Error {
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
  }
}

export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === '' ? issue.file : `${issue.file}: ${issue.path}`;
  const got = issue.received === undefined ? '' : ` (got ${preview(issue.received)})`;
  return `${where}: ${issue.message}${got}`;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
