import { benchmarks } from './registry.js';

/** `node dist/bench/main.js [name] [flags]`: one subcommand from the registry, `kernel` by default. */
async function main(argv: readonly string[]): Promise<void> {
  const [name = 'kernel', ...rest] = argv;
  if (name === '--help' || name === 'help') {
    for (const [key, b] of Object.entries(benchmarks)) console.log(`${key.padEnd(12)} ${b.description}`);
    return;
  }
  const benchmark = benchmarks[name];
  if (benchmark === undefined) {
    throw new Error(`Unknown benchmark \`${name}\`; expected one of ${Object.keys(benchmarks).join(', ')}`);
  }
  await benchmark.run(rest);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
