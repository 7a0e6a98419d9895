import type { z } from 'zod';
import { camelCase } from '../naming.js';
import { RESERVED_ACTIVITIES } from './primitives.js';

type Ctx = z.RefinementCtx;
// The shape checked here is the parsed scenario; typed loosely to avoid a cycle with scenario.ts.
interface Parsed {
  geography: { networks: Record<string, unknown>; cgs: Record<string, { networkId: string }>; includeNetworks: 'all' | string[] };
  workforce: {
    roles: Record<string, { jobPlan: Record<string, number | boolean> }>;
    staff: Record<string, Record<string, number>>;
    recruitment: { role: string; cgsId?: string; networkId?: string }[];
    skillMix: Partial<Record<string, string[]>>;
  };
  demand: { indications: Record<string, { testType: string }>; cascadeIndication: string };
  tests: Record<string, unknown>;
  startWaitingList: { cgsId: string; waitedWeeksFrom: number; waitedWeeksTo: number }[];
}

const issue = (ctx: Ctx, path: (string | number)[], message: string, input?: unknown) =>
  ctx.addIssue({ code: 'custom', path, message, input });

/** Cross-field rules no single field can check: every id used must exist, and every CGS needs staff. */
export function checkReferences(s: Parsed, ctx: Ctx): void {
  const networks = Object.keys(s.geography.networks);
  const cgsIds = Object.keys(s.geography.cgs);
  const roles = Object.keys(s.workforce.roles);
  const list = (xs: string[]) => xs.join(', ');
  for (const [id, cgs] of Object.entries(s.geography.cgs)) {
    if (!networks.includes(cgs.networkId)) issue(ctx, ['geography', 'cgs', id, 'networkId'], `unknown network '${cgs.networkId}'; expected one of ${list(networks)}`, cgs.networkId);
    const staff = s.workforce.staff[id];
    const total = staff ? Object.values(staff).reduce((a, b) => a + b, 0) : 0;
    if (!(total > 0)) issue(ctx, ['workforce', 'staff', id], `CGS '${id}' has no staff; expected FTE for at least one role`, staff);
  }
  if (s.geography.includeNetworks !== 'all') {
    s.geography.includeNetworks.forEach((n, i) => {
      if (!networks.includes(n)) issue(ctx, ['geography', 'includeNetworks', i], `unknown network '${n}'; expected one of ${list(networks)}`, n);
    });
  }
  for (const [cgsId, byRole] of Object.entries(s.workforce.staff)) {
    if (!cgsIds.includes(cgsId)) issue(ctx, ['workforce', 'staff', cgsId], `unknown CGS '${cgsId}'; expected one of ${list(cgsIds)}`, cgsId);
    for (const role of Object.keys(byRole)) {
      if (!roles.includes(role)) issue(ctx, ['workforce', 'staff', cgsId, role], `unknown role '${role}'; expected one of ${list(roles)}`, role);
    }
  }
  if (s.workforce.skillMix.mdt !== undefined) {
    issue(ctx, ['workforce', 'skillMix', 'mdt'], 'MDT time is charged to the staff who attend: set workforce.roles.<id>.mdtAttendeesPerCase instead of a skill-mix row', s.workforce.skillMix.mdt);
  }
  for (const [activity, preferred] of Object.entries(s.workforce.skillMix)) {
    (preferred ?? []).forEach((role, i) => {
      if (!roles.includes(role)) issue(ctx, ['workforce', 'skillMix', activity, i], `role '${role}' in the skill-mix table does not exist; expected one of ${list(roles)}`, role);
    });
  }
  s.workforce.recruitment.forEach((r, i) => {
    if (!roles.includes(r.role)) issue(ctx, ['workforce', 'recruitment', i, 'role'], `unknown role '${r.role}'; expected one of ${list(roles)}`, r.role);
    if ((r.cgsId === undefined) === (r.networkId === undefined)) issue(ctx, ['workforce', 'recruitment', i], 'expected exactly one of cgsId or networkId', r);
    if (r.cgsId !== undefined && !cgsIds.includes(r.cgsId)) issue(ctx, ['workforce', 'recruitment', i, 'cgsId'], `unknown CGS '${r.cgsId}'`, r.cgsId);
    if (r.networkId !== undefined && !networks.includes(r.networkId)) issue(ctx, ['workforce', 'recruitment', i, 'networkId'], `unknown network '${r.networkId}'`, r.networkId);
  });
  for (const [role, spec] of Object.entries(s.workforce.roles)) {
    const reserved = RESERVED_ACTIVITIES.reduce((a, k) => a + Number(spec.jobPlan[`${camelCase(k)}Share`] ?? 0), 0);
    if (reserved >= 1) issue(ctx, ['workforce', 'roles', role, 'jobPlan'], `job-plan shares sum to ${reserved.toFixed(3)}; expected < 1 so some time is left for clinics`, reserved);
  }
  for (const [id, ind] of Object.entries(s.demand.indications)) {
    if (!Object.hasOwn(s.tests, ind.testType)) issue(ctx, ['demand', 'indications', id, 'testType'], `unknown test type '${ind.testType}'; expected one of ${list(Object.keys(s.tests))}`, ind.testType);
  }
  if (!Object.hasOwn(s.demand.indications, s.demand.cascadeIndication)) {
    issue(ctx, ['demand', 'cascadeIndication'], `unknown indication '${s.demand.cascadeIndication}'`, s.demand.cascadeIndication);
  }
  s.startWaitingList.forEach((row, i) => {
    if (!cgsIds.includes(row.cgsId)) issue(ctx, ['startWaitingList', i, 'cgsId'], `unknown CGS '${row.cgsId}'`, row.cgsId);
    if (row.waitedWeeksTo < row.waitedWeeksFrom) issue(ctx, ['startWaitingList', i, 'waitedWeeksTo'], `expected waitedWeeksTo >= waitedWeeksFrom (${row.waitedWeeksFrom})`, row.waitedWeeksTo);
  });
}
