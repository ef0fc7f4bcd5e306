import { createServer } from 'node:net';

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * The bench runs on the standard ports; were one taken (say by `npm start`), a readiness
 * check could succeed against the other stack and the numbers would be about it.
 */
export async function assertPortsFree(ports: number[]): Promise<void> {
  const taken: number[] = [];
  for (const port of ports) if (!(await isFree(port))) taken.push(port);
  if (taken.length) throw new Error(`port(s) ${taken.join(', ')} are in use: stop what listens there (npm start?) and run again`);
}
