/** Where a patient is in the pathway. */
export const Stage = {
  Free: 0,
  WaitingFirst: 1,
  AwaitingTest: 2,
  ResultsDue: 3,
  FollowUpDue: 4,
  ReviewDue: 5,
  Scheduled: 6,
} as const;

/**
 * Stages whose appointment is booked from a due list, in booking order: results first (a
 * patient is waiting to hear), then follow-ups, then long-term reviews.
 */
export const DUE_STAGES = [Stage.ResultsDue, Stage.FollowUpDue, Stage.ReviewDue] as const;
export const N_DUE_STAGES = DUE_STAGES.length;

/** Position of a due stage in DUE_STAGES. */
export function dueStageIndex(stage: number): number {
  return stage === Stage.ResultsDue ? 0 : stage === Stage.FollowUpDue ? 1 : 2;
}

/**
 * Patients as parallel typed arrays indexed by id, recycled through a free list: memory
 * follows the number of patients in the system, not the number ever referred.
 */
export class PatientStore {
  cgs = new Uint8Array(1024);
  indication = new Uint8Array(1024);
  priority = new Uint8Array(1024);
  complex = new Uint8Array(1024);
  stage = new Uint8Array(1024);
  dnaCount = new Uint8Array(1024);
  reviewsLeft = new Int16Array(1024);
  referralDay = new Float64Array(1024);
  private free = new Int32Array(1024);
  private freeCount = 0;
  private used = 0;
  active = 0;

  /** Ids ever used; live ones are among 0..highWater-1. */
  get highWater(): number {
    return this.used;
  }

  create(cgs: number, indication: number, priority: number, complex: number, referralDay: number): number {
    let id: number;
    if (this.freeCount > 0) id = this.free[--this.freeCount]!;
    else {
      if (this.used === this.cgs.length) this.grow();
      id = this.used++;
    }
    this.cgs[id] = cgs;
    this.indication[id] = indication;
    this.priority[id] = priority;
    this.complex[id] = complex;
    this.stage[id] = Stage.WaitingFirst;
    this.dnaCount[id] = 0;
    this.reviewsLeft[id] = 0;
    this.referralDay[id] = referralDay;
    this.active++;
    return id;
  }

  release(id: number): void {
    this.stage[id] = Stage.Free;
    if (this.freeCount === this.free.length) {
      const bigger = new Int32Array(this.free.length * 2);
      bigger.set(this.free);
      this.free = bigger;
    }
    this.free[this.freeCount++] = id;
    this.active--;
  }

  private grow(): void {
    const n = this.cgs.length * 2;
    const grow8 = (a: Uint8Array) => { const b = new Uint8Array(n); b.set(a); return b; };
    this.cgs = grow8(this.cgs);
    this.indication = grow8(this.indication);
    this.priority = grow8(this.priority);
    this.complex = grow8(this.complex);
    this.stage = grow8(this.stage);
    this.dnaCount = grow8(this.dnaCount);
    const reviews = new Int16Array(n);
    reviews.set(this.reviewsLeft);
    this.reviewsLeft = reviews;
    const days = new Float64Array(n);
    days.set(this.referralDay);
    this.referralDay = days;
  }
}
