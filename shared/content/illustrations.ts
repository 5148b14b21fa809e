/**
 * Tiny line drawings of our own, drawn in `currentColor` so they follow the theme. Optional: only some
 * routines have one. `validate.ts` checks each is static markup (no scripts, links or embedded images).
 */
import type { Illustration } from './schema';

const open =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" fill="none" stroke="currentColor" ' +
  'stroke-width="3" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">';
const chair = '<path d="M12 40 H34 M16 40 V58 M32 40 V58 M12 40 V24" stroke-width="2"/>';
const floorLine = '<path d="M8 60 H56" stroke-width="2"/>';

export const seatedCatCowArt: Illustration = {
  svg: `${open}${chair}<circle cx="24" cy="12" r="6"/><path d="M24 18 Q17 28 22 38 H40 V56"/><path d="M22 26 L38 36"/></svg>`,
  alt: 'A person sits near the front of a chair with hands on knees and the back gently rounded.',
};

export const calfRaiseArt: Illustration = {
  svg: `${open}${floorLine}<circle cx="32" cy="10" r="6"/><path d="M32 16 V38"/><path d="M32 22 L24 34 M32 22 L40 34"/><path d="M32 38 L28 52 L30 57 M32 38 L36 52 L38 57"/></svg>`,
  alt: 'A person stands tall and rises up onto the toes, heels off the floor.',
};

export const sitToStandArt: Illustration = {
  svg: `${open}${chair}<circle cx="30" cy="14" r="6"/><path d="M30 20 L36 36 L46 40 L44 58"/><path d="M32 27 L44 33"/></svg>`,
  alt: 'A person leans forward from the hips and rises from a chair, pressing through the feet.',
};
