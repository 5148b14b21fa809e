/**
 * The wording lint's word lists for each translation. Same rules as the English (`../wording.ts`): no health
 * claims, no condition names, calm tone, short sentences. Patterns use Unicode letter boundaries, since
 * `\b` does not see accented letters. The limits allow for Spanish and French running about a fifth longer
 * in words than English.
 */
import type { Locale } from '../../i18n/locales';
import {
  allowedHistoryPhrases,
  claimPatterns,
  conditionPatterns,
  defaultWordingLimits,
  type WordingLimits,
  type WordingRules,
} from '../wording';

/** A case-insensitive pattern that matches only whole words (stems may take any ending via `\p{L}*`). */
const word = (body: string) => new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'iu');
const phrase = (body: string) => new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'giu');

export interface LocaleWording {
  rules: WordingRules;
  limits: WordingLimits;
}

export const wordingRules: Readonly<Record<Locale, LocaleWording>> = {
  en: {
    rules: { claims: claimPatterns, conditions: conditionPatterns, allowedHistory: allowedHistoryPhrases },
    limits: defaultWordingLimits,
  },
  de: {
    rules: {
      claims: [
        word('heil\\p{L}*'),
        word('kurier\\p{L}*'),
        word('therap\\p{L}*'),
        word('behandl\\p{L}*'),
        word('diagnos\\p{L}*'),
        word('garant\\p{L}*'),
        word('schmerzfrei\\p{L}*'),
        word('wunder\\p{L}*'),
        word('verschreib\\p{L}*|verordn\\p{L}*|rezept\\p{L}*'),
        word('screening|früherkennung'),
        word('(?:den|deinen|ihren)\\s+rücken\\s+reparieren'),
      ],
      conditions: [
        word('ischias\\p{L}*'),
        word('cauda[-\\s]equina\\p{L}*'),
        word('krebs\\p{L}*|karzinom\\p{L}*'),
        word('tumor\\p{L}*'),
        word('infekt\\p{L}*|entzündung\\p{L}*'),
        word('fraktur\\p{L}*|knochenbr\\p{L}*'),
        word('\\p{L}*arthri\\p{L}*|\\p{L}*arthrose\\p{L}*'),
        word('osteo\\p{L}*'),
        word('stenose\\p{L}*'),
        word('bandscheibenvorf\\p{L}*|hernie\\p{L}*|prolaps\\p{L}*'),
        word('skoliose|kyphose|fibromyalgie|diabet\\p{L}*|rheuma\\p{L}*'),
        word('radikul\\p{L}*|myelopath\\p{L}*|neuropath\\p{L}*'),
        word('krankheit\\p{L}*|erkrankung\\p{L}*|syndrom\\p{L}*|störung\\p{L}*'),
        word('eingeklemmte[rn]?\\s+nerv\\p{L}*|nervenwurzel\\p{L}*'),
        word('hexenschuss|lumbago|depression\\p{L}*'),
      ],
      allowedHistory: [phrase('schon\\s+einmal\\s+krebs')],
    },
    limits: defaultWordingLimits,
  },
  es: {
    rules: {
      claims: [
        word('cur(?:a|ar|as|an|e|en|ado|ada|ación|aciones|arte)'),
        word('sana(?:r|rá|ción)'),
        word('trat(?:a|ar|amiento|amientos|ado|ada|e)'),
        word('diagn[oó]stic\\p{L}*'),
        word('terap\\p{L}*'),
        word('garantiza\\p{L}*|garantía\\p{L}*'),
        word('sin\\s+dolor'),
        word('milagro\\p{L}*'),
        word('recet\\p{L}*|prescri\\p{L}*'),
        word('cribado|detección'),
      ],
      conditions: [
        word('ciática\\p{L}*'),
        word('cauda\\s+equina'),
        word('cáncer\\p{L}*|tumor\\p{L}*'),
        word('infecci\\p{L}*|inflamaci\\p{L}*'),
        word('fractura\\p{L}*'),
        word('artritis|artrosis|osteo\\p{L}*'),
        word('estenosis|hernia\\p{L}*|prolaps\\p{L}*|escoliosis|cifosis|fibromialgia|diabet\\p{L}*'),
        word('radicul\\p{L}*|mielopat\\p{L}*|neuropat\\p{L}*'),
        word('enfermedad\\p{L}*|síndrome\\p{L}*|trastorno\\p{L}*'),
        word('nervio\\s+pinzado|raíz\\s+nerviosa|lumbago|depresión'),
      ],
      allowedHistory: [phrase('(?:has|ha)\\s+tenido\\s+cáncer')],
    },
    limits: { maxSentenceWords: 24, maxAverageWords: 18 },
  },
  fr: {
    rules: {
      claims: [
        word('guéri\\p{L}*|guérison\\p{L}*'),
        word('trait(?:er|e|ement|ements|é|ée)'),
        word('soign\\p{L}*'),
        word('diagnosti\\p{L}*'),
        word('thérap\\p{L}*'),
        word('garanti\\p{L}*'),
        word('sans\\s+douleur'),
        word('miracle\\p{L}*'),
        word('prescri\\p{L}*|ordonnance\\p{L}*'),
        word('dépistage\\p{L}*'),
      ],
      conditions: [
        word('sciatique\\p{L}*'),
        word('queue\\s+de\\s+cheval'),
        word('cancer\\p{L}*|tumeur\\p{L}*'),
        word('infection\\p{L}*|inflammation\\p{L}*'),
        word('fracture\\p{L}*'),
        word('arthrite\\p{L}*|arthrose\\p{L}*|ostéo\\p{L}*'),
        word('sténose\\p{L}*|hernie\\p{L}*|prolapsus|scoliose|cyphose|fibromyalgie|diabète\\p{L}*'),
        word('radicul\\p{L}*|myélopath\\p{L}*|neuropath\\p{L}*'),
        word('maladie\\p{L}*|syndrome\\p{L}*'),
        word('nerf\\s+coincé|racine\\s+nerveuse|lumbago|dépression'),
      ],
      allowedHistory: [phrase('déjà\\s+eu\\s+un\\s+cancer')],
    },
    limits: { maxSentenceWords: 24, maxAverageWords: 18 },
  },
};
