import { fieldErrorsOf } from '../../shared/i18n/errors';
import {
  type InvokeChannel,
  type IpcFailure,
  type IpcResult,
  invokeChannels,
  isInvokeChannel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/ipc';
import { patternCodes } from '../../shared/pattern-codes';
import { UserFacingError } from '../errors';

/** One handler per invoke channel, receiving the already-validated request. */
export type Handlers = {
  [C in InvokeChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * Validates the channel and payload against the contract, then calls the handler. A payload that fails its
 * schema never reaches the handler, so nothing changes. Errors come back as values, never as throws.
 */
export function createRouter(
  handlers: Handlers,
  onError?: (channel: string, error: unknown) => void,
): Dispatch {
  return async (channel, payload) => {
    if (!isInvokeChannel(channel)) {
      const name = typeof channel === 'string' ? channel : typeof channel;
      return fail({ code: 'unknown-channel', message: `Unknown channel "${name}"` });
    }
    const parsed = invokeChannels[channel].request.safeParse(payload);
    if (!parsed.success) {
      // Codes with parameters cross; the window words them. The message is a diagnostic for logs.
      const issues = fieldErrorsOf(parsed.error, { input: payload, patternCodes });
      return fail({
        code: 'invalid-payload',
        message: `Invalid request for ${channel}: ${issues.map((i) => `${i.path || '(request)'} ${i.code}`).join('; ')}`,
        issues,
      });
    }
    try {
      const value = await call(handlers, channel, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof UserFacingError) {
        return fail({
          code: 'failed',
          message: error.message,
          issues: error.issues,
          ...(error.reason ? { reason: error.reason } : {}),
        });
      }
      onError?.(channel, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail({ code: 'failed', message: `${channel} failed: ${message}` });
    }
  };
}

function call<C extends InvokeChannel>(handlers: Handlers, channel: C, request: unknown) {
  // TypeScript cannot correlate handlers[C] with the request parsed by invokeChannels[C]; the lookup above does.
  const handler: (req: unknown) => unknown = handlers[channel] as (req: unknown) => unknown;
  return handler(request);
}

function fail(error: IpcFailure): IpcResult<never> {
  return { ok: false, error };
}
