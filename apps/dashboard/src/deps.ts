import type { Config, KeyLayout, Logger, Queues, Stores } from '@tension/core';
import type { EgressClient } from '@tension/egress';
import type { LevelParams } from '@tension/level';
import type { Redis } from 'ioredis';
import type { EventFanout } from './live/event-fanout.js';

/** What the HTTP layer needs; built by `start`, or by tests with their own prefix and clock. */
export interface DashboardDeps extends Stores {
  config: Config;
  /** The effective admin token (from ADMIN_TOKEN, or generated at start-up). */
  adminToken: string;
  redis: Redis;
  keys: KeyLayout;
  queues: Queues;
  fanout: EventFanout;
  egress: EgressClient;
  levelParams: LevelParams;
  logger: Logger;
  now: () => number;
  /** Folder with the built web page (index.html, app.js, styles.css). */
  publicDir: string;
}
