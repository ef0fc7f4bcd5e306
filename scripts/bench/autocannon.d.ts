// The part of autocannon 9's API that the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Called before each request; what it returns is sent. */
      setupRequest?: (request: Request, context: object) => Request;
    }

    interface Options {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: Request[];
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Requests per second over all connections, paced per connection and per second. */
      overallRate?: number;
      /** Seconds before a request counts as timed out. */
      timeout?: number;
      /** False counts the response as a mismatch. */
      verifyBody?: (body: string) => boolean;
    }

    interface Result {
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      requests: { average: number; total: number };
    }

    interface Instance extends EventEmitter {
      stop(): void;
      /** (client, statusCode, resBytes, responseTime in ms) */
      on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this;
      on(event: string, listener: (...args: any[]) => void): this;
    }
  }

  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;

  export = autocannon;
}
