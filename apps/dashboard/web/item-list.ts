import type { ApiClient } from './api-client.js';
import type { ScoredItem } from './api-types.js';
import { el } from './el.js';
import { errorWords } from './error-words.js';
import type { FeedDirectory } from './feed-directory.js';
import { addAlsoReported, itemCard, removeAlsoReported } from './item-card.js';

const PAGE_SIZE = 30;

export interface ItemListElements {
  /** The container of the item articles. */
  list: HTMLElement;
  /** Loading, empty and error states. */
  state: HTMLElement;
  more: HTMLButtonElement;
}

/**
 * The latest items, newest first: first page, "load older", and live
 * arrivals on top. Copies of one story from several feeds share one card.
 */
export class ItemList {
  private readonly shown = new Set<string>();
  private readonly stories = new Map<string, HTMLElement>();
  private nextCursor: string | undefined;
  /** Live items that arrive while the first page loads; shown after it. */
  private held: ScoredItem[] | undefined = [];
  /** What went wrong last, and how to try again. */
  private failure: { message: string; retry: () => Promise<void> } | undefined;
  /** Only the items counted towards this topic; undefined: every item. */
  private topic: string | undefined;
  /** Counts loads, so a slow answer for a topic the reader has left is dropped. */
  private request = 0;

  constructor(
    private readonly elements: ItemListElements,
    private readonly api: ApiClient,
    private readonly directory: FeedDirectory,
    /** Takes the reader to the add-feed form (from the empty state). */
    private readonly onAddFeed: () => void,
  ) {
    elements.more.addEventListener('click', () => void this.loadMore());
    directory.onChange(() => {
      this.renameSources();
      this.renderState();
    });
  }

  /** Lists the items of another topic. */
  async setTopic(topic: string | undefined): Promise<void> {
    this.topic = topic;
    await this.load();
  }

  /** (Re)loads the first page; a newer load wins over a slower older one. */
  async load(): Promise<void> {
    const request = ++this.request;
    this.held ??= [];
    this.failure = undefined;
    this.setBusy(true);
    try {
      const page = await this.api.items({ limit: PAGE_SIZE, ...(this.topic ? { topic: this.topic } : {}) });
      if (request !== this.request) return;
      this.elements.list.replaceChildren();
      this.shown.clear();
      this.stories.clear();
      this.append(page.items);
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (request !== this.request) return;
      this.failure = { message: `Could not load the items. ${errorWords(error, false)}`, retry: () => this.load() };
    } finally {
      if (request === this.request) this.release();
    }
  }

  /** Shows the live items held while the first page loaded. */
  private release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const item of held) this.prepend(item);
    this.setBusy(false);
  }

  /** A live `item` event: shown on top unless already listed or of another topic. */
  prepend(item: ScoredItem): void {
    if (this.topic !== undefined && !item.topics.includes(this.topic)) return;
    if (this.held) {
      this.held.push(item);
      return;
    }
    const card = this.place(item, Date.now());
    if (!card) return;
    card.classList.add('item--new');
    this.elements.list.prepend(card);
    this.renderState();
  }

  /** Drops the items of a feed deleted together with its items. */
  removeFeed(feedId: string): void {
    for (const card of this.elements.list.querySelectorAll<HTMLElement>('article[data-feed-id]')) {
      if (card.dataset.feedId === feedId) {
        if (card.dataset.storyId) this.stories.delete(card.dataset.storyId);
        card.remove();
        continue;
      }
      removeAlsoReported(card, feedId);
    }
    this.renderState();
  }

  private async loadMore(): Promise<void> {
    if (!this.nextCursor) return;
    const { more } = this.elements;
    more.disabled = true;
    more.textContent = 'Loading older items…';
    // A page of the topic the reader has since left, or of a list reloaded meanwhile, is dropped.
    const request = this.request;
    try {
      const page = await this.api.items({ limit: PAGE_SIZE, cursor: this.nextCursor, ...(this.topic ? { topic: this.topic } : {}) });
      if (request !== this.request) return;
      this.append(page.items);
      this.nextCursor = page.nextCursor;
      this.failure = undefined;
    } catch (error) {
      if (request !== this.request) return;
      this.failure = { message: `Could not load older items. ${errorWords(error, false)}`, retry: () => this.loadMore() };
    } finally {
      more.disabled = false;
      more.textContent = 'Load older items';
      this.renderState();
    }
  }

  private append(items: readonly ScoredItem[]): void {
    const now = Date.now();
    for (const item of items) {
      const card = this.place(item, now);
      if (card) this.elements.list.append(card);
    }
  }

  /** A new card for the item, or undefined when it is listed already (itself, or its story from another feed). */
  private place(item: ScoredItem, now: number): HTMLElement | undefined {
    if (this.shown.has(item.id)) return undefined;
    this.shown.add(item.id);
    const name = this.directory.nameOf(item.feedId);
    const storyCard = this.stories.get(item.storyId);
    if (storyCard) {
      if (storyCard.dataset.feedId !== item.feedId) addAlsoReported(storyCard, item.feedId, name);
      return undefined;
    }
    const card = itemCard(item, name, now);
    this.stories.set(item.storyId, card);
    return card;
  }

  private renameSources(): void {
    for (const source of this.elements.list.querySelectorAll<HTMLElement>('.source-name[data-feed-id]')) {
      if (source.dataset.feedId) source.textContent = this.directory.nameOf(source.dataset.feedId);
    }
  }

  private setBusy(busy: boolean): void {
    this.elements.list.setAttribute('aria-busy', String(busy));
    if (busy) this.showState('loading', 'Loading the latest items…');
    else this.renderState();
  }

  private renderState(): void {
    if (this.held) return;
    this.elements.more.hidden = !this.nextCursor;
    if (this.failure) {
      const { message, retry } = this.failure;
      const button = el('button', { type: 'button', class: 'button button--small' }, ['Try again']);
      button.addEventListener('click', () => void retry());
      this.showState('error', message, button);
    } else if (this.stories.size > 0) {
      this.elements.state.hidden = true;
    } else if (this.directory.size === 0) {
      const add = el('button', { type: 'button', class: 'button' }, ['Add a feed']);
      add.addEventListener('click', this.onAddFeed);
      this.showState('empty', 'No items yet — add a feed to start watching the news.', add);
    } else {
      this.showState('waiting', 'Waiting for the first poll… Items appear here as soon as a feed is fetched and scored.');
    }
  }

  private showState(kind: 'loading' | 'empty' | 'waiting' | 'error', text: string, action?: HTMLElement): void {
    const { state } = this.elements;
    state.hidden = false;
    state.dataset.kind = kind;
    state.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    state.replaceChildren(el('p', {}, [text]), ...(action ? [action] : []));
  }
}
