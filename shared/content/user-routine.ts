/**
 * A person's own routines (a physiotherapist's list, say): the schema they are saved and shared in. Only
 * plain text and numbers: no markup, no links, no control characters. A routine file is one small,
 * versioned JSON object; `parseRoutineFile` reads one and explains in plain words what is wrong with it.
 */
import { z } from 'zod';
import type { RoutineFileProblem } from '../i18n/service-errors';
import { stepDurationSec } from './duration';
import { poseLibrary } from './poses';
import { placements, poseName, sides } from './schema';
import { ROUTINE_MAX_SEC, USER_ROUTINE_PREFIX } from './validate';

export const ROUTINE_FILE_FORMAT = 'sitwise-routine';
/** Version of the routine file this build writes and reads; files from newer builds are refused. */
export const ROUTINE_FILE_VERSION = 1;
/** A routine file is a few kilobytes; anything much bigger is not one. */
export const ROUTINE_FILE_MAX_CHARS = 64_000;
/** How many routines of their own a person can keep. */
export const MAX_OWN_ROUTINES = 50;

/** One line of plain text: no angle brackets (markup), no control characters, no script or data links. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters')
    .refine((s) => !/(javascript|data|vbscript):/i.test(s), 'must not contain links');

export const ownStepSchema = z
  .strictObject({
    instruction: plainText(240),
    seconds: z.number().int().min(3).max(900).optional(),
    reps: z.number().int().min(1).max(30).optional(),
    side: z.enum(sides),
    /** A pose from the library, or none (the step then shows words only). */
    pose: poseName.nullable(),
  })
  .refine((s) => (s.seconds === undefined) !== (s.reps === undefined), {
    message: 'a step has either seconds or repetitions',
  });
export type OwnStep = z.infer<typeof ownStepSchema>;

const stepSeconds = (s: OwnStep, place: (typeof placements)[number]) =>
  stepDurationSec({
    instruction: s.instruction,
    side: s.side,
    placement: place,
    ...(s.seconds !== undefined ? { seconds: s.seconds } : { reps: s.reps ?? 0 }),
  });

/** What a person edits: everything but the id. */
export const ownRoutineDraftSchema = z
  .strictObject({
    name: plainText(60),
    place: z.enum(placements),
    steps: z.array(ownStepSchema).min(1, 'a routine needs at least one step').max(12, 'at most 12 steps'),
  })
  .superRefine((r, ctx) => {
    r.steps.forEach((step, i) => {
      if (step.pose && poseLibrary[step.pose].place !== r.place)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'pose'],
          message: `the pose "${step.pose}" is not done ${placeWords[r.place]}`,
          params: { code: 'poseNotHere' },
        });
    });
    const total = r.steps.reduce((sum, s) => sum + stepSeconds(s, r.place), 0);
    if (total > ROUTINE_MAX_SEC)
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `runs over ${ROUTINE_MAX_SEC / 60} minutes`,
        params: { code: 'routineTooLong' },
      });
  });
export type OwnRoutineDraft = z.infer<typeof ownRoutineDraftSchema>;

const placeWords = { desk: 'at the desk', standing: 'standing', floor: 'on the floor' } as const;

export const ownRoutineId = z
  .string()
  .regex(new RegExp(`^${USER_ROUTINE_PREFIX}[a-z0-9]{6,20}$`), 'is not the id of one of your routines');

export const ownRoutineSchema = z.strictObject({
  id: ownRoutineId,
  routine: ownRoutineDraftSchema,
});
export type OwnRoutine = z.infer<typeof ownRoutineSchema>;

export const routineFileSchema = z.strictObject({
  format: z.literal(ROUTINE_FILE_FORMAT),
  version: z.literal(ROUTINE_FILE_VERSION),
  routine: ownRoutineDraftSchema,
});
export type RoutineFile = z.infer<typeof routineFileSchema>;

export function routineFileOf(draft: OwnRoutineDraft): RoutineFile {
  return { format: ROUTINE_FILE_FORMAT, version: ROUTINE_FILE_VERSION, routine: draft };
}

/** A refused file: `problem` is what the person is told (worded by the window); `message` is for logs. */
export type ParsedRoutineFile =
  | { ok: true; routine: OwnRoutineDraft }
  | { ok: false; problem: RoutineFileProblem; message: string };

/** Reads a routine file's text; never throws, never evaluates anything. */
export function parseRoutineFile(text: string): ParsedRoutineFile {
  if (text.length > ROUTINE_FILE_MAX_CHARS)
    return { ok: false, problem: 'tooLarge', message: 'This file is too large to be a routine file.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson', message: 'This is not a routine file: it is not JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'notRoutine', message: 'This is not a Sitwise routine file.' };
  const format = 'format' in value ? value.format : undefined;
  const version = 'version' in value ? value.version : undefined;
  if (format !== ROUTINE_FILE_FORMAT)
    return { ok: false, problem: 'notRoutine', message: 'This is not a Sitwise routine file.' };
  if (typeof version === 'number' && Number.isInteger(version) && version > ROUTINE_FILE_VERSION)
    return {
      ok: false,
      problem: 'newer',
      message: `This routine was saved by a newer version of Sitwise (file version ${version}). Update Sitwise to open it.`,
    };
  const parsed = routineFileSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
    return {
      ok: false,
      problem: 'invalid',
      message: `This routine file has a problem: ${first.join('; ')}.`,
    };
  }
  return { ok: true, routine: parsed.data.routine };
}
