import type { LineModel } from './line-model.js';

/**
 * Moves between networks: each network's movers (by age) go to the other networks of the same
 * role in proportion to their qualified headcount (posts are where the staff are), so moves
 * out and in sum to the same national total. With one network there is nowhere to go: movers
 * stay (the network neither loses nor gains by moves). Returns the heads moving in, per line.
 */
export function exchangeMovers(models: readonly LineModel[], weights: readonly number[]): number[] {
  const movesIn = new Array<number>(models.length).fill(0);
  const byRole = new Map<string, number[]>();
  models.forEach((model, i) => {
    const group = byRole.get(model.line.role) ?? [];
    group.push(i);
    byRole.set(model.line.role, group);
  });
  for (const group of byRole.values()) {
    for (const from of group) {
      const source = models[from]!.stock;
      const moving = sumOf(source.movesOutByAge);
      if (moving === 0) continue;
      const others = group.filter((to) => to !== from && weights[to]! > 0);
      const otherWeight = others.reduce((sum, to) => sum + weights[to]!, 0);
      if (otherWeight === 0) {
        source.addMovers(source.movesOutByAge, 1);
        movesIn[from]! += moving;
        continue;
      }
      for (const to of others) {
        const target = models[to]!.stock;
        if (target.heads.length !== source.heads.length) {
          throw new Error(`Networks of role "${models[from]!.line.role}" have different age profiles; moves between them need one profile per role`);
        }
        target.addMovers(source.movesOutByAge, weights[to]! / otherWeight);
        movesIn[to]! += (moving * weights[to]!) / otherWeight;
      }
    }
  }
  return movesIn;
}

function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]!;
  return sum;
}
