import { defineConfig } from 'vitest/config';

// Node for the core, the hosts and the headless editor pipeline; happy-dom for
// renderer components.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src-main/**/*.test.ts', 'src-renderer/src/**/*.node.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src-renderer/src/**/*.test.{ts,tsx}'],
          exclude: ['src-renderer/src/**/*.node.test.ts'],
        },
      },
    ],
  },
});
