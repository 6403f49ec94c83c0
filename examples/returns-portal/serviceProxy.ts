import type { ProxyOptions } from 'vite';

/** Where the portal's decisions come from, and with which key: server-side settings, never in the page. */
export interface PortalService {
  /** The call-center service, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** A key of level `portal` for this client: the proxy sends it, the shopper's browser never holds it. */
  readonly portalKey: string;
  /** The client the portal returns for, e.g. `threadline`. */
  readonly clientId: string;
}

/**
 * The proxy between the page and the service. The page calls
 * `/api/decisions`, `/api/decisions/:requestId/accept` and `…/decline`; the
 * proxy forwards exactly those to `/clients/:clientId/…` and sets the
 * `Authorization` header itself (replacing any the page sent), so the only
 * power a shopper has is the portal key's: decide at the portal level, and
 * accept what that decision offered.
 */
export function serviceProxy(service: PortalService): Record<string, ProxyOptions> {
  const client = `/clients/${encodeURIComponent(service.clientId)}`;
  return {
    '^/api/decisions(/[^/]+/(accept|decline))?$': {
      target: service.url,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/api/, client),
      headers: { authorization: `Bearer ${service.portalKey}` },
    },
  };
}

/** The service from the environment: `SAVEDESK_SERVICE_URL`, `SAVEDESK_PORTAL_KEY` (default: the sample keys file's threadline portal key). */
export function serviceFromEnv(env: NodeJS.ProcessEnv): PortalService {
  return {
    url: env.SAVEDESK_SERVICE_URL ?? 'http://127.0.0.1:3000',
    portalKey: env.SAVEDESK_PORTAL_KEY ?? 'sample-portal-threadline-5e28a7c1',
    clientId: 'threadline',
  };
}
