import type { Scenario } from '../../scenario/schema/scenario.js';
import { changed, percent, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';

/** A pathway field shown as a lever: shares as %, others as they are. */
interface PathwayField {
  readonly id: string;
  readonly field: 'followUpShareStandard' | 'followUpShareComplex' | 'followUpDelayWeeks' | 'familyHistoryWeeks' | 'familyHistoryShare';
  readonly label: string;
  readonly share: boolean;
}

function pathwayGroup(s: Scenario, id: string, title: string, help: string, fields: readonly PathwayField[]): LeverGroup {
  const levers: LeverDef[] = fields.map((f) => {
    const value = s.pathway[f.field];
    return f.share
      ? { id: f.id, label: f.label, unit: '%', kind: 'number', baseline: percent(value), min: 0, max: 100, step: 1 }
      : { id: f.id, label: f.label, unit: 'weeks', kind: 'number', baseline: value, min: 0, max: 520, step: 1 };
  });
  return {
    id, title, help, levers,
    apply(values, over) {
      fields.forEach((f, k) => {
        if (!changed(values, levers[k]!)) return;
        const v = Number(valueOf(values, levers[k]!));
        setPath(over, ['pathway', f.field], f.share ? v / 100 : v);
      });
    },
  };
}

/** Follow-up appointments after a first appointment without a test. */
export function followUpLevers(s: Scenario): LeverGroup {
  return pathwayGroup(s, 'follow-up', 'Follow-up appointments',
    'Patients seen without a test who need a follow-up appointment, and how long after the first appointment it is booked. Each follow-up takes clinic time from first appointments.', [
      { id: 'follow-up-standard', field: 'followUpShareStandard', label: 'Standard patients needing a follow-up', share: true },
      { id: 'follow-up-complex', field: 'followUpShareComplex', label: 'Complex patients needing a follow-up', share: true },
      { id: 'follow-up-delay', field: 'followUpDelayWeeks', label: 'Weeks from first appointment to follow-up', share: false },
    ]);
}

/** Family-history preparation between triage and booking. */
export function familyHistoryLevers(s: Scenario): LeverGroup {
  return pathwayGroup(s, 'family-history', 'Family-history preparation',
    'Referrals that need a family history (questionnaire returned, diagnoses confirmed) cannot be booked until it is ready; a shorter preparation shortens waits only where patients are still waiting for it when a slot comes.', [
      { id: 'family-history-weeks', field: 'familyHistoryWeeks', label: 'Weeks to prepare a family history after triage', share: false },
      { id: 'family-history-share', field: 'familyHistoryShare', label: 'Accepted referrals needing a family history', share: true },
    ]);
}

/** Long-term management by indication: share of complex patients kept, review interval and years kept. */
export function longTermLevers(s: Scenario): LeverGroup {
  const levers: LeverDef[] = [];
  for (const [id, ind] of Object.entries(s.demand.indications)) {
    levers.push(
      { id: `ltm-${id}-share`, label: `${ind.label}: complex patients kept under long-term management`, unit: '%', kind: 'number', baseline: percent(ind.longTermManagementShareComplex), min: 0, max: 100, step: 5, row: id, column: 'complex kept %' },
      { id: `ltm-${id}-interval`, label: `${ind.label}: months between reviews`, unit: 'months', kind: 'number', baseline: ind.longTermReviewIntervalMonths, min: 0.25, max: 120, step: 1, row: id, column: 'review every (months)' },
      { id: `ltm-${id}-years`, label: `${ind.label}: years under long-term management`, unit: 'years', kind: 'number', baseline: ind.longTermManagementYears, min: 0.5, max: 100, step: 1, row: id, column: 'for (years)' },
    );
  }
  const fields = { share: 'longTermManagementShareComplex', interval: 'longTermReviewIntervalMonths', years: 'longTermManagementYears' } as const;
  return {
    id: 'long-term',
    title: 'Long-term management by indication',
    help: 'Complex patients kept under review after their pathway (cardiac and inherited cancer surveillance, say): each review is a clinic appointment, so a larger caseload or shorter interval takes clinic time from new patients.',
    levers,
    grid: true,
    apply(values, over) {
      for (const lever of levers) {
        if (!changed(values, lever)) continue;
        const [, id, what] = /^ltm-(.+)-(share|interval|years)$/.exec(lever.id)!;
        const v = Number(valueOf(values, lever));
        setPath(over, ['demand', 'indications', id!, fields[what as keyof typeof fields]], what === 'share' ? v / 100 : v);
      }
    },
  };
}
