import { EventClass } from '../event-class.js';
import type { HandlerId, Simulation } from '../simulation.js';
import { LevelMonitor } from '../stats/level-monitor.js';
import { Tally } from '../stats/tally.js';
import { RequestPool } from './request-pool.js';
import { ServiceSlots, SlotState } from './service-slots.js';
import { WaitingLine } from './waiting-line.js';

export interface ResourceOptions {
  /** Shown in error messages and reports. */
  readonly name: string;
  /** Number of identical servers at time 0 (may change later). */
  readonly capacity: number;
  /** A request with a better (lower) priority interrupts the worst request in service; it resumes later. */
  readonly preemptive?: boolean;
  /** Maximum number waiting; an arrival finding the line full balks (M/M/c/K has K - c). */
  readonly queueLimit?: number;
  /** Priorities are integers 0..maxPriority; statistics are kept per priority. */
  readonly maxPriority?: number;
}

/** What happened to a `seize` call. */
export const SeizeOutcome = { Started: 0, Queued: 1, Balked: 2 } as const;
export type SeizeOutcomeValue = (typeof SeizeOutcome)[keyof typeof SeizeOutcome];

/** Passed as `onDone` or `onRenege` when nothing should happen next. */
export const NO_HANDLER = -1;

/**
 * A pool of identical servers with a priority waiting line, in the style of SimPy's
 * PriorityResource and simmer's resource. The resource manages the whole service:
 * `seize` queues the request, starts it when a server is free, holds the server for
 * `serviceDays` (resuming the remainder after preemption) and schedules `onDone(entity)`.
 *
 * Simultaneous events: a completion releases its server in the Release class; serving the
 * line happens in a Serve event after any capacity change at that instant; continuations
 * (`onDone`) run as timers. A decrease in capacity lets services in progress finish.
 */
export class Resource {
  readonly name: string;
  readonly preemptive: boolean;
  readonly queueLimit: number;
  private capacityNow: number;
  private busyNow = 0;
  private waitingNow = 0;
  private servePending = false;
  private sequence = 0;
  private readonly pool = new RequestPool();
  private readonly line: WaitingLine;
  private readonly slots = new ServiceSlots();
  private readonly completeId: HandlerId;
  private readonly serveId: HandlerId;
  private readonly renegeId: HandlerId;
  private readonly capacityChangeId: HandlerId;
  private scheduledCapacity: Float64Array = new Float64Array(0);

  /** Time-weighted number waiting and number in service. */
  readonly queueLength: LevelMonitor;
  readonly busyServers: LevelMonitor;
  /** Waits before first service start and times in system, per priority. */
  readonly waits: Tally[];
  readonly sojourns: Tally[];
  arrivals = 0;
  balked = 0;
  reneged = 0;
  preemptions = 0;
  completions = 0;
  /** Called synchronously when a request first starts service (for model statistics). */
  onServiceStart: ((entity: number, waitDays: number) => void) | null = null;

  constructor(private readonly sim: Simulation, options: ResourceOptions) {
    this.name = options.name;
    requireCount(options.capacity, 'capacity', options.name);
    this.capacityNow = options.capacity;
    this.preemptive = options.preemptive ?? false;
    this.queueLimit = options.queueLimit ?? Infinity;
    if (!(this.queueLimit >= 0)) {
      throw new RangeError(`Resource '${this.name}': expected \`queueLimit\` >= 0, got \`${options.queueLimit}\``);
    }
    const maxPriority = options.maxPriority ?? 7;
    requireCount(maxPriority, 'maxPriority', options.name);
    this.line = new WaitingLine(this.pool);
    this.waits = Array.from({ length: maxPriority + 1 }, () => new Tally());
    this.sojourns = Array.from({ length: maxPriority + 1 }, () => new Tally());
    this.queueLength = new LevelMonitor(sim.now);
    this.busyServers = new LevelMonitor(sim.now);
    this.completeId = sim.register((slot) => this.complete(slot));
    this.serveId = sim.register(() => this.serve());
    this.renegeId = sim.register((slot) => this.renege(slot));
    this.capacityChangeId = sim.register((index) => this.setCapacity(this.scheduledCapacity[index]!));
  }

  get capacity(): number {
    return this.capacityNow;
  }
  get busy(): number {
    return this.busyNow;
  }
  /** Requests waiting now (reneged ones excluded). */
  get waiting(): number {
    return this.waitingNow;
  }

  /**
   * Requests `serviceDays` of one server for `entity`. Returns whether it started at once,
   * queued, or balked (line full, or longer than `maxQueueToJoin`). A queued request leaves
   * after `patienceDays` unless served, calling `onRenege(entity)`.
   */
  seize(
    entity: number,
    priority: number,
    serviceDays: number,
    onDone: HandlerId = NO_HANDLER,
    patienceDays = Infinity,
    onRenege: HandlerId = NO_HANDLER,
    maxQueueToJoin = Infinity,
  ): SeizeOutcomeValue {
    this.arrivals++;
    if (this.waitingNow === 0 && this.busyNow < this.capacityNow) {
      this.start(entity, priority, this.sim.now, serviceDays, onDone, true);
      return SeizeOutcome.Started;
    }
    if (this.waitingNow >= this.queueLimit || this.waitingNow >= maxQueueToJoin) {
      this.balked++;
      return SeizeOutcome.Balked;
    }
    const slot = this.enqueue(entity, priority, this.sim.now, serviceDays, onDone, onRenege);
    if (patienceDays !== Infinity) {
      this.pool.timerPending[slot] = 1;
      this.sim.schedule(patienceDays, this.renegeId, slot, EventClass.Timer);
    }
    // Preemption happens in the Serve event, after any capacity change at this instant.
    if (this.busyNow < this.capacityNow || this.canPreemptFor(priority)) this.requestServe();
    return SeizeOutcome.Queued;
  }

  /** Puts a request that has already waited since `arrivalTime` (<= now) in the line: a model's starting queue. */
  preload(entity: number, priority: number, arrivalTime: number, serviceDays: number, onDone: HandlerId = NO_HANDLER): void {
    if (!(arrivalTime <= this.sim.now)) {
      throw new RangeError(`Resource '${this.name}': preloaded arrivalTime must be <= now (${this.sim.now}), got ${arrivalTime}`);
    }
    this.arrivals++;
    this.enqueue(entity, priority, arrivalTime, serviceDays, onDone, NO_HANDLER);
    this.requestServe();
  }

  /** Changes the number of servers now; services in progress are never cut short. */
  setCapacity(capacity: number): void {
    requireCount(capacity, 'capacity', this.name);
    const grew = capacity > this.capacityNow;
    this.capacityNow = capacity;
    if (grew && this.waitingNow > 0) this.requestServe();
  }

  /**
   * Follows a capacity schedule: `capacities[i]` from `timesDays[i]` (sorted, >= now).
   * With `periodDays`, the pattern repeats (a weekly shift pattern, say) until the run ends.
   */
  followSchedule(timesDays: readonly number[], capacities: readonly number[], periodDays?: number): void {
    validateSchedule(this.name, this.sim.now, timesDays, capacities, periodDays);
    this.scheduledCapacity = Float64Array.from(capacities);
    for (let i = 0; i < timesDays.length; i++) {
      this.sim.scheduleAt(timesDays[i]!, this.capacityChangeId, i, EventClass.CapacityChange);
    }
    if (periodDays !== undefined) this.repeatSchedule(timesDays, periodDays);
  }

  /**
   * Takes `entity`'s waiting request out of the line (reneging on a condition the model
   * checks, rather than on a timer). Returns false if it is not waiting. O(queue length).
   */
  withdraw(entity: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < this.line.entries; i++) {
      const slot = this.line.slotAt(i);
      if (pool.waiting[slot] !== 1 || pool.entity[slot] !== entity) continue;
      pool.waiting[slot] = 0;
      this.waitingNow--;
      this.reneged++;
      this.queueLength.update(this.sim.now, this.waitingNow);
      return true;
    }
    return false;
  }

  /** Longest time any live request has been waiting, 0 when none wait. O(queue length): for inspection. */
  oldestWaitDays(): number {
    let oldest = Infinity;
    for (let i = 0; i < this.line.entries; i++) {
      const slot = this.line.slotAt(i);
      if (this.pool.waiting[slot] === 1 && this.pool.arrivalTime[slot]! < oldest) oldest = this.pool.arrivalTime[slot]!;
    }
    return oldest === Infinity ? 0 : this.sim.now - oldest;
  }

  /** Starts a new statistics period (warm-up deletion) without touching the state. */
  resetStatistics(): void {
    const now = this.sim.now;
    this.queueLength.reset(now);
    this.busyServers.reset(now);
    for (const t of this.waits) t.reset();
    for (const t of this.sojourns) t.reset();
    this.arrivals = this.balked = this.reneged = this.preemptions = this.completions = 0;
  }

  private repeatSchedule(timesDays: readonly number[], periodDays: number): void {
    const nextTimes = timesDays.map((t) => t + periodDays);
    const capacities = Array.from(this.scheduledCapacity);
    // One handler per cycle: a pattern repeats weekly at most, so this stays small.
    const id = this.sim.register(() => this.followSchedule(nextTimes, capacities, periodDays));
    // Re-armed in the Release class so the next cycle's first change is still a CapacityChange event at that instant.
    this.sim.scheduleAt(nextTimes[0]!, id, 0, EventClass.Release);
  }

  private enqueue(entity: number, priority: number, arrivalTime: number, serviceDays: number, onDone: number, onRenege: number): number {
    const pool = this.pool;
    const slot = pool.allocate();
    pool.entity[slot] = entity;
    pool.priority[slot] = priority;
    pool.arrivalTime[slot] = arrivalTime;
    pool.serviceDays[slot] = serviceDays;
    pool.onDone[slot] = onDone;
    pool.onRenege[slot] = onRenege;
    pool.sequence[slot] = this.sequence++;
    pool.waiting[slot] = 1;
    pool.timerPending[slot] = 0;
    this.line.push(slot);
    this.waitingNow++;
    this.queueLength.update(this.sim.now, this.waitingNow);
    return slot;
  }

  private start(entity: number, priority: number, arrivalTime: number, serviceDays: number, onDone: number, first: boolean): void {
    const now = this.sim.now;
    const slots = this.slots;
    const slot = slots.allocate();
    slots.entity[slot] = entity;
    slots.priority[slot] = priority;
    slots.arrivalTime[slot] = arrivalTime;
    slots.endTime[slot] = now + serviceDays;
    slots.onDone[slot] = onDone;
    slots.state[slot] = SlotState.Busy;
    this.busyNow++;
    this.busyServers.update(now, this.busyNow);
    if (first) {
      this.waits[priority]!.add(now - arrivalTime);
      if (this.onServiceStart !== null) this.onServiceStart(entity, now - arrivalTime);
    }
    this.sim.schedule(serviceDays, this.completeId, slot, EventClass.Release);
  }

  private complete(slot: number): void {
    const slots = this.slots;
    if (slots.state[slot] === SlotState.Stale) {
      slots.recycle(slot);
      return;
    }
    const now = this.sim.now;
    const entity = slots.entity[slot]!;
    const onDone = slots.onDone[slot]!;
    this.sojourns[slots.priority[slot]!]!.add(now - slots.arrivalTime[slot]!);
    slots.recycle(slot);
    this.busyNow--;
    this.completions++;
    this.busyServers.update(now, this.busyNow);
    // With nothing else due at this instant, the Serve event would be the very next event and
    // see the same state, so serving inline is identical and saves a calendar round trip per
    // customer. The continuation is pushed first, as it would be, to keep FIFO order intact.
    const aloneAtThisInstant = this.sim.peekTime() > now;
    if (onDone !== NO_HANDLER) this.sim.schedule(0, onDone, entity, EventClass.Timer);
    if (this.waitingNow > 0) {
      if (aloneAtThisInstant && !this.servePending) this.serve();
      else this.requestServe();
    }
  }

  private requestServe(): void {
    if (this.servePending) return;
    this.servePending = true;
    this.sim.schedule(0, this.serveId, 0, EventClass.Serve);
  }

  private serve(): void {
    this.servePending = false;
    const pool = this.pool;
    while (this.waitingNow > 0 && (this.busyNow < this.capacityNow || this.canPreemptFor(this.peekPriority()))) {
      const slot = this.line.popLive();
      pool.waiting[slot] = 0;
      this.waitingNow--;
      this.queueLength.update(this.sim.now, this.waitingNow);
      if (this.busyNow >= this.capacityNow) this.tryPreempt(pool.priority[slot]!);
      const resumed = pool.serviceDays[slot]! < 0;
      this.start(pool.entity[slot]!, pool.priority[slot]!, pool.arrivalTime[slot]!, Math.abs(pool.serviceDays[slot]!), pool.onDone[slot]!, !resumed);
      pool.releaseIfUnused(slot);
    }
  }

  private peekPriority(): number {
    // Only needed when the resource is full and preemptive; a linear peek keeps the line simple.
    let best = Infinity;
    for (let i = 0; i < this.line.entries; i++) {
      const slot = this.line.slotAt(i);
      if (this.pool.waiting[slot] === 1 && this.pool.priority[slot]! < best) best = this.pool.priority[slot]!;
    }
    return best;
  }

  private canPreemptFor(priority: number): boolean {
    return this.preemptive && this.busyNow === this.capacityNow && this.worstInService() > priority;
  }

  private worstInService(): number {
    let worst = -1;
    const slots = this.slots;
    for (let s = 0; s < slots.highWater; s++) {
      if (slots.state[s] === SlotState.Busy && slots.priority[s]! > worst) worst = slots.priority[s]!;
    }
    return worst;
  }

  /** Interrupts the worst-priority service (latest started among equals) if worse than `priority`. */
  private tryPreempt(priority: number): boolean {
    if (this.busyNow < this.capacityNow) return true;
    const slots = this.slots;
    let victim = -1;
    for (let s = 0; s < slots.highWater; s++) {
      if (slots.state[s] !== SlotState.Busy || slots.priority[s]! <= priority) continue;
      if (victim < 0 || slots.priority[s]! > slots.priority[victim]! ||
        (slots.priority[s] === slots.priority[victim] && slots.endTime[s]! > slots.endTime[victim]!)) victim = s;
    }
    if (victim < 0) return false;
    const now = this.sim.now;
    const remaining = slots.endTime[victim]! - now;
    slots.state[victim] = SlotState.Stale;
    this.busyNow--;
    this.preemptions++;
    this.busyServers.update(now, this.busyNow);
    // A negative service time marks a resumed request, so its wait is not counted twice.
    this.enqueue(slots.entity[victim]!, slots.priority[victim]!, slots.arrivalTime[victim]!, -remaining, slots.onDone[victim]!, NO_HANDLER);
    return true;
  }

  private renege(slot: number): void {
    const pool = this.pool;
    pool.timerPending[slot] = 0;
    if (pool.waiting[slot] === 1) {
      pool.waiting[slot] = 0;
      this.waitingNow--;
      this.reneged++;
      this.queueLength.update(this.sim.now, this.waitingNow);
      const onRenege = pool.onRenege[slot]!;
      if (onRenege !== NO_HANDLER) this.sim.schedule(0, onRenege, pool.entity[slot]!, EventClass.Timer);
    }
    pool.releaseIfUnused(slot);
  }
}

function requireCount(value: number, field: string, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`Resource '${name}': expected \`${field}\` to be an integer >= 0, got \`${value}\``);
  }
}

function validateSchedule(name: string, now: number, times: readonly number[], capacities: readonly number[], periodDays?: number): void {
  if (times.length !== capacities.length || times.length === 0) {
    throw new RangeError(`Resource '${name}': capacity schedule needs as many times as capacities (got ${times.length} and ${capacities.length})`);
  }
  for (let i = 0; i < times.length; i++) {
    if (!(times[i]! >= now) || (i > 0 && !(times[i]! > times[i - 1]!))) {
      throw new RangeError(`Resource '${name}': capacity schedule times must be sorted ascending and >= now; got \`${times[i]}\` at index ${i}`);
    }
    requireCount(capacities[i]!, `capacities[${i}]`, name);
  }
  if (periodDays !== undefined && !(periodDays > times[times.length - 1]! - times[0]!)) {
    throw new RangeError(`Resource '${name}': expected \`periodDays\` longer than the schedule's span, got \`${periodDays}\``);
  }
}
