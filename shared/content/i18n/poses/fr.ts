/**
 * Les postures en français : le nom dans la liste des postures de l’éditeur de routines et le texte
 * alternatif de la figure. Les textes alternatifs décrivent de façon neutre ce que montre la figure
 * (« Une personne … »), sans conseil ni affirmation. Les noms évitent le genre (« Sur la chaise »,
 * « Debout », « Sur le dos ») et reprennent les termes des routines (à quatre pattes, bas du dos).
 */
import type { PoseName } from '../../poses';
import type { PoseText } from '../types';

export const frPoses: Readonly<Record<PoseName, PoseText>> = {
  // En position assise, au bureau.
  'sit-tall': {
    label: 'Sur la chaise, dos droit',
    alt: 'Une personne est assise bien droite sur une chaise, pieds à plat, mains posées sur les cuisses.',
  },
  'sit-front-edge': {
    label: 'Au bord de la chaise',
    alt: 'Une personne est assise au bord de la chaise, pieds à plat, mains sur les genoux.',
  },
  'sit-round': {
    label: 'Sur la chaise, dos arrondi',
    alt: 'Assise, la personne arrondit le dos et laisse tomber le menton vers la poitrine.',
  },
  'sit-arch': {
    label: 'Sur la chaise, poitrine ouverte',
    alt: 'Assise, la personne ouvre la poitrine et regarde devant elle, le bas du dos doucement cambré.',
  },
  'sit-slump': {
    label: 'Sur la chaise, position détendue',
    alt: 'Assise, la personne laisse le dos s’assouplir et les épaules se détendre.',
  },
  'sit-lean-back': {
    label: 'S’appuyer contre le dossier',
    alt: 'La personne s’appuie en arrière contre la chaise, les épaules relâchées vers le bas.',
  },
  'sit-hands-belly': {
    label: 'Sur la chaise, mains sur la poitrine et le ventre',
    alt: 'Calée au fond de la chaise, la personne a une main posée sur la poitrine et une sur le ventre.',
  },
  'sit-belly-in': {
    label: 'Sur la chaise, inspiration',
    alt: 'Calée au fond de la chaise, la personne inspire et le ventre se soulève sous la main.',
  },
  'sit-hands-lap': {
    label: 'Sur la chaise, mains sur les cuisses',
    alt: 'Une personne est assise confortablement, les deux pieds au sol et les mains posées sur les cuisses.',
  },
  'sit-breathe-in': {
    label: 'Sur la chaise, une pleine inspiration',
    alt: 'Assise confortablement, la personne inspire et la poitrine se soulève un peu.',
  },
  'sit-arms-crossed': {
    label: 'Sur la chaise, bras croisés',
    alt: 'Vue de face, une personne est assise bien droite, les bras croisés sur la poitrine.',
  },
  'sit-twist': {
    label: 'Sur la chaise, haut du corps tourné',
    alt: 'Vue de face, la personne tourne les épaules d’un côté tandis que les hanches restent face à l’avant.',
  },
  'sit-arms-loose': {
    label: 'Sur la chaise, bras relâchés',
    alt: 'Vue de face, une personne est assise bien droite, les bras relâchés le long du corps.',
  },
  'sit-side-bend': {
    label: 'Sur la chaise, inclinaison sur le côté',
    alt: 'Vue de face, la personne se penche d’un côté et fait glisser la main de ce côté vers le sol.',
  },
  'sit-arms-back': {
    label: 'Sur la chaise, omoplates tirées en arrière',
    alt: 'Assise bien droite, la personne tire les omoplates vers l’arrière et vers le bas, la poitrine ouverte.',
  },
  'sit-arms-side': {
    label: 'Sur la chaise, bras le long du corps',
    alt: 'Une personne est assise bien droite, les bras pendant librement le long du corps.',
  },
  'sit-shoulders-forward': {
    label: 'Sur la chaise, épaules roulées vers l’avant',
    alt: 'Assise, la personne fait rouler les épaules vers l’avant et vers le haut, les bras relâchés.',
  },
  'sit-lean-forward': {
    label: 'Se pencher en avant pour se lever',
    alt: 'Au bord de la chaise, la personne se penche en avant depuis les hanches, pieds sous les genoux.',
  },
  'stand-from-chair': {
    label: 'Se lever de la chaise',
    alt: 'La personne se lève bien droite devant la chaise, en poussant sur les pieds.',
  },

  // Debout.
  stand: {
    label: 'Debout, dos droit',
    alt: 'Une personne se tient bien droite, pieds écartés de la largeur des hanches, bras le long du corps.',
  },
  'stand-front': {
    label: 'Debout, vue de face',
    alt: 'Vue de face, une personne se tient debout, pieds écartés de la largeur des hanches, genoux souples.',
  },
  'stand-hands-back': {
    label: 'Debout, mains sur le bas du dos',
    alt: 'Une personne se tient bien droite, les deux mains sur le bas du dos.',
  },
  'stand-lean-back': {
    label: 'Se pencher en arrière',
    alt: 'Mains sur le bas du dos et genoux tendus, la personne se penche un peu en arrière.',
  },
  'stand-at-desk': {
    label: 'Debout au bureau',
    alt: 'Une personne se tient debout à côté du bureau, le bout des doigts posé dessus.',
  },
  'stand-step-back': {
    label: 'Un pied reculé',
    alt: 'En se tenant au bureau, la personne recule un pied et rentre un peu le bassin.',
  },
  'stand-toes': {
    label: 'Sur la pointe des pieds',
    alt: 'Le bout des doigts sur le bureau, la personne monte sur la pointe des pieds, talons décollés du sol.',
  },
  'stand-shift': {
    label: 'Poids sur un pied',
    alt: 'Vue de face, la personne porte le poids sur un pied, l’autre genou souple.',
  },
  'stand-rock-forward': {
    label: 'Bascule vers l’avant',
    alt: 'La personne bascule vers l’avant sur les orteils, le corps droit comme une planche dressée.',
  },
  'stand-rock-back': {
    label: 'Bascule vers l’arrière',
    alt: 'La personne bascule en arrière sur les talons, les orteils se soulevant un peu.',
  },
  'walk-a': {
    label: 'Marcher',
    alt: 'Une personne marche à allure tranquille, un pied devant l’autre, les bras qui se balancent.',
  },
  'walk-b': {
    label: 'Marcher, autre pas',
    alt: 'Une personne marche à allure tranquille, un pied devant l’autre, les bras qui se balancent.',
  },
  'stand-hands-hips': {
    label: 'Debout, mains sur les hanches',
    alt: 'Une personne se tient debout, pieds écartés de la largeur des hanches, mains sur les hanches.',
  },
  'hip-hinge': {
    label: 'Plier les hanches',
    alt: 'Mains sur les hanches, la personne pousse les hanches vers l’arrière et se penche en avant, dos long et droit.',
  },
  'lift-from-chair': {
    label: 'Atteindre une boîte sur l’assise d’une chaise',
    alt: 'Près d’une chaise, la personne plie les hanches et fléchit les genoux pour tenir une boîte.',
  },
  'hold-close': {
    label: 'Debout, boîte tenue près du corps',
    alt: 'La personne se tient bien droite, une boîte tenue près du corps à hauteur de la taille.',
  },
  'carry-walk-a': {
    label: 'Marcher avec une boîte',
    alt: 'La personne marche lentement, la boîte tenue près du corps.',
  },
  'carry-walk-b': {
    label: 'Marcher avec une boîte, autre pas',
    alt: 'La personne marche lentement, la boîte tenue près du corps.',
  },
  'carry-one-hand': {
    label: 'Porter d’une main',
    alt: 'Vue de face, la personne se tient bien droite et porte un sac d’une main, le long du corps.',
  },

  // Au sol.
  'lie-knees-bent': {
    label: 'Sur le dos, genoux pliés',
    alt: 'Une personne est allongée sur le dos sur un tapis, genoux pliés et pieds à plat.',
  },
  'lie-back-flat': {
    label: 'Sur le dos, bas du dos plaqué au sol',
    alt: 'Allongée, genoux pliés, la personne contracte le ventre et plaque le bas du dos contre le sol.',
  },
  'bridge-up': {
    label: 'Pont',
    alt: 'Allongée, genoux pliés, la personne lève les hanches jusqu’à aligner genoux, hanches et épaules.',
  },
  'lie-hand-belly': {
    label: 'Sur le dos, main sur le ventre',
    alt: 'Allongée sur le dos, genoux pliés, la personne pose une main sur le ventre.',
  },
  'lie-belly-rise': {
    label: 'Sur le dos, inspiration',
    alt: 'Allongée, une main sur le ventre, la personne inspire et le ventre se soulève.',
  },
  'lie-legs-on-chair': {
    label: 'Sur le dos, bas des jambes sur une chaise',
    alt: 'Une personne est allongée sur le dos sur un tapis, le bas des jambes posé sur l’assise d’une chaise.',
  },
  'knees-middle': {
    label: 'Sur le dos, genoux levés, vue de dessus',
    alt: 'Vue de dessus, une personne est allongée sur le dos, genoux pliés et joints.',
  },
  'knees-to-side': {
    label: 'Genoux basculés d’un côté, vue de dessus',
    alt: 'Vue de dessus, allongée sur le dos, la personne laisse basculer les deux genoux d’un côté, épaules au sol.',
  },
  'all-fours': {
    label: 'À quatre pattes',
    alt: 'Une personne est à quatre pattes, genoux sous les hanches et mains sous les épaules.',
  },
  'all-fours-round': {
    label: 'À quatre pattes, dos arrondi',
    alt: 'À quatre pattes, la personne arrondit le dos vers le plafond et laisse tomber la tête.',
  },
  'all-fours-sink': {
    label: 'À quatre pattes, dos creusé',
    alt: 'À quatre pattes, la personne laisse le dos se creuser doucement et regarde devant elle.',
  },
  'bottom-to-heels': {
    label: 'Fesses vers les talons',
    alt: 'Depuis la position à quatre pattes, la personne recule les fesses vers les talons, mains toujours au sol.',
  },
};
