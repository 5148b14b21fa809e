/**
 * Validation errors as codes plus parameters, so no English sentence has to cross IPC: main sends
 * `FieldError`s, the renderer words them in the user's language with `fieldErrorText`.
 *
 * Schemas name a rule of their own with `refine(check, { params: { code: 'startAfterEnd' } })`; a regex
 * check is named through `patternCodes` (its pattern, as zod reports it, to a code).
 */
import { z } from 'zod';

export const errorCodeSchema = z.enum([
  'required',
  'wrongType',
  'tooSmallNumber',
  'tooBigNumber',
  'tooShortText',
  'tooLongText',
  'tooFewItems',
  'tooManyItems',
  'notWholeNumber',
  'notMultiple',
  'invalidTime',
  'invalidDate',
  'invalidFormat',
  'notAnOption',
  'unknownField',
  'startAfterEnd',
  'poseNotHere',
  'routineTooLong',
  'invalid',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;
const c = errorCodeSchema.enum;

/** Where the broken rule sits: dotted path from the request root ("snooze.minutes"); "" for the whole. */
const path = z.string().max(200);
const bound = z.number().finite();

/** One broken rule, as it crosses IPC. */
export const fieldErrorSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal(c.required), path }),
  z.strictObject({ code: z.literal(c.wrongType), path }),
  z.strictObject({ code: z.literal(c.tooSmallNumber), path, minimum: bound, inclusive: z.boolean() }),
  z.strictObject({ code: z.literal(c.tooBigNumber), path, maximum: bound, inclusive: z.boolean() }),
  z.strictObject({ code: z.literal(c.tooShortText), path, minimum: z.number().int().min(0) }),
  z.strictObject({ code: z.literal(c.tooLongText), path, maximum: z.number().int().min(0) }),
  z.strictObject({ code: z.literal(c.tooFewItems), path, minimum: z.number().int().min(0) }),
  z.strictObject({ code: z.literal(c.tooManyItems), path, maximum: z.number().int().min(0) }),
  z.strictObject({ code: z.literal(c.notWholeNumber), path }),
  z.strictObject({ code: z.literal(c.notMultiple), path, step: bound }),
  z.strictObject({ code: z.literal(c.invalidTime), path }),
  z.strictObject({ code: z.literal(c.invalidDate), path }),
  z.strictObject({ code: z.literal(c.invalidFormat), path }),
  z.strictObject({ code: z.literal(c.notAnOption), path }),
  z.strictObject({
    code: z.literal(c.unknownField),
    path,
    keys: z.array(z.string().max(200)).min(1).max(50),
  }),
  z.strictObject({ code: z.literal(c.startAfterEnd), path }),
  z.strictObject({ code: z.literal(c.poseNotHere), path }),
  z.strictObject({ code: z.literal(c.routineTooLong), path }),
  z.strictObject({ code: z.literal(c.invalid), path }),
]);
export type FieldError = z.infer<typeof fieldErrorSchema>;

export interface FieldErrorOptions {
  /** Regex patterns (as zod reports them, e.g. "/^\\d{2}$/") mapped to the code that words them. */
  patternCodes?: ReadonlyMap<string, ErrorCode>;
  /**
   * The value that was parsed. Zod leaves `input` off its issues unless asked (`reportInput`), so this is
   * how "missing" is told apart from "wrong type".
   */
  input?: unknown;
}

const pathOf = (p: readonly PropertyKey[]) => p.map(String).join('.');
const asNumber = (n: number | bigint) => Number(n);

/** The value at a path inside the parsed input; undefined when any step is missing. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const step of path) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, step)) return undefined;
    here = Reflect.get(here, step);
  }
  return here;
}

/** A code of our own that a schema attached with `params: { code }`. */
function ownCode(params: Readonly<Record<string, unknown>> | undefined): ErrorCode | null {
  const parsed = errorCodeSchema.safeParse(params?.code);
  return parsed.success ? parsed.data : null;
}

/** One zod issue as a code with parameters. */
export function fieldErrorOf(issue: z.core.$ZodIssue, options: FieldErrorOptions = {}): FieldError {
  const at = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const input = 'input' in issue ? issue.input : valueAt(options.input, issue.path);
      if (input === undefined) return { code: 'required', path: at };
      return issue.expected === 'int'
        ? { code: 'notWholeNumber', path: at }
        : { code: 'wrongType', path: at };
    }
    case 'too_small': {
      const minimum = asNumber(issue.minimum);
      const inclusive = issue.inclusive ?? true;
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'required', path: at } : { code: 'tooShortText', path: at, minimum };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'tooFewItems', path: at, minimum };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return { code: 'tooSmallNumber', path: at, minimum, inclusive };
      return { code: 'invalid', path: at };
    }
    case 'too_big': {
      const maximum = asNumber(issue.maximum);
      const inclusive = issue.inclusive ?? true;
      if (issue.origin === 'string') return { code: 'tooLongText', path: at, maximum };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'tooManyItems', path: at, maximum };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return { code: 'tooBigNumber', path: at, maximum, inclusive };
      return { code: 'invalid', path: at };
    }
    case 'not_multiple_of':
      return issue.divisor === 1
        ? { code: 'notWholeNumber', path: at }
        : { code: 'notMultiple', path: at, step: issue.divisor };
    case 'invalid_format': {
      const named = issue.pattern === undefined ? undefined : options.patternCodes?.get(issue.pattern);
      if (named !== undefined) return withCode(named, at);
      if (issue.format === 'date') return { code: 'invalidDate', path: at };
      if (issue.format === 'time') return { code: 'invalidTime', path: at };
      return { code: 'invalidFormat', path: at };
    }
    case 'invalid_value':
      return { code: 'notAnOption', path: at };
    case 'unrecognized_keys':
      return { code: 'unknownField', path: at, keys: issue.keys.map((k) => (at ? `${at}.${k}` : k)) };
    case 'custom': {
      const own = ownCode(issue.params);
      return own === null ? { code: 'invalid', path: at } : withCode(own, at);
    }
    default:
      return { code: 'invalid', path: at };
  }
}

/** A code that needs no parameters; codes that do need them fall back to the plain "not valid". */
function withCode(code: ErrorCode, at: string): FieldError {
  switch (code) {
    case 'required':
    case 'wrongType':
    case 'notWholeNumber':
    case 'invalidTime':
    case 'invalidDate':
    case 'invalidFormat':
    case 'notAnOption':
    case 'startAfterEnd':
    case 'poseNotHere':
    case 'routineTooLong':
    case 'invalid':
      return { code, path: at };
    default:
      return { code: 'invalid', path: at };
  }
}

export function fieldErrorsOf(error: z.ZodError, options: FieldErrorOptions = {}): FieldError[] {
  return error.issues.map((issue) => fieldErrorOf(issue, options));
}
