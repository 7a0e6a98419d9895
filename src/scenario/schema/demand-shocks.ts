import { z } from 'zod';
import { nonNegative, source, text } from './primitives.js';

const isoDate = (what: string) => z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `expected ${what} as YYYY-MM-DD` })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), { error: `expected ${what} as a real calendar date YYYY-MM-DD` });

/** A dated change in one indication's referral rate (a media surge, a new test directory entry). */
export const demandShockSchema = z.strictObject({
  indication: text().describe('Indication whose referral rate changes (a key of demand.indications).'),
  from: isoDate('the first day').describe('First day of the shock, YYYY-MM-DD.'),
  to: isoDate('the day after the last').describe('Day the shock ends (exclusive), YYYY-MM-DD.'),
  multiplier: nonNegative('Factor on the referral rate from `from` up to `to` (2 = twice the referrals, 0.5 = half).', 1000),
  source: source.optional(),
}).refine((s) => s.to > s.from, { error: 'expected `to` after `from`', path: ['to'] });

export type DemandShock = z.infer<typeof demandShockSchema>;
