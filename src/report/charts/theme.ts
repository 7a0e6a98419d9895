import type { Config } from 'vega-lite';

/**
 * Okabe–Ito colour-blind-safe palette, reordered so the first colours read well on white
 * (yellow last), with grey added as a ninth category.
 */
export const OKABE_ITO: readonly string[] = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442', '#999999',
];

/** Dash styles so series stay distinguishable without colour. */
export const DASHES: readonly (readonly number[])[] = [
  [1, 0], [8, 4], [2, 2], [10, 3, 2, 3], [4, 4], [1, 4], [12, 6], [6, 2, 2, 2, 2, 2],
];

/** Point shapes for the same purpose. */
export const SHAPES: readonly string[] = [
  'circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down', 'triangle-right', 'stroke',
];

/** Font stack available to both the browser and resvg without any download. */
export const FONT = 'Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif';

/** 18-week referral-to-treatment standard: 92% of waiting patients within 18 weeks. */
export const RTT_STANDARD_SHARE = 0.92;
export const RTT_STANDARD_WEEKS = 18;

export const CHART_CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: '#bbbbbb' },
  range: { category: [...OKABE_ITO] },
  axisX: { labelAngle: 0, labelOverlap: 'parity' },
  // vega estimates text width without a canvas (0.8 em per character), so allow generous room.
  axisY: { labelLimit: 340 },
  axis: { titleFontSize: 12, labelFontSize: 11, titleFontWeight: 'bold', grid: true, gridColor: '#e6e6e6' },
  legend: { titleLimit: 360, titleFontSize: 12, labelFontSize: 11, labelLimit: 260, symbolStrokeWidth: 2, symbolSize: 120, orient: 'bottom', direction: 'horizontal', columns: 4 },
  header: { titleFontSize: 12, labelFontSize: 12, labelFontWeight: 'bold' },
  title: { fontSize: 14, anchor: 'start' },
};

/** Names as the NHS writes them where the identifier alone reads badly. */
const LABELS: Readonly<Record<string, string>> = {
  advice_guidance: 'Advice and guidance',
  training_mainstream: 'Training for mainstreaming',
  mdt: 'MDT meetings',
  pct_within_18_weeks: 'Share within 18 weeks',
  p92_wait_weeks: '92nd percentile wait',
  wait_spread_weeks: 'Spread of CGS median waits',
  wait_gini: 'Gini index of CGS waits',
  access_ratio: 'Access ratio (referrals per expected need)',
  share_first_face_to_face: 'First appointments face to face',
};

/** Human label for a snake_case identifier: `genetic_counsellor` → `Genetic counsellor`. */
export function label(identifier: string): string {
  const known = LABELS[identifier];
  if (known !== undefined) return known;
  const words = identifier.replace(/_/g, ' ').trim();
  const fixed = words.replace(/\bmdt\b/gi, 'MDT').replace(/\bcgs\b/gi, 'CGS').replace(/\bfte\b/gi, 'FTE');
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

/**
 * Metric names with their units, for axis titles. Kept short: vega lays out axis titles by an
 * estimated width (0.8 em a character), and a title longer than the plot pushes the plot down.
 */
const METRIC_TITLES: Readonly<Record<string, string>> = {
  waiting_list_end: 'Waiting at year end (patients)',
  pct_within_18_weeks: 'Within 18 weeks (%)',
  p92_wait_weeks: '92nd pct wait (weeks)',
  mean_wait_weeks: 'Mean wait (weeks)',
  median_weeks_to_diagnosis: 'Time to diagnosis (weeks)',
  referrals_received: 'Referrals (per year)',
  referrals_to_cgs: 'Referrals to CGSs (per year)',
  first_appointments: 'Appointments (per year)',
  psychology_unmet: 'Unmet need (patients/year)',
  wait_spread_weeks: 'Spread (weeks)',
  wait_gini: 'Gini index (0-1)',
  access_ratio: 'Access ratio',
  share_first_face_to_face: 'Face to face (%)',
};

export function metricTitle(metric: string): string {
  return METRIC_TITLES[metric] ?? label(metric);
}
