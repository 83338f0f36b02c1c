import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The API lives on the same origin in production (the Quarkus jar serves dist/). In development the
// Vite server proxies API and health calls to the backend, so the browser never needs CORS.
const backend = process.env.LOCKVUE_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
