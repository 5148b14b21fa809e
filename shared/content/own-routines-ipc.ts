/**
 * The own-routines part of the IPC contract: a zod schema per request and a response type per channel,
 * spread into `invokeChannels` in shared/ipc.ts. Main checks every request against these before a
 * handler runs (main/services/routines/handlers.ts).
 */
import { z } from 'zod';
import type { ExportResult } from '../ipc';
import { invoke } from '../ipc-spec';
import { type OwnRoutine, ownRoutineDraftSchema, ownRoutineId, ROUTINE_FILE_MAX_CHARS } from './user-routine';

const none = z.undefined();

export const ownRoutineChannels = {
  'routines.list': invoke<OwnRoutine[]>()(none),
  /** Creates a routine (no id) or replaces one. */
  'routines.save': invoke<OwnRoutine>()(
    z.strictObject({ id: ownRoutineId.optional(), routine: ownRoutineDraftSchema }),
  ),
  /** Removes it, and from the staples too; answers the routines left. */
  'routines.delete': invoke<OwnRoutine[]>()(z.strictObject({ id: ownRoutineId })),
  /** Saves it as a routine file where the person chooses. */
  'routines.export': invoke<ExportResult>()(z.strictObject({ id: ownRoutineId })),
  /** Adds the routine in a routine file's text (read by the page from a file the person picked). */
  'routines.import': invoke<OwnRoutine>()(
    // Room for a little more than a routine file, so an oversized one gets the file reader's own words.
    z.strictObject({ text: z.string().max(ROUTINE_FILE_MAX_CHARS + 1) }),
  ),
} as const;
