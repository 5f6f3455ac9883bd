import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Precompressed copies (.br, .gz) of every text asset, written at build time: the API serves them to
 * clients that accept them (@fastify/static `preCompressed`), with no compression work per request.
 */
function precompress(): Plugin {
  return {
    name: 'jazari-precompress',
    apply: 'build',
    // After the files are written: by then every placeholder in the chunks has been filled in.
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json|txt)$/.test(fileName)) continue;
        const bytes = readFileSync(path.join(dir, fileName));
        if (bytes.length < 1024) continue;
        writeFileSync(path.join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
        writeFileSync(
          path.join(dir, `${fileName}.br`),
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/**
 * The self-contained evidence verifier (src/features/verify/jazari-verify.mjs, which the /verify page runs)
 * also at a stable address, `/jazari-verify.mjs`, unchanged: `node jazari-verify.mjs bundle.json` needs
 * nothing else (docs/convention-evidence.md).
 */
function standaloneVerifier(): Plugin {
  return {
    name: 'jazari-standalone-verifier',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'jazari-verify.mjs',
        source: readFileSync(path.join(import.meta.dirname, 'src/features/verify/jazari-verify.mjs'), 'utf8'),
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: { alias: { '@web': `${import.meta.dirname}/src` } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The component library marks its modules "use client" for React Server Components; a browser-only
      // bundle has no use for the directive, and dropping it changes nothing.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // `npm run web:dev`: hot reload on :5173, the API (npm start) behind it on :3000, same origin for the browser.
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
  preview: { port: 4173 },
  plugins: [standaloneVerifier(), precompress()],
});
