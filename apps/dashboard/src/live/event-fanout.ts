import type { EventLog, Logger, StoredEvent } from '@tension/core';
import type { Redis } from 'ioredis';

export type EventListener = (event: StoredEvent) => void;

const BLOCK_MS = 5_000;
const RETRY_MS = 1_000;
const STOP_WAIT_MS = 1_000;

/**
 * One blocking read of the event log per dashboard process, fanned out to
 * every connected browser. Events come from Redis, so whichever worker or
 * dashboard produced them, every client of every dashboard sees them.
 */
export class EventFanout {
  private readonly listeners = new Set<EventListener>();
  private lastId = '$';
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly log: EventLog,
    /** Dedicated connection: BLOCK holds it. */
    private readonly connection: Redis,
    private readonly logger: Logger,
  ) {}

  /** Starts reading after the newest event already in the log. */
  async start(): Promise<void> {
    this.lastId = await this.log.lastId();
    this.running = true;
    this.loop = this.run();
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  async stop(): Promise<void> {
    this.running = false;
    // Breaks a BLOCK in progress instead of waiting for it to time out.
    this.connection.disconnect();
    // With Redis down the pending read may never settle; do not wait on it for long.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loop, new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const events = await this.log.waitAfter(this.lastId, BLOCK_MS);
        for (const event of events) {
          this.lastId = event.id;
          for (const listener of this.listeners) listener(event);
        }
      } catch (error) {
        if (!this.running) return;
        this.logger.warn({ err: error }, 'live event read failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }
}
