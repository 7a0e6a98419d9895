import { formatHold, runHold } from './hold.js';
import { formatMmc, runMmc } from './mmc.js';

/** Every kernel benchmark with readable output: throughput, calendar scaling, heap growth. */
export function suiteCommand(): void {
  const base = { lambda: 9, mu: 1, servers: 10, seed: 1 };
  const full = runMmc({ ...base, customers: 2_000_000 });
  console.log(formatMmc(full));
  console.log('');
  console.log(formatHold([1e3, 1e4, 1e5, 1e6].map((n) => runHold(n, 2_000_000))));
  console.log('');
  // Heap after a full GC must not grow with the number of customers processed.
  const small = runMmc({ ...base, customers: 200_000 });
  const large = runMmc({ ...base, customers: 2_000_000 });
  console.log('Heap after run (full GC)');
  console.log(`  2e5 customers   ${small.heap_used_mb.toFixed(2)} MB`);
  console.log(`  2e6 customers   ${large.heap_used_mb.toFixed(2)} MB`);
}
