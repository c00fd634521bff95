import type { ApiClient } from './api-client.js';
import { describeHealth, type HealthWords } from './health-words.js';

/** The system status line in the header, refreshed on a timer. */
export class HealthSummary {
  constructor(
    private readonly element: HTMLElement,
    private readonly api: ApiClient,
  ) {}

  async refresh(): Promise<void> {
    let words: HealthWords;
    try {
      words = describeHealth(await this.api.health());
    } catch {
      words = { state: 'down', text: 'Dashboard server unreachable', detail: 'The page cannot reach its server; it keeps retrying.' };
    }
    this.element.dataset.state = words.state;
    this.element.title = words.detail;
    const text = this.element.querySelector('.health__text');
    if (text) text.textContent = words.text;
  }
}
