import { ConfigError } from '@tension/core';
import { loadEnv } from './env.js';
import { start } from './start.js';

/** Stand-alone worker process (docker-compose, or scaling out by hand). */
async function main(): Promise<void> {
  const config = loadEnv();
  const handle = await start(config, { redisUrl: config.redisUrl ?? 'redis://127.0.0.1:6379' });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    handle.deps.logger.info({ signal }, 'shutting down');
    handle.close().then(
      () => process.exit(0),
      (error: unknown) => {
        handle.deps.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
