/**
 * A catalogue ready to format: each message pre-parsed at build time (`npm run i18n -- compile`), so the
 * parser never ships to the renderer (the FormatJS "precompiled AST" setup). A message with no arguments is
 * kept as its final text.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageKey } from './messages/en';

export type { MessageFormatElement };
export type CompiledMessage = string | MessageFormatElement[];
export type CompiledCatalogue = Readonly<Record<MessageKey, CompiledMessage>>;
/** One pack of a catalogue (shared/i18n/packs.ts): the messages of some areas only. */
export type CompiledPack = Readonly<Partial<Record<MessageKey, CompiledMessage>>>;
