import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { LiveEvent } from '../schemas/live-event.js';
import { EVENTS_MAX_LENGTH } from './item-store.js';

/** A live event with its stream id (the SSE `id`). */
export interface StoredEvent {
  id: string;
  event: LiveEvent;
}

/** Stream ids look like `1700000000000-0`. */
export function isStreamId(value: string): boolean {
  return /^\d{1,20}-\d{1,20}$/.test(value);
}

function toStoredEvents(entries: Array<[string, string[]]>): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const [id, fields] of entries) {
    const record: Record<string, string> = {};
    for (let index = 0; index + 1 < fields.length; index += 2) record[fields[index] as string] = fields[index + 1] as string;
    const parsed = LiveEvent.safeParse({ type: record.type, data: record.data ? JSON.parse(record.data) : undefined });
    // An event written by a newer or older version that no longer parses is skipped, not fatal.
    if (parsed.success) events.push({ id, event: parsed.data });
  }
  return events;
}

/**
 * The live event log (a Redis stream) behind `GET /api/stream`. Any number
 * of workers append and any number of dashboards read, so events reach every
 * browser whichever process produced them.
 */
export class EventLog {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
  ) {}

  async append(event: LiveEvent): Promise<string> {
    const parsed = LiveEvent.parse(event);
    const id = await this.redis.xadd(
      this.keys.events,
      'MAXLEN',
      '~',
      String(EVENTS_MAX_LENGTH),
      '*',
      'type',
      parsed.type,
      'data',
      JSON.stringify(parsed.data),
    );
    return id as string;
  }

  /** Events strictly after `afterId`, oldest first. */
  async after(afterId: string, count = 1_000): Promise<StoredEvent[]> {
    const entries = (await this.redis.xrange(this.keys.events, `(${afterId}`, '+', 'COUNT', count)) as Array<[string, string[]]>;
    return toStoredEvents(entries);
  }

  /** Id of the newest event, or `0-0` when the log is empty. */
  async lastId(): Promise<string> {
    const [entry] = (await this.redis.xrevrange(this.keys.events, '+', '-', 'COUNT', 1)) as Array<[string, string[]]>;
    return entry ? entry[0] : '0-0';
  }

  /**
   * Blocks up to `blockMs` for events after `afterId`. Use a dedicated
   * connection: a blocked connection serves no other command.
   */
  async waitAfter(afterId: string, blockMs: number, count = 1_000): Promise<StoredEvent[]> {
    const result = (await this.redis.xread('COUNT', count, 'BLOCK', blockMs, 'STREAMS', this.keys.events, afterId)) as
      | Array<[string, Array<[string, string[]]>]>
      | null;
    const entries = result?.[0]?.[1] ?? [];
    return toStoredEvents(entries);
  }
}
