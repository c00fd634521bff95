import type { Config } from '@tension/core';
import { startSystem, type DemoMode } from '../system.js';

const REDIS_SOURCES = {
  REDIS_URL: 'from REDIS_URL',
  local: 'the local server on 127.0.0.1:6379',
  private: 'a private redis-server started for this run (data in DATA_DIR, AOF on)',
} as const;

/** `tension up`: runs everything until Ctrl+C. */
export async function up(config: Config, demoMode: DemoMode): Promise<void> {
  const system = await startSystem(config, demoMode);
  const { dashboard, redis, simulator } = system;
  const lines = [
    '',
    'Tension Monitor is running.',
    `  Dashboard:   ${dashboard.url}`,
    `  Redis:       ${REDIS_SOURCES[redis.source]}`,
    dashboard.generatedToken
      ? `  Admin token: ${dashboard.adminToken}  (generated for this run; set ADMIN_TOKEN to keep one)`
      : '  Admin token: from ADMIN_TOKEN',
    simulator
      ? `  Demo mode:   ${simulator.feeds.length} simulated feeds on ${simulator.origin} (offline, invented news; the chart moves within a minute)`
      : '  Feeds:       your configured feeds (run `tension demo` for the offline demo)',
    'Press Ctrl+C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('Stopping: finishing running jobs…');
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
