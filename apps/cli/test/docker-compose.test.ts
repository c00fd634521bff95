import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '@tension/core';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('docker-compose.yml', () => {
  it('is valid for docker-compose (no Docker engine needed for `config`)', () => {
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { cwd: root, encoding: 'utf8' });
    expect(result.error, 'docker-compose must be installed (Debian package docker-compose)').toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs Redis with AOF and noeviction, a scalable worker and the dashboard on port 3000', () => {
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: root, encoding: 'utf8' });
    const config = result.stdout;
    expect(config).toMatch(/--appendonly[\s\S]*yes/);
    expect(config).toMatch(/--maxmemory-policy[\s\S]*noeviction/);
    expect(config).toMatch(/worker:/);
    expect(config).toMatch(/published: "?3000"?|3000:3000/);
    expect(config).not.toMatch(/container_name/);
  });

  it('keeps Redis data on a named volume and health-checks Redis and the dashboard, which waits for Redis', () => {
    const compose = (...args: string[]) => spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', ...args], { cwd: root, encoding: 'utf8' }).stdout;
    expect(compose('--volumes').split('\n')).toContain('redis-data');
    const services = new Map(compose().split(/\n(?=  [a-z-]+:\n)/).map((block) => [/^\s*([a-z-]+):/.exec(block)?.[1] ?? '', block]));
    expect(services.get('redis')).toMatch(/- redis-data:\/data/);
    expect(services.get('redis')).toMatch(/healthcheck:[\s\S]*- redis-cli\n\s*- ping/);
    expect(services.get('dashboard')).toMatch(/healthcheck:[\s\S]*\/api\/health/);
    for (const app of ['worker', 'dashboard']) expect(services.get(app), app).toMatch(/depends_on:\n\s*redis:\n\s*condition: service_healthy/);
  });

  it('passes every configuration variable of the schema through to the apps', () => {
    const compose = readFileSync(`${root}/docker-compose.yml`, 'utf8');
    const missing = Object.keys(EnvSchema.shape).filter((name) => !['HOST', 'PORT', 'DATA_DIR'].includes(name) && !compose.includes(`${name}:`));
    expect(missing).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists exactly the variables of the config schema', () => {
    const listed = readFileSync(`${root}/.env.example`, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split('=')[0])
      .sort();
    expect(listed).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});
