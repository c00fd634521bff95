/** Colours and font for the chart, taken from the stylesheet so the page and the chart match (light and dark). */
export interface ChartTheme {
  level: string;
  levelFill: string;
  escalation: string;
  deescalation: string;
  grid: string;
  text: string;
  font: string;
}

/** Reads the `--chart-*` custom properties of styles.css, with fallbacks if the stylesheet is missing. */
export function readChartTheme(root: Element = document.documentElement): ChartTheme {
  const css = getComputedStyle(root);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    level: read('--chart-level', '#4338ca'),
    levelFill: read('--chart-level-fill', 'rgba(67, 56, 202, 0.12)'),
    escalation: read('--chart-escalation', '#dc2626'),
    deescalation: read('--chart-deescalation', '#0d9488'),
    grid: read('--chart-grid', 'rgba(100, 116, 139, 0.18)'),
    text: read('--chart-text', '#475569'),
    font: read('--font-sans', 'system-ui, sans-serif'),
  };
}
