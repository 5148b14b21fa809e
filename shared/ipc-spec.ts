/**
 * How a channel of the IPC contract is described. A module of its own so that shared/ipc.ts and the
 * feature tables it merges (shared/pacing/ipc.ts) both build on it without importing each other.
 */
import type { z } from 'zod';

/** An invoke channel: its request schema, and its response type carried as a phantom. */
export interface InvokeSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly response?: Res;
}
/** A push channel (main → renderer): only a payload type. */
export interface PushSpec<P> {
  readonly payload?: P;
}

/** `invoke<Response>()(requestSchema)`: the response type is given, the request type is inferred. */
export const invoke =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): InvokeSpec<Req, Res> => ({ request });
export const push = <P>(): PushSpec<P> => ({});

/** The response type an invoke spec carries. */
export type ResponseOfSpec<S> = S extends InvokeSpec<z.ZodType, infer R> ? R : never;
