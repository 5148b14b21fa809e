/** Types for fake-os.mjs (the boot test's node:os with a movable boot clock). */
export * from 'node:os';
export declare const bootShift: { ms: number };
export declare function uptime(): number;
declare const os: typeof import('node:os');
export default os;
