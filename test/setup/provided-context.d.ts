// Values the vitest global setup (postgres-global-setup.ts) provides to every test through `inject`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server started for this run, or null when TRAINKIT_SKIP_POSTGRES=1. */
    postgresUrl: string | null;
  }
}
