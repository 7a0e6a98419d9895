import { describe, it } from 'vitest';
import { ArrivalProcess } from '../../../src/engine/arrivals/arrival-process.js';
import { HomogeneousPoisson } from '../../../src/engine/arrivals/homogeneous-poisson.js';
import { exponential } from '../../../src/engine/random/distributions/exponential.js';
import { StreamFactory } from '../../../src/engine/random/stream.js';
import { Resource } from '../../../src/engine/resource/resource.js';
import { Simulation } from '../../../src/engine/simulation.js';
import { jacksonTandem } from '../../theory/jackson.js';
import { expectCovers, expectLittle, replicate, SEED } from './harness.js';

// 30 replications: with 20, station 1's interval (2.195 ± 0.024) just missed 2.222, a 2.2-SE event
// expected about once among this suite's ~45 interval checks.
const R = 30;
const LAMBDA = 0.8;
const WARMUP_DAYS = 1_000;
const LENGTH_DAYS = 30_000;

/** Triage (1 server, μ = 1.25) then clinic (2 servers, μ = 0.5 each), linked by `onDone`. */
function measure(rep: number) {
  const sim = new Simulation();
  const streams = new StreamFactory(SEED + 201, rep);
  const triage = new Resource(sim, { name: 'triage', capacity: 1, maxPriority: 0 });
  const clinic = new Resource(sim, { name: 'clinic', capacity: 2, maxPriority: 0 });
  const triageService = exponential(1 / 1.25);
  const clinicService = exponential(1 / 0.5);
  const triageRng = streams.stream('triage');
  const clinicRng = streams.stream('clinic');
  const toClinic = sim.register((e) => clinic.seize(e, 0, clinicService.sample(clinicRng)));
  let entity = 0;
  const arrive = sim.register(() => triage.seize(entity++, 0, triageService.sample(triageRng), toClinic));
  new ArrivalProcess(sim, new HomogeneousPoisson(LAMBDA), streams.stream('arrivals'), arrive).start();
  sim.run(WARMUP_DAYS);
  triage.resetStatistics();
  clinic.resetStatistics();
  sim.run(WARMUP_DAYS + LENGTH_DAYS);
  const now = sim.now;
  const L = [triage, clinic].reduce((a, r) => a + r.queueLength.timeAverage(now) + r.busyServers.timeAverage(now), 0);
  return {
    W1: triage.sojourns[0]!.mean,
    W2: clinic.sojourns[0]!.mean,
    W: triage.sojourns[0]!.mean + clinic.sojourns[0]!.mean,
    L,
    lambdaIn: triage.arrivals / LENGTH_DAYS,
  };
}

describe('tandem Jackson network (30 replications, 95% CI)', () => {
  it('matches the product-form sojourn per station and in total, and Little', () => {
    const m = replicate(R, measure);
    const t = jacksonTandem(LAMBDA, [{ mu: 1.25, servers: 1 }, { mu: 0.5, servers: 2 }]);
    expectCovers('tandem station 1 W', m.W1, t.stations[0]!.W, 0.04);
    expectCovers('tandem station 2 W', m.W2, t.stations[1]!.W, 0.04);
    expectCovers('tandem total W', m.W, t.W, 0.03);
    expectCovers('tandem total L', m.L, t.L, 0.03);
    expectLittle('tandem', m.L, m.lambdaIn, m.W);
  });
});
