/** Why a prompt waits: the words the OS reports about the moment, and every reason a prompt is held. */
import { z } from 'zod';

/** What the OS says about the moment (only these words are stored, nothing about the call itself). */
export const contextReasonSchema = z.enum(['call', 'dnd', 'fullscreen', 'app']);

/** Why a prompt is held back: the moment's reasons, a busy calendar event, or typing (a natural pause). */
export const holdReasonSchema = z.enum(['call', 'dnd', 'fullscreen', 'app', 'calendar', 'typing']);
