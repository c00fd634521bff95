import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EnvSchema } from '@tension/core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${root}/README.md`, 'utf8');

describe('README', () => {
  it('documents every configuration variable in its table, and nothing else', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]).sort();
    expect(documented).toEqual(Object.keys(EnvSchema.shape).sort());
  });

  it('gives the two quick-start commands that package.json defines', () => {
    const scripts = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(scripts.start).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('documents every API route the dashboard serves', () => {
    const routes = ['GET /api/health', 'GET /api/feeds', 'POST /api/feeds', 'PATCH /api/feeds/:id', 'DELETE /api/feeds/:id', 'POST /api/feeds/:id/poll', 'GET /api/feeds/opml', 'POST /api/feeds/opml', 'GET /api/feeds/:id', 'GET /api/items', 'GET /api/topics', 'GET /api/series', 'GET /api/stream', 'GET /api/openapi.json', 'GET /metrics'];
    for (const route of routes) expect(readme, route).toContain(route);
  });
});
