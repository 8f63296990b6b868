import { z } from 'zod';

const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/);
const bounds = z.tuple([z.number(), z.number()]);

/** How one parameter is drawn. Ranges are inclusive. */
export const paramSchema = z.union([
  z.object({ int: bounds, not: z.array(z.number()).optional() }).strict(),
  z.object({ decimal: bounds, places: z.number().int().min(0).max(6).optional(), not: z.array(z.number()).optional() }).strict(),
  z.object({ choice: z.array(z.number()).min(1) }).strict(),
]);

/** Named checks on the keys, beside the expressions. */
export const KEY_CONSTRAINTS = ['integer-keys', 'distinct-keys'] as const;

export const templateSchema = z.object({
  params: z.record(name, paramSchema),
  derived: z.record(name, z.string().min(1)).optional(),
  constraints: z.array(z.string().min(1)).optional(),
  /** Seeds that give fixed values, e.g. the numbers of the original problem. */
  pinned: z.record(z.string().regex(/^\d+$/), z.record(name, z.number())).optional(),
});

export type ParamSpec = z.infer<typeof paramSchema>;
export type TemplateData = z.infer<typeof templateSchema>;
export const TEMPLATE_KEYS = Object.keys(templateSchema.shape);
