import { describe, expect, it } from 'vitest';
import { placesToCloseGap, projectSupply, withPlacesFrom, type SupplyLine } from '../../src/supply/index.js';
import { line, params } from './fixtures.js';

const gc = line({ trainingPlacesPerYear: 6, initialQualifiedHeadcount: 60, initialTraineesByYear: [6, 6, 5], timeToFillMonths: 6 });

function fteIn(year: number, subject: SupplyLine, places?: number, fromYear = 2026): number {
  const schedule = places === undefined ? subject.trainingPlacesPerYear : withPlacesFrom(subject.trainingPlacesPerYear, fromYear, places);
  const { records } = projectSupply(params({ ...subject, trainingPlacesPerYear: schedule }), { startYear: 2025, years: year - 2025 + 1 });
  return records.at(-1)!.fteSupply;
}

describe('placesToCloseGap', () => {
  it('finds the fewest whole places a year that close a closable gap', () => {
    const need = () => fteIn(2035, gc) + 12;
    const solution = placesToCloseGap(params(gc), need, 2035, { startYear: 2025 });
    const result = solution.lines[0]!;
    expect(solution.allClosable).toBe(true);
    expect(result.status).toBe('closable');
    if (result.status !== 'closable') return;
    // 2026 + 3 years' training; 6 months to fill is half a yearly step (a continuous delay), so half a cohort is in post in 2029.
    expect(result.earliestEffectYear).toBe(2029);
    expect(result.withoutChange.gap).toBeCloseTo(12, 9);
    const places = result.solution.placesPerYear;
    expect(Number.isInteger(places)).toBe(true);
    expect(fteIn(2035, gc, places)).toBeGreaterThanOrEqual(need());
    expect(fteIn(2035, gc, places - 1)).toBeLessThan(need());
    expect(result.solution.fteSupply).toBeCloseTo(fteIn(2035, gc, places), 9);
  });

  it('gives exact fractional places when asked, closing the gap to zero', () => {
    const need = () => 70;
    const result = placesToCloseGap(params(gc), need, 2036, { startYear: 2025, wholePlaces: false }).lines[0]!;
    expect(result.status).toBe('closable');
    if (result.status !== 'closable') return;
    expect(fteIn(2036, gc, result.solution.placesPerYear)).toBeCloseTo(70, 9);
  });

  it('says when training alone cannot close the gap in time, and what it can do by when', () => {
    const need = () => 80;
    const result = placesToCloseGap(params(gc), need, 2028, { startYear: 2025 }).lines[0]!;
    expect(result.status).toBe('not_closable');
    if (result.status !== 'not_closable') return;
    expect(result.reason).toBe('too_soon');
    expect(result.earliestEffectYear).toBe(2029);
    expect(result.bestByYear.fteSupply).toBeCloseTo(fteIn(2028, gc), 9);
    const closing = result.earliestClosing!;
    expect(closing.year).toBeGreaterThanOrEqual(2029);
    expect(fteIn(closing.year, gc, closing.placesPerYear)).toBeGreaterThanOrEqual(80);
  });

  it('reports a cap on places and the later year the capped intake closes the gap', () => {
    const need = () => 75;
    const result = placesToCloseGap(params(gc), need, 2032, { startYear: 2025, maxPlacesPerYear: 15 }).lines[0]!;
    expect(result.status).toBe('not_closable');
    if (result.status !== 'not_closable') return;
    expect(result.reason).toBe('exceeds_max_places');
    expect(result.bestByYear.placesPerYear).toBe(15);
    expect(result.bestByYear.gap).toBeGreaterThan(0);
    expect(result.earliestClosing!.year).toBeGreaterThan(2032);
    expect(result.earliestClosing!.placesPerYear).toBeLessThanOrEqual(15);
  });

  it('says training has no effect when nobody takes up a post', () => {
    const result = placesToCloseGap(params({ ...gc, takeUpShare: 0 }), () => 100, 2040, { startYear: 2025 }).lines[0]!;
    expect(result.status === 'not_closable' && result.reason).toBe('training_has_no_effect');
    expect(result.status === 'not_closable' && result.earliestClosing).toBeUndefined();
  });
});
