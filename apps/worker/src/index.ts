export { loadEnv } from './env.js';
export { start, type WorkerHandle, type WorkerStartOptions } from './start.js';
export type { WorkerDeps } from './deps.js';
