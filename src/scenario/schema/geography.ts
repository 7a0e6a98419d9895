import { z } from 'zod';
import { boundedRecord, identifier, nonNegative, source, text } from './primitives.js';

/** Most people a CGS may serve: every CGS serves millions, England has 57 million. */
export const MAX_POPULATION = 100_000_000;
/** CGSs and networks are indexed with bytes in the model. */
export const MAX_CGS = 250;

export const PSYCHOLOGY_ACCESS = ['in_service', 'local_mental_health', 'none'] as const;

export const networkSchema = z.strictObject({
  name: text().describe('Genomic Medicine Service network (GMS Alliance / GLH geography) name.'),
  poolWaitingList: z.boolean().default(false).describe('Virtual clinics: any CGS in the network may see any patient on the network waiting list (true), or each CGS books only its own list (false).'),
});

export const cgsSchema = z.strictObject({
  name: text().describe('Clinical Genomic Service name (Appendix 2 of the consultation guide).'),
  networkId: identifier('Network the CGS belongs to (a key of geography.networks).'),
  population: nonNegative('Catchment population, persons.', MAX_POPULATION),
  psychologyAccess: z.enum(PSYCHOLOGY_ACCESS).describe('in_service: a clinical psychologist in the CGS; local_mental_health: referral to local mental-health psychology (its own wait); none: no access (need is reported as unmet).'),
  source: source.optional(),
});

export const geographySchema = z.strictObject({
  networks: boundedRecord(networkSchema, MAX_CGS, 'networks').describe('The networks, keyed by network id.'),
  cgs: boundedRecord(cgsSchema, MAX_CGS, 'CGSs').describe('The Clinical Genomic Services, keyed by CGS id (A–Q).'),
  includeNetworks: z.union([z.literal('all'), z.array(z.string()).min(1, 'expected at least one network (or "all"); a scenario must simulate some CGS')]).default('all').describe('Which networks this scenario simulates: "all" (national) or a list of network ids.'),
});

export type NetworkSpec = z.infer<typeof networkSchema>;
export type CgsSpec = z.infer<typeof cgsSchema>;
export type GeographySpec = z.infer<typeof geographySchema>;
