import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.redisUrl).toBeUndefined();
    expect(config.allowPrivateUrls).toBe(false);
    expect(config.keyPrefix).toBe('tm');
    expect(config.fetch.maxRedirects).toBe(5);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', ADMIN_TOKEN: '' }).port).toBe(3000);
  });

  it('parses booleans and numbers', () => {
    const config = loadConfig({ ALLOW_PRIVATE_URLS: 'true', PORT: '8080', HALF_LIFE_HOURS: '0.5' });
    expect(config.allowPrivateUrls).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.level.halfLifeHours).toBe(0.5);
  });

  it('names every bad variable with the value and the fix', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', ALLOW_PRIVATE_URLS: 'maybe', ADMIN_TOKEN: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.map((issue) => issue.variable).sort();
    expect(issues).toEqual(['ADMIN_TOKEN', 'ALLOW_PRIVATE_URLS', 'PORT', 'REDIS_URL']);
    expect((error as ConfigError).message).toContain('PORT: must be a whole number between 0 and 65535 (got "eighty")');
    expect((error as ConfigError).message).toContain('redis://');
  });

  it('refuses a port out of range and an interval below the floor', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be at most 65535/);
    expect(() => loadConfig({ POLL_INTERVAL_SECONDS: '120', MIN_POLL_INTERVAL_SECONDS: '300' })).toThrow(
      /POLL_INTERVAL_SECONDS/,
    );
  });
});
