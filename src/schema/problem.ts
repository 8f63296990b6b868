import * as z from 'zod/mini';
import { computeSchema, descentSchema, figureSchema, finite, givenSchema, networkSchema } from './data.js';
import { refineProblem } from './refine.js';
import { templateSchema } from './template.js';
import { WARNING_CODES } from '../diagnostics/diagnostic.js';

const text = z.string().check(z.minLength(1));
const symbolName = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/));
const nonnegative = z.number().check(z.gte(0));
const tolerance = z.strictObject({ abs: z.optional(nonnegative), rel: z.optional(nonnegative) });
const digits = (lo: number) => z.int().check(z.gte(lo), z.lte(15));
/** How a typed number is compared with the key (docs/grading.md); `tolerance` is the fifth way. */
const compare = z.union([
  z.enum(['rounding', 'exact']),
  z.strictObject({ sigfigs: digits(1) }),
  z.strictObject({ decimals: digits(0) }),
]);
const numeric = { tolerance: z.optional(tolerance), compare: z.optional(compare), compute: z.optional(computeSchema) };
/** Warning codes `check` keeps quiet about here (a part, a problem), as a linter's disable comment. */
export const ignoreSchema = z.optional(z.array(z.enum(WARNING_CODES)));
const common = {
  id: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/))),
  prompt: text,
  explanation: text,
  ignore: ignoreSchema,
};

export const partSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('number'), answer: z.optional(finite), ...numeric }),
  z.strictObject({ ...common, kind: z.literal('vector'), answer: z.optional(z.array(finite).check(z.minLength(1))), ...numeric }),
  /** A list of rows, each as long as the first (refine checks it). */
  z.strictObject({ ...common, kind: z.literal('matrix'), answer: z.optional(z.array(z.array(finite).check(z.minLength(1))).check(z.minLength(1))), ...numeric }),
  z.strictObject({ ...common, kind: z.literal('true-false'), answer: z.boolean(), claim: z.optional(text) }),
  z.strictObject({
    ...common,
    kind: z.literal('choice'),
    /** An option is text, or a number computed from the problem's data (shown as the grader shows keys). */
    options: z.array(z.union([text, z.strictObject({ compute: computeSchema })])).check(z.minLength(2), z.maxLength(26)),
    answer: z.optional(z.string().check(z.regex(/^[a-z]$/))),
    /** The key is the option equal to this value. */
    compute: z.optional(computeSchema),
  }),
  z.strictObject({ ...common, kind: z.literal('expression'), answer: text, claim: z.optional(text) }),
]);

const problemShape = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: z.optional(text),
  tags: z.array(text),
  prompt: text,
  network: z.optional(networkSchema),
  figure: z.optional(figureSchema),
  /** false: the network is only a witness of the stated facts, so its other values would confuse. */
  worked: z.optional(z.boolean()),
  descent: z.optional(descentSchema),
  given: z.optional(givenSchema),
  ignore: ignoreSchema,
  symbols: z.optional(z.array(z.union([symbolName, z.record(symbolName, z.literal('positive'))])).check(z.minLength(1))),
  ...z.partial(templateSchema).shape,
  parts: z.array(partSchema).check(z.minLength(1)),
});

export const problemSchema = problemShape.check(z.superRefine(refineProblem));

export const bankSchema = z.strictObject({
  $schema: z.optional(z.string()),
  title: z.optional(text),
  /** Each problem is validated on its own, after a template is filled in. */
  problems: z.array(z.record(z.string(), z.unknown())).check(z.minLength(1)),
});

export type BankData = z.infer<typeof bankSchema>;
export type RawProblem = BankData['problems'][number];
export type ProblemData = z.infer<typeof problemSchema>;
export type PartData = z.infer<typeof partSchema>;
export type SymbolsData = NonNullable<ProblemData['symbols']>;
