import type { AssumptionBuilder } from './assumption-builder.js';
import { parseDecimal } from './table-spec.js';

type Row = Readonly<Record<string, string>>;

/**
 * The pathway facts that differ by indication and the reference year of each referral rate:
 * `indication_pathway.csv` (where psychological need is assessed; long-term review interval
 * and duration) and the `reference_year` column of `indications.csv`. The rows are checked
 * already (default-table-specs.ts).
 */
export function loadIndicationPathway(b: AssumptionBuilder, rowsOf: (name: string) => Row[]): void {
  rowsOf('indications.csv').forEach((r) =>
    b.put(['demand', 'indications', r.indication!, 'referenceYear'], parseDecimal(r.reference_year!), 'financial year', r.source!));
  rowsOf('indication_pathway.csv').forEach((r) => {
    const base = ['demand', 'indications', r.indication!];
    b.put([...base, 'psychologyAssessedAt'], r.psychology_assessed_at, '', r.source!);
    b.put([...base, 'longTermReviewIntervalMonths'], parseDecimal(r.long_term_review_interval_months!), 'months', r.source!);
    b.put([...base, 'longTermManagementYears'], parseDecimal(r.long_term_management_years!), 'years', r.source!);
  });
}
