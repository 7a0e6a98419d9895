import type { Scenario } from '../../scenario/schema/scenario.js';
import { changed, percent, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';

/** Clinic booking: how much clinic time ends as an appointment, how far ahead clinics are booked, and did-not-attends. */
export function bookingLevers(s: Scenario): LeverGroup {
  const p = s.pathway;
  const levers: LeverDef[] = [
    { id: 'slot-utilisation', label: 'Clinic time that ends as an appointment (attended or not)', unit: '%', kind: 'number', baseline: percent(p.slotUtilisationShare), min: 1, max: 100, step: 1 },
    { id: 'booking-lead', label: 'Weeks ahead that clinics are booked', unit: 'weeks', kind: 'number', baseline: p.bookingLeadWeeks, min: 0, max: 26, step: 1 },
    { id: 'dna-share', label: 'Booked appointments not attended', unit: '%', kind: 'number', baseline: percent(p.dnaShare), min: 0, max: 100, step: 1 },
  ];
  const fields: Record<string, [string, number]> = { 'slot-utilisation': ['slotUtilisationShare', 100], 'booking-lead': ['bookingLeadWeeks', 1], 'dna-share': ['dnaShare', 100] };
  return {
    id: 'booking',
    title: 'Clinic booking',
    help: 'Short-notice cancellations and unfilled slots lose clinic time; booking further ahead delays soon and routine patients ready to book (urgent patients use slots held back); a did-not-attend is rebooked once or discharged, as the scenario says.',
    levers,
    apply(values, over) {
      for (const lever of levers) {
        if (!changed(values, lever)) continue;
        const [field, scale] = fields[lever.id]!;
        setPath(over, ['pathway', field], Number(valueOf(values, lever)) / scale);
      }
    },
  };
}
