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
      '/exports': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
    },
    // The enum labels (labels.ts) and the national-ID check (national-id.ts) live in server/src/shared (one source for both sides).
    fs: { allow: [here, path.join(root, 'server/src/shared'), path.join(root, 'node_modules')] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Libraries in a chunk of their own: they change less often than the app, so browsers keep them cached.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
});
