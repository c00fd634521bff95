import { describe, expect, it } from 'vitest';
import { quietErrors } from './redis.js';

describe('quietErrors', () => {
  it('logs a repeated connection error once per window, and each new message', () => {
    const logged: string[] = [];
    const onError = quietErrors((message) => logged.push(message), 60_000);
    for (let attempt = 0; attempt < 20; attempt += 1) onError(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    onError(new Error('READONLY You can\'t write against a read only replica.'));
    expect(logged).toEqual(['connect ECONNREFUSED 127.0.0.1:6379', "READONLY You can't write against a read only replica."]);
  });
});
