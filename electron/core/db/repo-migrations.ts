import { fileURLToPath } from 'node:url';

/**
 * The migrations folder when running from source (tests, browser mode, scripts). The packaged app
 * passes its own copy from extraResources instead.
 */
export const repoMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** The repository's resources/ folder (seed catalog, fonts, templates), likewise. */
export const repoResourcesFolder = fileURLToPath(new URL('../../../resources', import.meta.url));
