/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal and not quieted,
 * so logs and pipes stay clean.
 */
export function progressReporter(label: string, quiet: boolean): ((done: number, total: number) => void) & { finish(): void } {
  const enabled = !quiet && process.stderr.isTTY === true;
  const started = Date.now();
  const report = (done: number, total: number) => {
    if (!enabled) return;
    const elapsed = (Date.now() - started) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    process.stderr.write(`\r${label} [${bar}] ${done}/${total} replications, ${elapsed.toFixed(1)} s elapsed, ~${Number.isFinite(left) ? left.toFixed(1) : '?'} s left `);
  };
  return Object.assign(report, {
    finish() {
      if (enabled) process.stderr.write('\n');
    },
  });
}
