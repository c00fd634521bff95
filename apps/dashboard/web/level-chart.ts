import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
// Registers the date-fns adapter the time scale needs.
import 'chartjs-adapter-date-fns';
import type { SeriesPoint } from './api-types.js';
import type { ChartTheme } from './chart-theme.js';

// Only what a line chart on a time axis uses, so the bundle stays small.
Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Filler, Tooltip, Legend);

interface XY {
  x: number;
  y: number;
}

type LineDataset = ChartDataset<'line', XY[]>;

function pressureLine(label: string, color: string): LineDataset {
  return { label, data: [], yAxisID: 'pressure', borderColor: color, backgroundColor: color, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHoverRadius: 3, tension: 0.3, cubicInterpolationMode: 'monotone', fill: false };
}

function configuration(theme: ChartTheme): ChartConfiguration<'line', XY[]> {
  const ticks = { color: theme.text, font: { family: theme.font, size: 12 } };
  const title = (text: string) => ({ display: true, text, color: theme.text, font: { family: theme.font, size: 12 } });
  return {
    type: 'line',
    data: {
      datasets: [
        { label: 'Tension level', data: [], yAxisID: 'y', borderColor: theme.level, backgroundColor: theme.levelFill, fill: 'origin', borderWidth: 2.5, pointRadius: 0, pointHoverRadius: 4, tension: 0.3, cubicInterpolationMode: 'monotone' },
        pressureLine('Escalation pressure', theme.escalation),
        pressureLine('De-escalation pressure', theme.deescalation),
      ],
    },
    options: {
      // Live ticks redraw with update('none'); no animation keeps them cheap and steady.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'time', time: { tooltipFormat: 'PP p' }, grid: { color: theme.grid }, border: { display: false }, ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 24 } },
        y: { min: 0, max: 100, grid: { color: theme.grid }, border: { display: false }, ticks: { ...ticks, stepSize: 25 }, title: title('Level (0–100)') },
        pressure: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, border: { display: false }, ticks, title: title('Pressure') },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: theme.text, usePointStyle: true, pointStyle: 'line', boxWidth: 24, font: { family: theme.font, size: 12 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y?.toFixed(1) ?? '–'}` } },
      },
    },
  };
}

/**
 * The tension-level chart: created once; a range reload swaps its data, a
 * live point is pushed, and both redraw with `update('none')`.
 */
export class LevelChart {
  private readonly chart: Chart<'line', XY[]>;
  private windowMs = 24 * 3_600_000;

  constructor(canvas: HTMLCanvasElement, theme: ChartTheme) {
    this.chart = new Chart(canvas, configuration(theme));
  }

  /** Replaces every point, for the range `from`..`to` (epoch ms). */
  setSeries(points: readonly SeriesPoint[], from: number, to: number): void {
    this.windowMs = to - from;
    const [level, escalation, deescalation] = this.lines();
    level.data = points.map((point) => ({ x: Date.parse(point.t), y: point.level }));
    escalation.data = points.map((point) => ({ x: Date.parse(point.t), y: point.escalation }));
    deescalation.data = points.map((point) => ({ x: Date.parse(point.t), y: point.deescalation }));
    this.setBounds(from, to);
    this.chart.update('none');
  }

  /**
   * Adds a live point (or, with `replaceLast`, moves the newest point to it)
   * and slides the window so the range keeps its width.
   */
  push(point: SeriesPoint, replaceLast = false): void {
    const t = Date.parse(point.t);
    const [level, escalation, deescalation] = this.lines();
    const values: Array<[LineDataset, number]> = [
      [level, point.level],
      [escalation, point.escalation],
      [deescalation, point.deescalation],
    ];
    for (const [line, y] of values) {
      if (replaceLast) line.data.pop();
      line.data.push({ x: t, y });
    }
    const from = t - this.windowMs;
    for (const line of [level, escalation, deescalation]) {
      // Keep one point before the window so the line still enters from the left edge.
      const firstInside = line.data.findIndex((xy) => xy.x >= from);
      if (firstInside > 1) line.data.splice(0, firstInside - 1);
    }
    this.setBounds(from, t);
    this.chart.update('none');
  }

  destroy(): void {
    this.chart.destroy();
  }

  private lines(): [LineDataset, LineDataset, LineDataset] {
    const [level, escalation, deescalation] = this.chart.data.datasets;
    if (!level || !escalation || !deescalation) throw new Error('LevelChart: datasets missing');
    return [level, escalation, deescalation];
  }

  private setBounds(from: number, to: number): void {
    const x = this.chart.options.scales?.x;
    if (x) {
      x.min = from;
      x.max = to;
    }
  }
}
