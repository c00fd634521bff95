import { loadConfig, type Config } from '@tension/core';

/** Reads the dashboard's configuration once, at start-up. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Config {
  return loadConfig(source);
}
