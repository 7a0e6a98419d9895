import type { AnchorCheck, GapSolution, LineGapResult, NetworkAllocation, PipelineBandRow } from '../../supply/index.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const fte = (x: number): string => (Math.abs(x) < 0.05 ? 0 : x).toFixed(1);
const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

/** National totals per role in the first and last year: supply, need and the gap between them. */
export function summaryTable(rows: readonly PipelineBandRow[], firstYear: number, lastYear: number): string {
  const widths = [28, 6, 9, 10, 11, 11, 9];
  const lines = [pad(['role (all networks)', 'year', 'trainees', 'qualified', 'FTE supply', 'FTE needed', 'gap'], widths)];
  for (const role of [...new Set(rows.map((r) => r.role))]) {
    for (const year of [...new Set([firstYear, lastYear])]) {
      const at = rows.filter((r) => r.role === role && r.year === year);
      const supply = sum(at.map((r) => r.fte_supply)), needed = sum(at.map((r) => r.fte_needed));
      lines.push(pad([role, String(year), fte(sum(at.map((r) => r.trainees))), fte(sum(at.map((r) => r.qualified_headcount))), fte(supply), fte(needed), fte(needed - supply)], widths));
    }
  }
  return `${lines.join('\n')}\n(gap = FTE needed - FTE supply; positive is a shortfall. Supply is qualified staff in post, trainees excluded.)`;
}

/** What the training places that close the gap are, per role, and plainly where training alone cannot. */
export function gapReport(solution: GapSolution, lastYear: number): string {
  const out = [`Training places a year from ${solution.fromYear} that close the gap by ${solution.byYear} (totals over networks; each network in training_places.csv):`];
  for (const role of [...new Set(solution.lines.map((l) => l.role))]) {
    const lines = solution.lines.filter((l) => l.role === role);
    const stuck = lines.filter((l): l is Extract<LineGapResult, { status: 'not_closable' }> => l.status === 'not_closable');
    const now = fte(sum(lines.map((l) => l.currentPlacesPerYear)));
    if (stuck.length === 0) {
      const places = sum(lines.map((l) => (l.status === 'closable' ? l.solution.placesPerYear : 0)));
      const noGap = lines.every((l) => l.withoutChange.gap <= 0);
      // The solver gives the fewest whole places per network that close the gap in that one year, which may be fewer than now.
      out.push(noGap ? `  ${role}: no gap in ${solution.byYear} at the current ${now} places a year` : `  ${role}: ${places} places a year (now ${now})`);
      continue;
    }
    const names = stuck.map((l) => l.network).join(', ');
    const best = sum(stuck.map((l) => l.bestByYear.fteSupply)), needed = sum(stuck.map((l) => l.bestByYear.fteNeeded));
    out.push(`  ${role}: NOT POSSIBLE by training alone by ${solution.byYear} in ${stuck.length} of ${lines.length} networks (${names}).`);
    const effect = Math.min(...stuck.map((l) => l.earliestEffectYear));
    if (stuck.some((l) => l.reason === 'too_soon')) out.push(`    Places changed from ${solution.fromYear} first reach posts in ${effect} (training plus time to fill).`);
    out.push(`    By ${solution.byYear} training can give ${fte(best)} FTE there against ${fte(needed)} FTE needed (gap ${fte(needed - best)}).`);
    const never = stuck.filter((l) => l.earliestClosing === undefined);
    const reachable = stuck.filter((l) => l.earliestClosing !== undefined);
    if (reachable.length > 0) {
      const year = Math.max(...reachable.map((l) => l.earliestClosing!.year));
      const places = sum(reachable.map((l) => l.earliestClosing!.placesPerYear));
      out.push(`    Achievable: by ${year}${reachable.length < stuck.length ? ` in ${reachable.map((l) => l.network).join(', ')}` : ''}, with ${places} places a year there (now ${fte(sum(reachable.map((l) => l.currentPlacesPerYear)))}).`);
    }
    if (never.length > 0) out.push(`    Not achievable by training by ${lastYear} (the last simulated year) in ${never.map((l) => l.network).join(', ')}: recruitment or retention must close it.`);
  }
  return out.join('\n');
}

/** Both splits side by side per role, with the gap each closes, the spread of FTE per 100,000 and any supervisors missing. */
export function allocationReport(rows: readonly NetworkAllocation[], total: number, fromYear: number, finalYear: number): string {
  const out = [`${total} national training places a year from ${fromYear}, split to close each network's ${finalYear} gap (training_allocation.csv):`];
  const widths = [22, 8, 11, 11, 10, 10];
  for (const role of [...new Set(rows.map((r) => r.role))]) {
    const own = rows.filter((r) => r.role === role);
    out.push(`  ${role}`, `  ${pad(['network', 'places', 'pop. share', 'gap closed', 'FTE/100k', 'now'], widths)}`);
    for (const r of own) {
      out.push(`  ${pad([r.network, String(r.places), String(r.placesPopulationShare), fte(r.gapClosedFte), r.ftePer100kAfter.toFixed(2), r.ftePer100kBefore.toFixed(2)], widths)}`);
    }
    const spread = (xs: number[]) => (Math.max(...xs) - Math.min(...xs)).toFixed(2);
    out.push(`  Gap closed: ${fte(sum(own.map((r) => r.gapClosedFte)))} FTE by this split, ${fte(sum(own.map((r) => r.gapClosedPopulationShareFte)))} by population share; spread of FTE per 100,000 ${spread(own.map((r) => r.ftePer100kAfter))} vs ${spread(own.map((r) => r.ftePer100kAfterPopulationShare))} (now ${spread(own.map((r) => r.ftePer100kBefore))}).`);
    const short = own.filter((r) => r.supervisorFteShort > 0);
    if (short.length > 0) {
      out.push(`  NOT HOSTABLE with today's supervisors: ${short.map((r) => `${r.network} needs ${fte(r.supervisorFteShort)} more FTE of ${r.supervisorRole} (hosts ${r.hostablePlaces.toFixed(1)} places a year)`).join('; ')}.`);
    }
  }
  return out.join('\n');
}

/** The published anchors against the projection, one line each. */
export function anchorReport(checks: readonly AnchorCheck[]): string {
  const out = ['Published anchors (England) against the projection:'];
  for (const c of checks) {
    const verdict = c.within === undefined ? `not shown: ${c.note}` : `${c.model.toFixed(1)} ${c.within ? 'WITHIN' : 'OUTSIDE'} ${c.low}-${c.high}${c.note ? ` (${c.note})` : ''}`;
    out.push(`  ${c.role} ${c.measure.replaceAll('_', ' ')} ${c.year}: anchor ${c.value}; model ${verdict}`);
  }
  return out.join('\n');
}
