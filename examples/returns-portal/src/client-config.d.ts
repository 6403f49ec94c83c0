declare module 'virtual:savedesk-client' {
  import type { ValidConfig } from 'savedesk';
  /** The client's validated config, read from its folder when the page was built. */
  const config: ValidConfig;
  export default config;
}
