import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => api?.close());

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** Reads SSE events from a fetch response until `count` arrived. */
async function readEvents(response: Response, count: number, timeoutMs = 5_000): Promise<SseEvent[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  const deadline = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let split: number;
      while ((split = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const event: SseEvent = {};
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ');
          if (field === 'id' || field === 'event' || field === 'data') event[field] = rest.join(': ');
        }
        if (event.event) events.push(event);
      }
    }
  } finally {
    clearTimeout(deadline);
    await reader.cancel().catch(() => undefined);
  }
  return events;
}

const level = (value: number) => ({ type: 'level' as const, data: { topic: 'default', t: new Date().toISOString(), level: value, escalation: value / 10, deescalation: 0, items: 1 } });

describe('GET /api/stream', () => {
  it('delivers events published to Redis by any process, typed and with ids', async () => {
    const response = await api.call('/api/stream');
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const pending = readEvents(response, 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await api.dashboard.deps.events.append(level(12));
    await api.dashboard.deps.events.append(level(34));
    const events = await pending;
    expect(events.map((event) => event.event)).toEqual(['level', 'level']);
    expect(events.map((event) => JSON.parse(event.data ?? '{}').level)).toEqual([12, 34]);
    expect(events[0]?.id).toMatch(/^\d+-\d+$/);
  });

  it('replays what a client missed when it reconnects with Last-Event-ID, without repeats', async () => {
    const { events } = api.dashboard.deps;
    const seen = await events.append(level(40));
    await events.append(level(41));
    await events.append(level(42));
    const response = await api.call('/api/stream', { headers: { 'Last-Event-ID': seen } });
    const pending = readEvents(response, 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await events.append(level(43));
    const received = (await pending).map((event) => JSON.parse(event.data ?? '{}').level);
    expect(received).toEqual([41, 42, 43]);
  });
});

describe('GET /api/stream keep-alive', () => {
  it('sends a heartbeat comment every SSE_HEARTBEAT_SECONDS while nothing happens', async () => {
    const quiet = await startApi({ SSE_HEARTBEAT_SECONDS: '1' });
    try {
      const response = await quiet.call('/api/stream');
      const reader = response.body?.getReader();
      if (!reader) throw new Error('no body');
      const decoder = new TextDecoder();
      let text = '';
      // Far below the 15 s default, so only the setting can produce two in time.
      const deadline = setTimeout(() => void reader.cancel(), 6_000);
      while ((text.match(/^: heartbeat$/gm) ?? []).length < 2) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      clearTimeout(deadline);
      await reader.cancel().catch(() => undefined);
      expect(text.match(/^: heartbeat$/gm)).toHaveLength(2);
      expect(text).not.toMatch(/^event:/m);
    } finally {
      await quiet.close();
    }
  });
});
