import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { serviceFromEnv, serviceProxy, type PortalService } from './serviceProxy';

/**
 * The portal's build and servers. The page bundles no savedesk code and no
 * client config: it asks the call-center service through the proxy, which
 * holds the portal key on the server side. The dev server (`vite`) and the
 * preview server (`vite preview`) proxy alike.
 */
export function portalConfig(service: PortalService): UserConfig {
  const proxy = serviceProxy(service);
  return {
    root: import.meta.dirname,
    base: './',
    build: { outDir: join(import.meta.dirname, 'dist'), emptyOutDir: true },
    server: { host: '127.0.0.1', proxy },
    preview: { host: '127.0.0.1', proxy },
  };
}

export default defineConfig(() => portalConfig(serviceFromEnv(process.env)));
