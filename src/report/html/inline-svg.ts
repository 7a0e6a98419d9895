/**
 * Prepares a vega SVG for inlining: several charts in one page would otherwise share ids such
 * as `clip1`, and `url(#clip1)` would then point into the wrong chart.
 */
export function inlineSvg(svg: string, prefix: string): string {
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
  return body
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`)
    .replace(/^<svg /, '<svg focusable="false" ');
}
