import { exponential } from '../src/engine/random/distributions/exponential.js';
import { StreamFactory } from '../src/engine/random/stream.js';
import { Simulation } from '../src/engine/simulation.js';
import { parseFlags } from './flags.js';

/**
 * The design the kernel did not choose, measured: the same M/M/c written with SimPy-style
 * generator processes (`yield timeout`, `yield request`) driven by the same event calendar.
 * It exists to justify typed callbacks with a number, not as a supported API.
 */
type Command = { kind: 'timeout'; days: number } | { kind: 'request' } | { kind: 'release' };
type Process = Generator<Command, void, void>;

export function runMmcGenerators(lambda: number, mu: number, servers: number, customers: number, seed: number) {
  const sim = new Simulation();
  const streams = new StreamFactory(seed, 0);
  const arrivalRng = streams.stream('arrivals');
  const serviceRng = streams.stream('service');
  const interarrival = exponential(1 / lambda);
  const service = exponential(1 / mu);
  const processes: (Process | undefined)[] = [];
  const waiting: number[] = [];
  let busy = 0, waitSum = 0, served = 0, head = 0;
  const resume = sim.register((id) => step(id));
  const step = (id: number): void => {
    const result = processes[id]!.next();
    if (result.done) { processes[id] = undefined; return; }
    const command = result.value;
    if (command.kind === 'timeout') sim.schedule(command.days, resume, id);
    else if (command.kind === 'request') {
      if (busy < servers) { busy++; sim.schedule(0, resume, id); } else waiting.push(id);
    } else {
      if (head < waiting.length) sim.schedule(0, resume, waiting[head++]!); else busy--;
      sim.schedule(0, resume, id);
    }
  };
  function* customer(): Process {
    const arrived = sim.now;
    yield { kind: 'request' };
    waitSum += sim.now - arrived;
    served++;
    yield { kind: 'timeout', days: service.sample(serviceRng) };
    yield { kind: 'release' };
  }
  function* source(): Process {
    for (let i = 0; i < customers; i++) {
      yield { kind: 'timeout', days: interarrival.sample(arrivalRng) };
      processes.push(customer());
      sim.schedule(0, resume, processes.length - 1);
    }
  }
  processes.push(source());
  sim.schedule(0, resume, 0);
  const started = performance.now();
  sim.run();
  const wall = (performance.now() - started) / 1000;
  return { benchmark: 'mmc-generators', customers: served, customers_per_s: Math.round(served / wall), events: sim.eventsProcessed, wall_s: Math.round(wall * 1000) / 1000, mean_wait: waitSum / served };
}

export function mmcGeneratorsCommand(argv: readonly string[]): void {
  const flags = parseFlags(argv, { lambda: 9, mu: 1, servers: 10, customers: 2_000_000, seed: 1 });
  const v = flags.values;
  const r = runMmcGenerators(v.lambda, v.mu, v.servers, v.customers, v.seed);
  console.log(flags.json ? JSON.stringify(r) : Object.entries(r).map(([k, v]) => `${k.padEnd(18)} ${v}`).join('\n'));
}
