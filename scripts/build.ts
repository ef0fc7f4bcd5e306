// npm run build: every service and the gateway as plain JavaScript (see scripts/lib/build.ts).
import { buildAll } from './lib/build';

try {
  const { milliseconds, bytes } = await buildAll();
  for (const [what, size] of Object.entries(bytes)) console.log(`${what}: ${(size / 1024).toFixed(0)} KiB`);
  console.log(`built in ${(milliseconds / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
