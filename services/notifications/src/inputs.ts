import { z } from 'zod';
import { KIND_NAMES } from './kinds';

export const notificationIds = z.array(z.uuid()).min(1).max(100);

export const preferencesInput = z
  .object({
    kind: z.enum(KIND_NAMES as [string, ...string[]]).nullish(),
    email: z.boolean().nullish(),
    digestHour: z.number().int().min(0).max(23).nullish(),
  })
  .refine((v) => (v.kind == null) === (v.email == null), { message: 'kind and email go together', path: ['email'] });
