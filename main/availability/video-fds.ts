/**
 * Linux camera in use: some process holds `/dev/video*` open. The adapter lists the targets of the
 * `/proc/<pid>/fd/*` links it may read (the user's own processes; others are not readable, which is also
 * where a camera used by another user stays unseen). V4L2 devices are `/dev/video<N>`.
 */

/** True when one of the link targets is a video device. */
export function holdsVideoDevice(linkTargets: Iterable<string>): boolean {
  for (const target of linkTargets) if (/^\/dev\/video\d+$/.test(target)) return true;
  return false;
}

/** Process folders in /proc (numeric names), without our own process. */
export function processIds(entries: Iterable<string>, self: number): number[] {
  const out: number[] = [];
  for (const e of entries) if (/^\d+$/.test(e) && Number(e) !== self) out.push(Number(e));
  return out;
}
