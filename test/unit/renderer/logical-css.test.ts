/**
 * The style sheets lay out by logical direction only (docs/ui.md: a right-to-left language needs no CSS
 * changes): no left/right properties or values, and no four-value margin or padding whose two sides differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const stylesDir = join(import.meta.dirname, '../../../renderer/src/styles');

const physicalProperty =
  /(?:^|[\s{;])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b[\w-]*|left|right)\s*:/;
const physicalValue = /(?:text-align|float|clear|resize)\s*:\s*(?:left|right)\b/;

/** `margin: 0 1rem 0 2rem` sets right and left apart: written logically, it is margin-inline. */
function lopsidedShorthand(line: string): boolean {
  const m = line.match(/(?:^|[\s{;])(?:margin|padding)\s*:\s*([^;]+);/);
  const parts = m?.[1]?.trim().split(/\s+/) ?? [];
  return parts.length === 4 && parts[1] !== parts[3];
}

function physicalLines(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .flatMap((line, i) =>
      physicalProperty.test(line) || physicalValue.test(line) || lopsidedShorthand(line)
        ? [`${i + 1}: ${line.trim()}`]
        : [],
    );
}

describe('the style sheets', () => {
  for (const file of readdirSync(stylesDir).filter((f) => f.endsWith('.css'))) {
    it(`${file} uses logical directions only`, () => {
      expect(physicalLines(readFileSync(join(stylesDir, file), 'utf8'))).toEqual([]);
    });
  }

  it('the check finds physical directions and lets logical ones pass', () => {
    expect(physicalLines('.a { margin-left: 1rem; }')).toHaveLength(1);
    expect(physicalLines('.a {\n  right: 0;\n}')).toHaveLength(1);
    expect(physicalLines('.a { text-align: right; }')).toHaveLength(1);
    expect(physicalLines('.a { padding: 0 0.5rem 0 0.75rem; }')).toHaveLength(1);
    expect(
      physicalLines('.a { margin-inline-start: 1rem; inset-inline-end: 0; padding: 1px 2px 3px 2px; }'),
    ).toEqual([]);
    expect(physicalLines('/* margin-left: 1rem */ .a { text-align: start; }')).toEqual([]);
  });
});
