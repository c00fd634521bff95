import type { ApiClient } from './api-client.js';
import type { LevelUpdate, SeriesPoint } from './api-types.js';
import type { ChartTheme } from './chart-theme.js';
import { el } from './el.js';
import { errorWords } from './error-words.js';
import { LevelChart } from './level-chart.js';
import { levelBand } from './level-band.js';
import { absoluteTime } from './time-format.js';

const HOUR_MS = 3_600_000;

export interface LevelPanelElements {
  /** Holds the range buttons, each with `data-range-hours`. */
  ranges: HTMLElement;
  canvas: HTMLCanvasElement;
  /** Overlay over the chart for loading, empty and error states. */
  status: HTMLElement;
  value: HTMLElement;
  band: HTMLElement;
  delta: HTMLElement;
  pressures: HTMLElement;
  updated: HTMLElement;
}

function rangeWords(ms: number): string {
  return ms > 48 * HOUR_MS ? `${Math.round(ms / (24 * HOUR_MS))} d` : `${Math.round(ms / HOUR_MS)} h`;
}

/** About 300 points per range, on whole minutes (the server's grid unit). */
function stepSecondsFor(rangeMs: number): number {
  return Math.max(60, Math.ceil(rangeMs / 300 / 60_000) * 60);
}

/** The level card: range selector, current reading and the live chart of one topic. */
export class LevelPanel {
  private readonly chart: LevelChart;
  private rangeMs = 24 * HOUR_MS;
  private topic: string | undefined;
  private points: SeriesPoint[] = [];
  private stepMs = 60_000;
  /** Whether the newest point came from the live stream (and may be moved by the next one). */
  private lastIsLive = false;
  /** Live updates that arrive while a range loads; applied after it. */
  private held: LevelUpdate[] | undefined = [];
  private request = 0;

  constructor(
    private readonly elements: LevelPanelElements,
    private readonly api: ApiClient,
    theme: ChartTheme,
  ) {
    this.chart = new LevelChart(elements.canvas, theme);
    for (const button of elements.ranges.querySelectorAll<HTMLButtonElement>('button[data-range-hours]')) {
      button.addEventListener('click', () => {
        this.rangeMs = Number(button.dataset.rangeHours) * HOUR_MS;
        for (const other of elements.ranges.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === button));
        void this.load();
      });
    }
  }

  /** Shows another topic (undefined: the server's default topic). */
  async setTopic(topic: string | undefined): Promise<void> {
    this.topic = topic;
    await this.load();
  }

  /** (Re)loads the selected range from /api/series; a newer request wins over a slower older one. */
  async load(): Promise<void> {
    const request = ++this.request;
    this.held ??= [];
    this.showStatus('Loading the tension level…', 'loading');
    const to = Date.now();
    try {
      const series = await this.api.series({ from: to - this.rangeMs, to, stepSeconds: stepSecondsFor(this.rangeMs), ...(this.topic ? { topic: this.topic } : {}) });
      if (request !== this.request) return;
      this.topic = series.topic;
      this.points = [...series.points];
      this.stepMs = series.stepSeconds * 1000;
      this.lastIsLive = false;
      this.chart.setSeries(series.points, Date.parse(series.from), Date.parse(series.to));
      const held = this.held ?? [];
      this.held = undefined;
      for (const update of held) this.apply(update);
      this.render();
    } catch (error) {
      if (request !== this.request) return;
      this.showStatus(`Could not load the tension level. ${errorWords(error, false)}`, 'error');
    }
  }

  /** A live `level` event. */
  push(update: LevelUpdate): void {
    if (this.held) {
      this.held.push(update);
      return;
    }
    if (this.apply(update)) this.render();
  }

  private apply(update: LevelUpdate): boolean {
    if (this.topic !== undefined && update.topic !== this.topic) return false;
    const t = Date.parse(update.t);
    const last = this.points.at(-1);
    if (last && t <= Date.parse(last.t)) return false;
    const point: SeriesPoint = { t: update.t, level: update.level, escalation: update.escalation, deescalation: update.deescalation, items: update.items };
    // Live updates can come every second; keep about one point per grid step
    // so a page left open for days does not pile up points.
    const previous = this.points.at(-2);
    const replaceLast = this.lastIsLive && previous !== undefined && t - Date.parse(previous.t) < this.stepMs;
    if (replaceLast) this.points.pop();
    this.points.push(point);
    this.lastIsLive = true;
    const firstInside = this.points.findIndex((candidate) => Date.parse(candidate.t) >= t - this.rangeMs);
    if (firstInside > 0) this.points.splice(0, firstInside);
    this.chart.push(point, replaceLast);
    return true;
  }

  private render(): void {
    const first = this.points[0];
    const last = this.points.at(-1);
    const { value, band, delta, pressures, updated, canvas } = this.elements;
    if (!first || !last) {
      this.showStatus('No level data for this range.', 'empty');
      return;
    }
    const word = levelBand(last.level);
    value.textContent = last.level.toFixed(1);
    band.textContent = word;
    band.dataset.band = word;
    value.dataset.band = word;
    const change = last.level - first.level;
    const range = rangeWords(this.rangeMs);
    delta.textContent = Math.abs(change) < 0.05 ? `no change over ${range}` : `${change > 0 ? '▲' : '▼'} ${Math.abs(change).toFixed(1)} over ${range}`;
    delta.dataset.direction = Math.abs(change) < 0.05 ? 'flat' : change > 0 ? 'up' : 'down';
    pressures.textContent = `Escalation pressure ${last.escalation.toFixed(1)} · de-escalation ${last.deescalation.toFixed(1)}`;
    updated.textContent = `as of ${absoluteTime(Date.parse(last.t))}`;
    canvas.setAttribute('aria-label', `Tension level of ${this.topic ?? 'the topic'} over the last ${range}: now ${last.level.toFixed(1)} (${word}), ${delta.textContent}.`);
    const quiet = this.points.every((point) => point.level === 0 && point.items === 0);
    if (quiet) this.showStatus('No scored items in this range yet. The line rises as escalation news arrives.', 'empty');
    else this.hideStatus();
  }

  private showStatus(text: string, kind: 'loading' | 'empty' | 'error'): void {
    const { status } = this.elements;
    status.hidden = false;
    status.dataset.kind = kind;
    status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const retry = kind === 'error' ? el('button', { type: 'button', class: 'button button--small' }, ['Try again']) : null;
    retry?.addEventListener('click', () => void this.load());
    status.replaceChildren(...[el('span', {}, [text]), retry].filter((node) => node !== null));
  }

  private hideStatus(): void {
    this.elements.status.hidden = true;
  }
}
