import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpSink {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT: the exporters post to `${url}/v1/traces`. */
  url: string;
  /** Spans received so far. */
  spans(): number;
  close(): Promise<void>;
}

const SPAN_ID = Buffer.from('"spanId"');

/**
 * A collector that takes OTLP/HTTP trace exports and throws them away, so that traced
 * processes pay for recording and exporting spans and nothing else. It only counts the spans
 * (the JSON's `"spanId"` keys, found without parsing; one cut by a chunk boundary is
 * missed): a run whose traced processes exported none did not measure tracing.
 */
export async function startOtlpSink(): Promise<OtlpSink> {
  let spans = 0;
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => {
      for (let at = chunk.indexOf(SPAN_ID); at >= 0; at = chunk.indexOf(SPAN_ID, at + 1)) spans++;
    });
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
