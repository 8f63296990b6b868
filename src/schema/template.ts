import * as z from 'zod/mini';

const name = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/));
const bounds = z.tuple([z.number(), z.number()]);

/** How one parameter is drawn. Ranges are inclusive. */
export const paramSchema = z.union([
  z.strictObject({ int: bounds, not: z.optional(z.array(z.number())) }),
  z.strictObject({ decimal: bounds, places: z.optional(z.int().check(z.gte(0), z.lte(6))), not: z.optional(z.array(z.number())) }),
  z.strictObject({ choice: z.array(z.number()).check(z.minLength(1)) }),
]);

/** Named checks on the keys, beside the expressions. */
export const KEY_CONSTRAINTS = ['integer-keys', 'distinct-keys', 'distinct-mistakes'] as const;

export const templateSchema = z.object({
  params: z.record(name, paramSchema),
  derived: z.optional(z.record(name, z.string().check(z.minLength(1)))),
  constraints: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Seeds that give fixed values, e.g. the numbers of the original problem. */
  pinned: z.optional(z.record(z.string().check(z.regex(/^\d+$/)), z.record(name, z.number()))),
});

export type ParamSpec = z.infer<typeof paramSchema>;
export type TemplateData = z.infer<typeof templateSchema>;
export const TEMPLATE_KEYS = Object.keys(templateSchema.shape);
