export { Tally } from './tally.js';
export { LevelMonitor, type LevelMonitorOptions } from './level-monitor.js';
export { QuantileHistogram, type QuantileHistogramOptions } from './quantile-histogram.js';
export { studentTCdf, studentTPdf, studentTQuantile } from './student-t.js';
export {
  pairedDifferenceInterval, relativeHalfWidth, studentTInterval, type ConfidenceInterval,
} from './confidence.js';
