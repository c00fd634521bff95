import { z } from 'zod';
import { ConfigError, type ConfigIssue } from './errors.js';
import { Topic } from './schemas/common.js';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a whole number between ${min} and ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));

const positiveNumber = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: 'must be a positive number such as 12 or 0.5' })
  .transform(Number)
  .pipe(z.number().positive({ error: 'must be greater than 0' }));

const redisUrl = z
  .string()
  .refine((value) => /^rediss?:\/\/./.test(value) && URL.canParse(value), {
    error: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0',
  });

/**
 * Every environment variable the system reads, with its default. This is the
 * single source of the configuration table in the README.
 */
export const EnvSchema = z.object({
  REDIS_URL: redisUrl.optional(),
  KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.{}-]{1,40}$/, { error: 'must be 1-40 letters, digits, or _ . - { }' })
    .default('tm'),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** 0 picks any free port (tests). */
  PORT: integer(0, 65535).default(3000),
  ADMIN_TOKEN: z.string().min(16, { error: 'must be at least 16 characters; generate one with `openssl rand -hex 24`' }).optional(),
  ALLOW_PRIVATE_URLS: booleanString.default(false),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent'], { error: 'must be debug, info, warn, error or silent' }).default('info'),
  POLL_INTERVAL_SECONDS: integer(60, 86_400).default(300),
  MIN_POLL_INTERVAL_SECONDS: integer(1, 86_400).default(60),
  FETCH_CONNECT_TIMEOUT_MS: integer(100, 120_000).default(5_000),
  FETCH_TIMEOUT_MS: integer(500, 600_000).default(20_000),
  FETCH_MAX_BYTES: integer(1_024, 1_073_741_824).default(5 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: integer(0, 20).default(5),
  FETCH_PER_HOST_CONCURRENCY: integer(1, 100).default(2),
  USER_AGENT: z.string().min(1).default('TensionMonitor/0.1 (+https://github.com/tension-monitor/tension-monitor)'),
  WORKER_CONCURRENCY: integer(1, 256).default(8),
  SHUTDOWN_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  HALF_LIFE_HOURS: positiveNumber.default(12),
  LEVEL_CALM_MASS: positiveNumber.default(10),
  ITEM_RETENTION_DAYS: integer(1, 3_650).default(30),
  DATA_DIR: z.string().min(1).default('.tension'),
  DEFAULT_TOPIC: Topic.default('default'),
  SSE_HEARTBEAT_SECONDS: integer(1, 300).default(15),
});

type Env = z.infer<typeof EnvSchema>;

/** Validated, typed configuration shared by every app. */
export interface Config {
  redisUrl: string | undefined;
  keyPrefix: string;
  host: string;
  port: number;
  adminToken: string | undefined;
  allowPrivateUrls: boolean;
  logLevel: Env['LOG_LEVEL'];
  pollIntervalSeconds: number;
  minPollIntervalSeconds: number;
  fetch: {
    connectTimeoutMs: number;
    timeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    perHostConcurrency: number;
    userAgent: string;
  };
  workerConcurrency: number;
  shutdownTimeoutMs: number;
  /** Level formula parameters (a `LevelParams` for @tension/level). */
  level: { halfLifeHours: number; halfLifeMs: number; calmMass: number };
  itemRetentionDays: number;
  dataDir: string;
  defaultTopic: string;
  /** How often an idle live stream sends a comment, so proxies with idle timeouts keep it open. */
  sseHeartbeatMs: number;
}

/**
 * Validates `source` (normally `process.env`) and returns the typed config.
 * Empty strings count as unset so `.env` files can leave a line blank.
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const present: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') present[key] = value.trim();
  }
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issues: ConfigIssue[] = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return { variable, problem: `${issue.message} (got "${present[variable] ?? ''}")` };
    });
    throw new ConfigError(issues);
  }
  const env = parsed.data;
  if (env.FETCH_CONNECT_TIMEOUT_MS > env.FETCH_TIMEOUT_MS) {
    throw new ConfigError([
      { variable: 'FETCH_CONNECT_TIMEOUT_MS', problem: 'must not exceed FETCH_TIMEOUT_MS' },
    ]);
  }
  if (env.POLL_INTERVAL_SECONDS < env.MIN_POLL_INTERVAL_SECONDS) {
    throw new ConfigError([
      { variable: 'POLL_INTERVAL_SECONDS', problem: `must be at least MIN_POLL_INTERVAL_SECONDS (${env.MIN_POLL_INTERVAL_SECONDS})` },
    ]);
  }
  return {
    redisUrl: env.REDIS_URL,
    keyPrefix: env.KEY_PREFIX,
    host: env.HOST,
    port: env.PORT,
    adminToken: env.ADMIN_TOKEN,
    allowPrivateUrls: env.ALLOW_PRIVATE_URLS,
    logLevel: env.LOG_LEVEL,
    pollIntervalSeconds: env.POLL_INTERVAL_SECONDS,
    minPollIntervalSeconds: env.MIN_POLL_INTERVAL_SECONDS,
    fetch: {
      connectTimeoutMs: env.FETCH_CONNECT_TIMEOUT_MS,
      timeoutMs: env.FETCH_TIMEOUT_MS,
      maxBytes: env.FETCH_MAX_BYTES,
      maxRedirects: env.FETCH_MAX_REDIRECTS,
      perHostConcurrency: env.FETCH_PER_HOST_CONCURRENCY,
      userAgent: env.USER_AGENT,
    },
    workerConcurrency: env.WORKER_CONCURRENCY,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    level: { halfLifeHours: env.HALF_LIFE_HOURS, halfLifeMs: env.HALF_LIFE_HOURS * 3_600_000, calmMass: env.LEVEL_CALM_MASS },
    itemRetentionDays: env.ITEM_RETENTION_DAYS,
    dataDir: env.DATA_DIR,
    defaultTopic: env.DEFAULT_TOPIC,
    sseHeartbeatMs: env.SSE_HEARTBEAT_SECONDS * 1000,
  };
}
