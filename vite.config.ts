import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  worker: { format: 'es' },
  // PGlite loads its WebAssembly and data files itself; prebundling breaks that.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  build: {
    target: 'es2022',
    // Monaco's editor and TypeScript worker are split out and loaded on
    // first use; they are large by nature.
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: { main: 'index.html', runtimeHarness: 'runtime-harness.html' },
    },
  },
});
