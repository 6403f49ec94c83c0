import { join } from 'node:path';
import { defineConfig } from 'vite';
import { clientConfig } from './clientConfig';

const repo = join(import.meta.dirname, '..', '..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // In this repository the page bundles the core from source; an app that installed savedesk needs no alias.
  resolve: { alias: [{ find: /^savedesk$/, replacement: join(repo, 'src', 'index.ts') }] },
  plugins: [clientConfig(join(repo, 'rules', 'threadline'))],
  build: { outDir: 'dist', emptyOutDir: true },
});
