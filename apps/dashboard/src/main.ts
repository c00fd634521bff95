import { ConfigError } from '@tension/core';
import { loadEnv } from './env.js';
import { start } from './start.js';

/** Stand-alone dashboard process (docker-compose, or scaling out by hand). */
async function main(): Promise<void> {
  const config = loadEnv();
  const handle = await start(config, { redisUrl: config.redisUrl ?? 'redis://127.0.0.1:6379' });
  console.log(`Tension Monitor dashboard: ${handle.url}`);
  if (handle.generatedToken) {
    console.log(`ADMIN_TOKEN was not set; this run's admin token is: ${handle.adminToken}`);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    handle.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
