import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// The UI is served by the API server from client/dist in production (one port);
// in development `npm run dev -w client` proxies /graphql to a running server.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
      '/healthz': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
    },
    // The enum labels live in server/src/shared/labels.ts (one source for both sides).
    fs: { allow: [here, path.join(root, 'server/src/shared'), path.join(root, 'node_modules')] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
