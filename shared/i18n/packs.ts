/**
 * The catalogue in two packs per language, each its own chunk in the renderer: the prompt window loads only
 * the `prompt` pack (it must open fast, within its size budget), the dashboard loads both. A message's pack
 * follows the first part of its key. Main and tests hold every pack (`catalogues.ts`).
 *
 * When the prompt window starts showing a message from another area, add the area here: the test
 * test/unit/i18n/prompt-pack.test.ts fails until every key the prompt window's code can reach is in its pack.
 */
export const packs = ['prompt', 'dashboard'] as const;
export type Pack = (typeof packs)[number];

/** Key areas ("prompt" in "prompt.stand.title") the prompt window shows. */
export const promptPackAreas: readonly string[] = ['prompt', 'common', 'error', 'refusal', 'unit'];

export function packOf(key: string): Pack {
  const area = key.slice(0, key.indexOf('.'));
  return promptPackAreas.includes(area) ? 'prompt' : 'dashboard';
}
