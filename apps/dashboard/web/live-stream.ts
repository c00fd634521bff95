import type { FeedEventData, LevelUpdate, ScoredItem } from './api-types.js';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

export interface LiveHandlers {
  item(item: ScoredItem): void;
  level(update: LevelUpdate): void;
  feed(data: FeedEventData): void;
  /** A topic's actors changed. */
  topic(): void;
  state(state: ConnectionState): void;
}

const REOPEN_MIN_MS = 2_000;
const REOPEN_MAX_MS = 30_000;

/**
 * The live event stream (`GET /api/stream`). EventSource reconnects by
 * itself and resends Last-Event-ID; when it gives up for good (the server
 * answered with an error status) we reopen it with backoff and pass the last
 * id as `?lastEventId=`, so no event is missed either way.
 */
export class LiveStream {
  private source: EventSource | undefined;
  private lastEventId: string | undefined;
  private reopenDelay = REOPEN_MIN_MS;
  private reopenTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveHandlers,
  ) {}

  /**
   * Connects; resolves once the server has the subscription (or the first
   * attempt failed), so data loaded after it cannot miss an event.
   */
  start(): Promise<void> {
    return new Promise((resolve) => {
      const source = this.open('connecting');
      source.addEventListener('open', () => resolve(), { once: true });
      source.addEventListener('error', () => resolve(), { once: true });
    });
  }

  stop(): void {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = undefined;
  }

  private open(state: ConnectionState): EventSource {
    this.handlers.state(state);
    const url = this.lastEventId ? `${this.url}?lastEventId=${encodeURIComponent(this.lastEventId)}` : this.url;
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('open', () => {
      this.reopenDelay = REOPEN_MIN_MS;
      this.handlers.state('live');
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) this.scheduleReopen(source);
      else this.handlers.state('reconnecting');
    });
    this.listen(source, 'item', (data) => this.handlers.item(data as ScoredItem));
    this.listen(source, 'level', (data) => this.handlers.level(data as LevelUpdate));
    this.listen(source, 'feed', (data) => this.handlers.feed(data as FeedEventData));
    this.listen(source, 'topic', () => this.handlers.topic());
    return source;
  }

  private listen(source: EventSource, type: string, deliver: (data: unknown) => void): void {
    source.addEventListener(type, (event: MessageEvent<string>) => {
      if (event.lastEventId) this.lastEventId = event.lastEventId;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        // A garbled event is skipped; the next one carries fresh state.
        return;
      }
      deliver(data);
    });
  }

  private scheduleReopen(source: EventSource): void {
    source.close();
    this.handlers.state('reconnecting');
    clearTimeout(this.reopenTimer);
    this.reopenTimer = setTimeout(() => this.open('reconnecting'), this.reopenDelay);
    this.reopenDelay = Math.min(this.reopenDelay * 2, REOPEN_MAX_MS);
  }
}
