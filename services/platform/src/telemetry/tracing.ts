import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Link, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export { SpanKind };

// Off unless a collector is configured: every helper below then returns at its first line,
// so a process without OTEL_EXPORTER_OTLP_ENDPOINT pays one boolean test per hook.
let enabled = false;

/** Whether spans are recorded in this process. */
export const tracingEnabled = () => enabled;

const tracer = () => trace.getTracer('@portal/platform');

export interface TracingOptions {
  /** Where spans go; OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT when absent (tests pass an in-memory one). */
  exporter?: SpanExporter;
}

/**
 * Records spans for this process when OTEL_EXPORTER_OTLP_ENDPOINT is set (or an exporter is
 * given), exported over OTLP/HTTP in batches; registers W3C trace context propagation and
 * an async-local context. Returns the way to flush and stop, or undefined when off.
 */
export function startTracing(service: string, options: TracingOptions = {}): (() => Promise<void>) | undefined {
  if (!options.exporter && !process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  // The OTLP exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/traces) and OTEL_EXPORTER_OTLP_HEADERS itself.
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register();
  enabled = true;
  return async () => {
    enabled = false;
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  };
}

/** The W3C traceparent of `ctx` (the active span by default); undefined when no span is recorded. */
export function traceparentOf(ctx: Context = context.active()): string | undefined {
  if (!enabled) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier.traceparent;
}

/** The context a traceparent continues (the root context when there is none or tracing is off). */
export function contextOf(traceparent: string | undefined): Context {
  if (!enabled || !traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, { traceparent });
}

type SpanOptions = { kind?: SpanKind; attributes?: Attributes; parent?: Context; links?: Link[] };

const failed = (span: Span, error: unknown) => {
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.setAttribute('error.type', (error as { name?: string })?.name ?? typeof error);
};

/**
 * Runs `work` in a span `name`, child of `parent` (the active context by default). A failure
 * marks the span as an error with the error's type only: messages may quote input.
 */
export async function inSpan<T>(name: string, options: SpanOptions, work: () => T | PromiseLike<T>): Promise<Awaited<T>> {
  if (!enabled) return await work();
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links: options.links }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Runs `work` once for several items that each continue a trace of their own (a batch of
 * messages): one span per item, child of its `parent`, lasting the whole of `work`. `work`
 * runs in the first item's span and gets links to the others', for the spans it starts:
 * each item's trace then reaches the work done for it.
 */
export async function inSpans<T>(items: (SpanOptions & { name: string })[], work: (links: Link[]) => T | PromiseLike<T>): Promise<Awaited<T>> {
  if (!enabled || items.length === 0) return await work([]);
  const spans = items.map((item) => tracer().startSpan(item.name, { kind: item.kind ?? SpanKind.INTERNAL, attributes: item.attributes }, item.parent ?? context.active()));
  const links = spans.slice(1).map((span) => ({ context: span.spanContext() }));
  try {
    return await context.with(trace.setSpan(items[0]!.parent ?? context.active(), spans[0]!), () => work(links));
  } catch (error) {
    for (const span of spans) failed(span, error);
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}
