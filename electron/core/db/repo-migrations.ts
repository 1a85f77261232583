import { fileURLToPath } from 'node:url';

/**
 * The migrations folder when running from source (tests, browser mode, scripts). The packaged app
 * passes its own copy from extraResources instead.
 */
export const repoMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
