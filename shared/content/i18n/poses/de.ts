/**
 * Die Posen auf Deutsch: der Name in der Posenliste des Routinen-Editors und der Alternativtext der Figur.
 * Alternativtexte beschreiben neutral, was die Figur zeigt („Eine Person …“), ohne Rat und ohne Aussagen;
 * Begriffe wie in den Routinen (Vierfüßlerstand, hüftbreit, Stuhlkante).
 */
import type { PoseName } from '../../poses';
import type { PoseText } from '../types';

export const dePoses: Readonly<Record<PoseName, PoseText>> = {
  // Am Schreibtisch sitzend.
  'sit-tall': {
    label: 'Aufrecht sitzen',
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl, die Füße flach, die Hände ruhen auf den Oberschenkeln.',
  },
  'sit-front-edge': {
    label: 'Vorn auf der Stuhlkante sitzen',
    alt: 'Eine Person sitzt vorn auf der Stuhlkante, die Füße flach, die Hände auf den Knien.',
  },
  'sit-round': {
    label: 'Sitzend, Rücken rund',
    alt: 'Im Sitzen macht die Person den Rücken rund und lässt das Kinn Richtung Brust sinken.',
  },
  'sit-arch': {
    label: 'Sitzend, Brust gehoben',
    alt: 'Im Sitzen hebt die Person die Brust und schaut nach vorn, der untere Rücken ist sanft gewölbt.',
  },
  'sit-slump': {
    label: 'Entspannt sitzen',
    alt: 'Im Sitzen lässt die Person den Rücken weich werden und die Schultern locker.',
  },
  'sit-lean-back': {
    label: 'Im Stuhl zurücklehnen',
    alt: 'Die Person lehnt sich mit gesenkten Schultern an die Stuhllehne zurück.',
  },
  'sit-hands-belly': {
    label: 'Sitzend, Hände auf Brust und Bauch',
    alt: 'Die Person sitzt zurückgelehnt im Stuhl, eine Hand ruht auf der Brust und eine auf dem Bauch.',
  },
  'sit-belly-in': {
    label: 'Sitzend, einatmen',
    alt: 'Zurückgelehnt sitzend atmet die Person ein, und der Bauch hebt sich unter der Hand.',
  },
  'sit-hands-lap': {
    label: 'Sitzend, Hände im Schoß',
    alt: 'Eine Person sitzt bequem, beide Füße auf dem Boden, die Hände ruhen im Schoß.',
  },
  'sit-breathe-in': {
    label: 'Sitzend, ein voller Atemzug',
    alt: 'Bequem sitzend atmet die Person ein, und die Brust hebt sich ein wenig.',
  },
  'sit-arms-crossed': {
    label: 'Sitzend, Arme verschränkt',
    alt: 'Von vorn gesehen sitzt eine Person aufrecht, die Arme vor der Brust verschränkt.',
  },
  'sit-twist': {
    label: 'Sitzend, Oberkörper gedreht',
    alt: 'Von vorn gesehen dreht die Person die Schultern zu einer Seite, während die Hüften nach vorn zeigen.',
  },
  'sit-arms-loose': {
    label: 'Sitzend, Arme locker',
    alt: 'Von vorn gesehen sitzt eine Person aufrecht, die Arme hängen locker an den Seiten.',
  },
  'sit-side-bend': {
    label: 'Sitzend, zur Seite geneigt',
    alt: 'Von vorn gesehen neigt sich die Person zu einer Seite und lässt die Hand dieser Seite Richtung Boden gleiten.',
  },
  'sit-arms-back': {
    label: 'Sitzend, Schulterblätter zurückgezogen',
    alt: 'Aufrecht sitzend zieht die Person die Schulterblätter nach hinten unten, die Brust ist offen.',
  },
  'sit-arms-side': {
    label: 'Sitzend, Arme an den Seiten',
    alt: 'Eine Person sitzt aufrecht, die Arme hängen locker an den Seiten.',
  },
  'sit-shoulders-forward': {
    label: 'Sitzend, Schultern nach vorn gerollt',
    alt: 'Im Sitzen rollt die Person die Schultern nach vorn und oben, die Arme locker.',
  },
  'sit-lean-forward': {
    label: 'Zum Aufstehen nach vorn neigen',
    alt: 'Vorn auf dem Stuhl neigt sich die Person aus den Hüften nach vorn, die Füße unter den Knien.',
  },
  'stand-from-chair': {
    label: 'Vom Stuhl aufstehen',
    alt: 'Vor dem Stuhl richtet sich die Person zum aufrechten Stand auf und drückt sich über die Füße hoch.',
  },

  // Im Stehen.
  stand: {
    label: 'Aufrecht stehen',
    alt: 'Eine Person steht aufrecht, die Füße hüftbreit, die Arme an den Seiten.',
  },
  'stand-front': {
    label: 'Stehend, von vorn gesehen',
    alt: 'Von vorn gesehen steht eine Person mit hüftbreiten Füßen und lockeren Knien.',
  },
  'stand-hands-back': {
    label: 'Stehend, Hände am unteren Rücken',
    alt: 'Eine Person steht aufrecht, beide Hände am unteren Rücken.',
  },
  'stand-lean-back': {
    label: 'Zurücklehnen',
    alt: 'Mit den Händen am unteren Rücken und gestreckten Knien lehnt sich die Person ein wenig zurück.',
  },
  'stand-at-desk': {
    label: 'Am Tisch stehen',
    alt: 'Eine Person steht neben dem Tisch, die Fingerspitzen ruhen darauf.',
  },
  'stand-step-back': {
    label: 'Ein Fuß nach hinten gesetzt',
    alt: 'Die Person hält sich am Tisch, setzt einen Fuß zurück und richtet das Becken etwas auf.',
  },
  'stand-toes': {
    label: 'Auf den Zehenspitzen',
    alt: 'Mit den Fingerspitzen auf dem Tisch geht die Person auf die Zehenspitzen, die Fersen sind vom Boden gelöst.',
  },
  'stand-shift': {
    label: 'Gewicht auf einem Fuß',
    alt: 'Von vorn gesehen verlagert die Person das Gewicht auf einen Fuß, das andere Knie ist locker.',
  },
  'stand-rock-forward': {
    label: 'Nach vorn schaukeln',
    alt: 'Die Person schaukelt nach vorn Richtung Zehen, der Körper gerade wie ein aufgestelltes Brett.',
  },
  'stand-rock-back': {
    label: 'Nach hinten schaukeln',
    alt: 'Die Person schaukelt zurück auf die Fersen, die Zehen heben sich ein wenig.',
  },
  'walk-a': {
    label: 'Gehen',
    alt: 'Eine Person geht in gemütlichem Tempo, ein Fuß vor dem anderen, die Arme schwingen mit.',
  },
  'walk-b': {
    label: 'Gehen, anderer Schritt',
    alt: 'Eine Person geht in gemütlichem Tempo, ein Fuß vor dem anderen, die Arme schwingen mit.',
  },
  'stand-hands-hips': {
    label: 'Stehend, Hände an den Hüften',
    alt: 'Eine Person steht mit hüftbreiten Füßen, die Hände an den Hüften.',
  },
  'hip-hinge': {
    label: 'Aus der Hüfte beugen',
    alt: 'Mit den Händen an den Hüften schiebt die Person die Hüften zurück und neigt sich mit langem, geradem Rücken vor.',
  },
  'lift-from-chair': {
    label: 'Nach einer Kiste auf dem Stuhlsitz greifen',
    alt: 'Nah an einem Stuhl beugt sich die Person aus der Hüfte und beugt die Knie, um eine Kiste zu halten.',
  },
  'hold-close': {
    label: 'Stehend, Kiste nah am Körper',
    alt: 'Die Person steht aufrecht und hält eine Kiste auf Taillenhöhe nah am Körper.',
  },
  'carry-walk-a': {
    label: 'Gehen mit einer Kiste',
    alt: 'Die Person geht langsam, die Kiste nah am Körper.',
  },
  'carry-walk-b': {
    label: 'Gehen mit einer Kiste, anderer Schritt',
    alt: 'Die Person geht langsam, die Kiste nah am Körper.',
  },
  'carry-one-hand': {
    label: 'In einer Hand tragen',
    alt: 'Von vorn gesehen steht die Person aufrecht und trägt eine Tasche in einer Hand an der Seite.',
  },

  // Auf dem Boden.
  'lie-knees-bent': {
    label: 'Rückenlage, Knie gebeugt',
    alt: 'Eine Person liegt auf einer Matte auf dem Rücken, die Knie gebeugt und die Füße flach.',
  },
  'lie-back-flat': {
    label: 'Liegend, unterer Rücken angedrückt',
    alt: 'Mit gebeugten Knien liegend spannt die Person den Bauch an und drückt den unteren Rücken flach auf den Boden.',
  },
  'bridge-up': {
    label: 'Brücke',
    alt: 'Mit gebeugten Knien liegend hebt die Person die Hüften, bis Knie, Hüften und Schultern eine Linie bilden.',
  },
  'lie-hand-belly': {
    label: 'Liegend, Hand auf dem Bauch',
    alt: 'Auf dem Rücken liegend, die Knie gebeugt, legt die Person eine Hand auf den Bauch.',
  },
  'lie-belly-rise': {
    label: 'Liegend, einatmen',
    alt: 'Mit einer Hand auf dem Bauch liegend atmet die Person ein, und der Bauch hebt sich.',
  },
  'lie-legs-on-chair': {
    label: 'Liegend, Unterschenkel auf einem Stuhl',
    alt: 'Eine Person liegt auf einer Matte auf dem Rücken, die Unterschenkel ruhen auf der Sitzfläche eines Stuhls.',
  },
  'knees-middle': {
    label: 'Liegend, Knie aufgestellt, von oben gesehen',
    alt: 'Von oben gesehen liegt eine Person auf dem Rücken, die Knie gebeugt und aneinander.',
  },
  'knees-to-side': {
    label: 'Knie zur Seite gerollt, von oben gesehen',
    alt: 'Von oben gesehen liegt die Person auf dem Rücken. Sie lässt beide Knie zu einer Seite rollen, die Schultern bleiben unten.',
  },
  'all-fours': {
    label: 'Vierfüßlerstand',
    alt: 'Eine Person kniet im Vierfüßlerstand, die Knie unter den Hüften und die Hände unter den Schultern.',
  },
  'all-fours-round': {
    label: 'Vierfüßlerstand, Rücken rund',
    alt: 'Im Vierfüßlerstand macht die Person den Rücken rund zur Decke und lässt den Kopf hängen.',
  },
  'all-fours-sink': {
    label: 'Vierfüßlerstand, Rücken sinkt durch',
    alt: 'Im Vierfüßlerstand lässt die Person den Rücken sanft durchsinken und schaut nach vorn.',
  },
  'bottom-to-heels': {
    label: 'Gesäß Richtung Fersen',
    alt: 'Aus dem Vierfüßlerstand schiebt die Person das Gesäß Richtung Fersen, die Hände bleiben auf dem Boden.',
  },
};
