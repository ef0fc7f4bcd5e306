// The SDK's in-memory exporter, from the version the platform traces with: tests pass it to
// startTracing and read the finished spans.
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
