import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const FONT_EXT: Record<string, string> = {
  woff2: 'woff2',
  woff: 'woff',
  ttf: 'ttf',
  otf: 'otf',
  'x-font-ttf': 'ttf',
  'font-woff': 'woff',
  'font-woff2': 'woff2',
};

/**
 * The server's content security policy allows fonts from the site only (`font-src 'self'`), and
 * GraphiQL's stylesheet embeds its fonts as data: URLs, which the browser would refuse. This moves
 * every font embedded in a built stylesheet into a file of its own beside it.
 */
function fontsAsFiles(): Plugin {
  return {
    name: 'inservice:fonts-as-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const emitted = new Map<string, string>();
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const css = typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString('utf8');
        const next = css.replace(
          /url\((["']?)data:(?:font|application)\/([\w+.-]+);base64,([A-Za-z0-9+/=]+)\1\)/g,
          (_m, _q, type: string, data: string) => {
            const ext = FONT_EXT[type] ?? 'bin';
            let fileName = emitted.get(data);
            if (!fileName) {
              const ref = this.emitFile({ type: 'asset', name: `font.${ext}`, source: Buffer.from(data, 'base64') });
              fileName = this.getFileName(ref);
              emitted.set(data, fileName);
            }
            return `url(${path.posix.relative(path.posix.dirname(asset.fileName), fileName)})`;
          },
        );
        if (next !== css) asset.source = next;
      }
    },
  };
}

// The UI is served by the API server from client/dist in production (one port);
// in development `npm run dev -w client` proxies /graphql to a running server.
export default defineConfig({
  plugins: [react(), fontsAsFiles()],
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
    // no source maps: they would publish the source; the server refuses *.map anyway
    sourcemap: false,
    // Libraries in a chunk of their own: they change less often than the app, so browsers keep them cached.
    rolldownOptions: {
      output: {
        // entriesAware: a library used only by a page loaded on demand (the GraphQL explorer, the
        // map) goes with that page, not into the chunk every page loads.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, entriesAware: true }] },
      },
      onLog(level, log, handler) {
        // GraphiQL's modules start with "use no memo" (a React compiler hint): harmless when bundled.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
    // The explorer's editor (Monaco) and its workers are large by nature; they load only on that page.
    chunkSizeWarningLimit: 3000,
  },
});
