import type { FeedEventData, FeedView } from './api-types.js';
import { feedName } from './feed-health.js';

const NO_HEALTH: FeedView['health'] = { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 };

/**
 * The feeds the page knows, kept current from the API and live `feed`
 * events; the feeds panel shows them and the item list names sources by them.
 */
export class FeedDirectory {
  private readonly feeds = new Map<string, FeedView>();
  private readonly listeners = new Set<() => void>();

  /** Replaces everything with the server's list (which carries the derived fields). */
  replaceAll(feeds: readonly FeedView[]): void {
    this.feeds.clear();
    for (const feed of feeds) this.feeds.set(feed.id, feed);
    this.changed();
  }

  /** Applies a live `feed` event; returns the feed as now known, or undefined when it is gone. */
  apply(event: FeedEventData): FeedView | undefined {
    if (event.change === 'deleted') {
      this.remove(event.feedId);
      return undefined;
    }
    const known = this.feeds.get(event.feedId);
    const settings = event.feed ?? known;
    if (!settings) return undefined;
    // The server's status and next poll were computed from the old settings and health; drop them until the list is reloaded.
    const view: FeedView = { ...settings, health: event.health ?? known?.health ?? NO_HEALTH, status: undefined, nextPollAt: undefined };
    this.feeds.set(view.id, view);
    this.changed();
    return view;
  }

  remove(id: string): void {
    if (this.feeds.delete(id)) this.changed();
  }

  get(id: string): FeedView | undefined {
    return this.feeds.get(id);
  }

  /** Oldest first, as the API lists them. */
  list(): FeedView[] {
    return [...this.feeds.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  get size(): number {
    return this.feeds.size;
  }

  /** The source name for an item; items outlive deleted feeds. */
  nameOf(feedId: string): string {
    const feed = this.feeds.get(feedId);
    return feed ? feedName(feed) : 'Removed feed';
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
