import { fileURLToPath } from 'node:url';

/**
 * The built web app (web/ through Vite), beside the server's own bundle in dist/. Found from
 * the repository layout, which the source, the bundle and an image share.
 */
export const ASSETS = fileURLToPath(new URL('../../dashboard/dist/web', import.meta.url));
