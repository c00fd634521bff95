import { defineConfig } from 'vitest/config';

// Integration tests start real processes, servers and Redis clients.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
