/** The reader's settings, handed to the site's code by the integration (src/integration.ts). */
declare module 'virtual:reader/config' {
  const config: import('./config.ts').ReaderConfig;
  export default config;
}
