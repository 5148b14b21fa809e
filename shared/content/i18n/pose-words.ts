/**
 * The pose library's words in a language: each pose's name (the own-routine editor's pose list) and its
 * figure's alt text. Kept beside the content catalogue, not in it: poses are drawings, not content items
 * with ids and sources, and their shapes never change with the language.
 */
import { poseLibrary } from '../poses';
import type { PoseText } from './types';

export type PoseWords = Readonly<Record<string, PoseText>>;

/** The English words, from the pose library itself. */
export const englishPoseWords: PoseWords = Object.fromEntries(
  Object.entries(poseLibrary).map(([name, p]) => [name, { label: p.label, alt: p.alt }]),
);
