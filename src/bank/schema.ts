import { z } from 'zod';
import { computeSchema, descentSchema, figureSchema, finite, givenSchema, networkSchema } from './schema-data.js';
import { refineProblem } from './refine.js';
import { templateSchema } from '../template/schema.js';

const text = z.string().min(1);
const tolerance = z
  .object({ abs: z.number().nonnegative().optional(), rel: z.number().nonnegative().optional() })
  .strict();
const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  prompt: text,
  explanation: text,
};

export const partSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('number'), answer: finite.optional(), tolerance: tolerance.optional(), compute: computeSchema.optional() }).strict(),
  z.object({ ...common, kind: z.literal('vector'), answer: z.array(finite).min(1).optional(), tolerance: tolerance.optional(), compute: computeSchema.optional() }).strict(),
  z.object({ ...common, kind: z.literal('true-false'), answer: z.boolean(), claim: text.optional() }).strict(),
  z.object({ ...common, kind: z.literal('choice'), options: z.array(text).min(2).max(26), answer: z.string().regex(/^[a-z]$/) }).strict(),
  z.object({ ...common, kind: z.literal('expression'), answer: text, claim: text.optional() }).strict(),
]);

export const problemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: text.optional(),
    tags: z.array(text),
    prompt: text,
    network: networkSchema.optional(),
    figure: figureSchema.optional(),
    /** false: the network is only a witness of the stated facts, so its other values would confuse. */
    worked: z.boolean().optional(),
    descent: descentSchema.optional(),
    given: givenSchema.optional(),
    ...templateSchema.partial().shape,
    parts: z.array(partSchema).min(1),
  })
  .strict()
  .superRefine(refineProblem);

export const bankSchema = z
  .object({
    $schema: z.string().optional(),
    title: text.optional(),
    /** Each problem is validated on its own, after a template is filled in. */
    problems: z.array(z.record(z.string(), z.unknown())).min(1),
  })
  .strict();

export type BankData = z.infer<typeof bankSchema>;
export type RawProblem = BankData['problems'][number];
export type ProblemData = z.infer<typeof problemSchema>;
export type PartData = z.infer<typeof partSchema>;
