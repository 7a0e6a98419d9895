import type { Scenario } from '../../scenario/schema/scenario.js';
import { aprilFirst, fromDateOptions } from './dates.js';
import { changed, percent, setPath, valueOf, type LeverDef, type LeverGroup } from './lever-types.js';
import { simulatedPlaces } from './scope.js';

/**
 * Satellite (outreach) clinics by CGS, from a date: the share of distant patients' face-to-face
 * appointments held at a satellite. Only for scenarios with a clinicSettings section, and only
 * for CGSs it describes (elsewhere every clinic is at the hub with no travel effect).
 */
export function clinicSettingsLevers(s: Scenario): LeverGroup | undefined {
  const settings = s.clinicSettings;
  if (settings === undefined) return undefined;
  const cgs = simulatedPlaces(s).cgs.filter((c) => settings.cgs[c] !== undefined);
  if (cgs.length === 0) return undefined;
  // From the run's first day by default: the starting settings (which pathway.dnaShare is the
  // national average at) stay as they are, so the change alone moves the results.
  const from: LeverDef = { id: 'satellite-from', label: 'Changes apply from', unit: '', kind: 'select', baseline: aprilFirst(s.run.startYear), options: fromDateOptions(s) };
  const perCgs: LeverDef[] = cgs.map((c) => {
    const own = settings.cgs[c]!;
    const travel = own.staffTravelMinutesPerSatelliteClinic / own.appointmentsPerSatelliteClinic;
    return {
      id: `satellite-${c}`, label: `${c} ${s.geography.cgs[c]!.name}: distant patients' face-to-face appointments at a satellite (staff travel ${Math.round(travel)} min per appointment)`,
      unit: '%', kind: 'number', baseline: percent(own.satelliteShareOfDistant), min: 0, max: 100, step: 5,
    };
  });
  return {
    id: 'clinic-settings',
    title: 'Satellite clinics',
    help: 'Patients living 30 minutes or more from the hub seen at a satellite travel one band less and miss fewer appointments; staff travel to the satellite is taken from clinic time, so fewer appointments fit in a week. The scenario\'s own dated changes stay, before these.',
    levers: [from, ...perCgs],
    apply(values, over) {
      const fromDate = String(valueOf(values, from));
      const added = perCgs.filter((l) => changed(values, l))
        .map((l) => ({ fromDate, cgsId: l.id.slice('satellite-'.length), satelliteShareOfDistant: Number(valueOf(values, l)) / 100 }));
      // Lists replace when scenarios merge, so the scenario's own changes are restated first.
      if (added.length > 0) setPath(over, ['clinicSettings', 'changes'], [...settings.changes.map((c) => ({ ...c })), ...added]);
    },
  };
}
