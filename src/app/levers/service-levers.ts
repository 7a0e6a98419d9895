import { PSYCHOLOGY_ACCESS } from '../../scenario/schema/geography.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { changed, labelOf, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

/** Virtual first: the share of appointments by video or telephone, split between them as in the scenario. */
export function virtualFirstLevers(s: Scenario): LeverGroup {
  const m = s.appointmentModes;
  const virtual = m.video.share + m.telephone.share;
  const lever: LeverDef = { id: 'virtual-share', label: 'Appointments by video or telephone', unit: '%', kind: 'number', baseline: Math.round(virtual * 1000) / 10, min: 0, max: 100, step: 5 };
  return {
    id: 'virtual',
    title: 'Virtual first',
    help: 'Share of appointments not face to face. Video and telephone keep their ratio from the scenario, and each mode its duration and admin factors (telephone is shorter).',
    levers: [lever],
    apply(values, over) {
      const v = Number(valueOf(values, lever)) / 100;
      const video = v * (virtual > 0 ? m.video.share / virtual : 0.5);
      setPath(over, ['appointmentModes', 'face_to_face', 'share'], 1 - v);
      setPath(over, ['appointmentModes', 'video', 'share'], video);
      setPath(over, ['appointmentModes', 'telephone', 'share'], v - video);
    },
  };
}

/** Network-pooled waiting lists, one switch per simulated network. */
export function poolingLevers(s: Scenario): LeverGroup {
  const levers: LeverDef[] = simulatedPlaces(s).networks.map((n) => ({
    id: `pool-${n}`, label: `Pool the ${labelOf(n)} network's waiting lists`, unit: '', kind: 'checkbox', baseline: s.geography.networks[n]!.poolWaitingList,
  }));
  return {
    id: 'pooling',
    title: 'Pooled network waiting lists',
    help: 'With a pooled list, a CGS with clinic time left after its own list sees the network\'s longest waiters by video.',
    levers,
    apply(values, over) {
      for (const lever of levers) if (changed(values, lever)) setPath(over, ['geography', 'networks', lever.id.slice('pool-'.length), 'poolWaitingList'], valueOf(values, lever));
    },
  };
}

const ACCESS_LABELS: Record<(typeof PSYCHOLOGY_ACCESS)[number], string> = {
  in_service: 'psychologist in the CGS',
  local_mental_health: 'local mental-health services',
  none: 'no access (need unmet)',
};

/**
 * Psychology model of each simulated CGS, and the local mental-health services CGSs without a
 * psychologist refer to: their standing wait and the places they can start a year.
 */
export function psychologyLevers(s: Scenario): LeverGroup {
  const p = s.pathway;
  const perCgs: LeverDef[] = simulatedPlaces(s).cgs.map((c) => ({
    id: `psych-${c}`, label: `${c} ${s.geography.cgs[c]!.name}`, unit: '', kind: 'select', baseline: s.geography.cgs[c]!.psychologyAccess,
    options: PSYCHOLOGY_ACCESS.map((a) => ({ value: a, label: ACCESS_LABELS[a] })),
  }));
  const wait: LeverDef = { id: 'psych-local-wait', label: 'Local mental-health services: standing wait for a first session', unit: 'weeks', kind: 'number', baseline: p.localMentalHealthWaitWeeks, min: 0, max: 520, step: 1 };
  // Absent means no limit on places: there is no number to start the lever from, so none is offered.
  const places: LeverDef | undefined = p.localMentalHealthPlacesPer100kPerYear === undefined ? undefined
    : { id: 'psych-local-places', label: 'Local mental-health services: courses they can start a year for CGS patients', unit: 'per 100,000 population', kind: 'number', baseline: p.localMentalHealthPlacesPer100kPerYear, min: 0, max: 100_000, step: 0.5 };
  const pathwayLevers: (readonly [LeverDef, 'localMentalHealthWaitWeeks' | 'localMentalHealthPlacesPer100kPerYear'])[] = [[wait, 'localMentalHealthWaitWeeks']];
  if (places !== undefined) pathwayLevers.push([places, 'localMentalHealthPlacesPer100kPerYear']);
  return {
    id: 'psychology',
    title: 'Psychology model by CGS',
    help: 'Where patients who need clinical psychology go. In service uses the CGS\'s clinical psychologist FTE (set it in the staff table); local mental-health services start a limited number of courses a year, so their wait grows when CGS referrals exceed their places.',
    levers: [...perCgs, ...pathwayLevers.map(([l]) => l)],
    apply(values, over) {
      for (const lever of perCgs) if (changed(values, lever)) setPath(over, ['geography', 'cgs', lever.id.slice('psych-'.length), 'psychologyAccess'], valueOf(values, lever));
      for (const [lever, field] of pathwayLevers) if (changed(values, lever)) setPath(over, ['pathway', field], Number(valueOf(values, lever)));
    },
  };
}
