import { z } from 'zod';
import { eventsEnv, serviceEnv } from '@portal/platform';
import { DEFAULT_SMALL_CELL_K } from '@portal/platform/privacy';

/** What reporting reads from the environment: a service's settings, NATS, and its own k. */
export const envShape = {
  ...serviceEnv(4006),
  ...eventsEnv,
  /** Counts from 1 to k−1 are withheld from every report. */
  SMALL_CELL_K: z.coerce.number().int().min(2, 'must be at least 2').max(1000).default(DEFAULT_SMALL_CELL_K),
};
