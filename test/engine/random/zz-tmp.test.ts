import { it } from 'vitest';
import { poisson } from '../../../src/engine/random/distributions/index.js';
import { createStream } from '../../../src/engine/random/stream.js';
it('x', () => {
  for (const [label, rng] of [['math', Math.random], ['alea', createStream(1, 0, 'x')]] as const) {
  const d = poisson(40); let s = 0; const n = 1_000_000;
  for (let i = 0; i < n; i++) { s += d.sample(rng); }
  console.log('mean', label, s / n);
  }
});
