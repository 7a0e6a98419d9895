import type { Scenario } from '../../scenario/schema/scenario.js';
import { setPath, valueOf, type LeverDef, type LeverGroup, type LeverValue } from './lever-types.js';

/** Years simulated and replications. The seed stays the scenario's, so runs share random numbers with the baseline. */
export function runLevers(s: Scenario): LeverGroup {
  const years: LeverDef = { id: 'run-years', label: 'Years simulated', unit: 'years', kind: 'number', baseline: s.run.years, min: 1, max: 30, step: 1 };
  const replications: LeverDef = { id: 'run-replications', label: 'Replications', unit: 'runs', kind: 'number', baseline: s.run.replications, min: 2, max: 200, step: 1 };
  return {
    id: 'run',
    title: 'Run',
    help: `Seed ${s.run.seed}: each run here and the baseline use the same random numbers replication by replication (common random numbers), as \`cgs-sim compare\` does.`,
    levers: [years, replications],
    apply(values, over) {
      setPath(over, ['run', 'years'], Number(valueOf(values, years)));
      setPath(over, ['run', 'replications'], Number(valueOf(values, replications)));
    },
  };
}

/** The run settings lever values ask for: the baseline is simulated again only when these change. */
export function runSettings(s: Scenario, values: ReadonlyMap<string, LeverValue>): { readonly years: number; readonly replications: number } {
  return { years: Number(values.get('run-years') ?? s.run.years), replications: Number(values.get('run-replications') ?? s.run.replications) };
}
