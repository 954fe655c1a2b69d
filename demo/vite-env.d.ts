/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** Set by `npm start` to the simulator it started. */
  readonly VITE_CIRCLE_API_BASE?: string;
}
