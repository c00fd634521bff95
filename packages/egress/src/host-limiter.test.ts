import { describe, expect, it } from 'vitest';
import { HostLimiter } from './host-limiter.js';

describe('HostLimiter', () => {
  it('lets `limit` requests per host through and queues the rest in order', async () => {
    const limiter = new HostLimiter(2);
    const signal = new AbortController().signal;
    const first = await limiter.acquire('Example.org', signal);
    const second = await limiter.acquire('example.org', signal);
    const order: string[] = [];
    const third = limiter.acquire('example.org', signal).then((release) => {
      order.push('third');
      return release;
    });
    const fourth = limiter.acquire('example.org', signal).then((release) => {
      order.push('fourth');
      return release;
    });
    const other = await limiter.acquire('other.org', signal);
    expect(limiter.load('example.org')).toEqual({ active: 2, waiting: 2 });
    first();
    first(); // releasing twice must not free a second slot
    (await third)();
    second();
    (await fourth)();
    other();
    expect(order).toEqual(['third', 'fourth']);
    expect(limiter.load('example.org')).toEqual({ active: 0, waiting: 0 });
  });

  it('drops a waiter whose signal fires and rejects with its reason', async () => {
    const limiter = new HostLimiter(1);
    const release = await limiter.acquire('a.example', new AbortController().signal);
    const controller = new AbortController();
    const waiting = limiter.acquire('a.example', controller.signal);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect(limiter.load('a.example')).toEqual({ active: 1, waiting: 0 });
    release();
    expect(limiter.load('a.example')).toEqual({ active: 0, waiting: 0 });
  });
});
