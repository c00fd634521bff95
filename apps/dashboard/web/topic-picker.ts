import type { ApiClient } from './api-client.js';
import type { TopicView } from './api-types.js';
import { el } from './el.js';
import { actorWords } from './topic-list.js';

/**
 * The topic the page shows: chosen in the header, remembered in the URL
 * (`?topic=`) so a reload or a shared link opens the same topic. The list
 * follows the feeds: a topic no feed names any more falls back to the
 * default topic.
 */
export class TopicPicker {
  private topic: string | undefined;
  private views: TopicView[] = [];
  /** After the first load, a change of the shown topic is announced (the page loads the first one itself). */
  private loaded = false;

  constructor(
    private readonly select: HTMLSelectElement,
    private readonly api: ApiClient,
    /** The reader picked another topic, or the shown one disappeared. */
    private readonly onChange: (topic: string) => void,
  ) {
    this.topic = new URLSearchParams(location.search).get('topic') ?? undefined;
    select.addEventListener('change', () => this.choose(select.value));
  }

  /**
   * (Re)loads the topics and returns the one to show; undefined when they
   * could not be loaded (the server's default topic then applies).
   */
  async load(): Promise<string | undefined> {
    let topics: TopicView[];
    try {
      topics = (await this.api.topics()).topics;
    } catch {
      return this.topic;
    }
    this.views = topics;
    const fallback = topics.find((topic) => topic.default)?.id ?? topics[0]?.id;
    const shown = topics.some((topic) => topic.id === this.topic) ? this.topic : fallback;
    this.select.replaceChildren(...topics.map((topic) => el('option', { value: topic.id, selected: topic.id === shown }, [optionWords(topic)])));
    this.select.disabled = topics.length < 2;
    const changed = this.loaded && shown !== this.topic;
    this.loaded = true;
    if (shown === undefined || shown === this.topic) return shown;
    this.topic = shown;
    this.remember(shown, false);
    if (changed) this.onChange(shown);
    return shown;
  }

  /** The shown topic as last listed (undefined before the topics load). */
  get currentView(): TopicView | undefined {
    return this.views.find((view) => view.id === this.topic);
  }

  /** The topic shown now (undefined until the first load names one and none was in the URL). */
  get current(): string | undefined {
    return this.topic;
  }

  private choose(topic: string): void {
    this.topic = topic;
    this.remember(topic, true);
    this.onChange(topic);
  }

  /** Puts the topic in the URL when the reader chose it, or when it replaces one the URL named. */
  private remember(topic: string, chosen: boolean): void {
    const url = new URL(location.href);
    if (!chosen && !url.searchParams.has('topic')) return;
    url.searchParams.set('topic', topic);
    history.replaceState(null, '', url);
  }
}

function optionWords(topic: TopicView): string {
  const actors = actorWords(topic.actors, topic.match);
  return `${topic.id} · ${topic.feeds} feed${topic.feeds === 1 ? '' : 's'}${actors ? ` · ${actors}` : ''}`;
}
