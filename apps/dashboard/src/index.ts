export { loadEnv } from './env.js';
export { start, type DashboardHandle, type DashboardStartOptions } from './start.js';
export { createServer } from './server.js';
export type { DashboardDeps } from './deps.js';
