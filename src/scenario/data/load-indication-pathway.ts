import type { AssumptionBuilder } from './assumption-builder.js';
import { num, readCsv } from './read-csv.js';

/**
 * The pathway facts that differ by indication and the reference year of each referral rate:
 * `indication_pathway.csv` (where psychological need is assessed; long-term review interval
 * and duration) and the `reference_year` column of `indications.csv`.
 */
export async function loadIndicationPathway(b: AssumptionBuilder, file: (name: string) => string): Promise<void> {
  let f = file('indications.csv');
  (await readCsv(f, ['indication', 'reference_year', 'source'])).forEach((r, i) =>
    b.put(['demand', 'indications', r.indication!, 'referenceYear'], num(r, 'reference_year', f, i), 'financial year', r.source!));
  f = file('indication_pathway.csv');
  const columns = ['indication', 'psychology_assessed_at', 'long_term_review_interval_months', 'long_term_management_years', 'source'];
  (await readCsv(f, columns)).forEach((r, i) => {
    const base = ['demand', 'indications', r.indication!];
    b.put([...base, 'psychologyAssessedAt'], r.psychology_assessed_at, '', r.source!);
    b.put([...base, 'longTermReviewIntervalMonths'], num(r, 'long_term_review_interval_months', f, i), 'months', r.source!);
    b.put([...base, 'longTermManagementYears'], num(r, 'long_term_management_years', f, i), 'years', r.source!);
  });
}
