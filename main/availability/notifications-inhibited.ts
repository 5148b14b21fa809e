/**
 * Do Not Disturb on KDE Plasma and other desktops that implement the `Inhibited` property of
 * `org.freedesktop.Notifications` (a read-only boolean, true while notifications are held back; Plasma
 * 5.x and 6.x). The reply of `org.freedesktop.DBus.Properties.Get` is a variant: dbus-next hands it over
 * as `{ signature: 'b', value: boolean }`.
 */
import { z } from 'zod';

const variant = z.object({ signature: z.literal('b'), value: z.boolean() });

/** The property's value, or null when the reply is not a boolean variant. */
export function inhibitedFromReply(reply: unknown): boolean | null {
  const parsed = variant.safeParse(reply);
  return parsed.success ? parsed.data.value : null;
}
