import type { Plugin } from 'vite';
import { loadClient } from 'savedesk/node';

/** The module the page imports to get its client's configuration. */
export const CLIENT_CONFIG_MODULE = 'virtual:savedesk-client';
const resolvedId = `\0${CLIENT_CONFIG_MODULE}`;

/**
 * Reads a client folder at build time (with `savedesk/node`, which may touch
 * the disk) and hands the page its validated config as a JSON module, so the
 * browser bundle holds data, never the file-reading code.
 */
export function clientConfig(dir: string): Plugin {
  return {
    name: 'savedesk-client-config',
    resolveId: (id) => (id === CLIENT_CONFIG_MODULE ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const { config } = await loadClient(dir);
      return `export default ${JSON.stringify(config)};`;
    },
  };
}
