/**
 * Las posturas en español: el nombre en la lista de posturas del editor de rutinas y el texto alternativo de
 * la figura. Los textos alternativos describen con neutralidad lo que muestra la figura («Una persona …»),
 * sin consejos ni afirmaciones. Los nombres evitan el género («En la silla», «De pie», «Boca arriba») y usan
 * los términos de las rutinas (a cuatro patas, zona lumbar, al ancho de la cadera).
 */
import type { PoseName } from '../../poses';
import type { PoseText } from '../types';

export const esPoses: Readonly<Record<PoseName, PoseText>> = {
  // En la silla, en el escritorio.
  'sit-tall': {
    label: 'En la silla, espalda erguida',
    alt: 'Una persona se sienta con la espalda erguida en una silla, con los pies apoyados y las manos descansando sobre los muslos.',
  },
  'sit-front-edge': {
    label: 'En el borde de la silla',
    alt: 'Una persona se sienta en el borde de la silla, con los pies apoyados y las manos en las rodillas.',
  },
  'sit-round': {
    label: 'En la silla, espalda redondeada',
    alt: 'Sentada, la persona redondea la espalda y deja caer la barbilla hacia el pecho.',
  },
  'sit-arch': {
    label: 'En la silla, pecho elevado',
    alt: 'Sentada, la persona eleva el pecho y mira al frente, con la zona lumbar suavemente arqueada.',
  },
  'sit-slump': {
    label: 'En la silla, postura relajada',
    alt: 'Sentada, la persona deja que la espalda se afloje y que los hombros se relajen.',
  },
  'sit-lean-back': {
    label: 'Recostarse en la silla',
    alt: 'La persona se recuesta contra la silla con los hombros caídos.',
  },
  'sit-hands-belly': {
    label: 'En la silla, manos en pecho y abdomen',
    alt: 'Con la espalda apoyada en la silla, una mano descansa en el pecho y otra en el abdomen.',
  },
  'sit-belly-in': {
    label: 'En la silla, tomar aire',
    alt: 'Con la espalda apoyada, la persona toma aire y el abdomen sube bajo la mano.',
  },
  'sit-hands-lap': {
    label: 'En la silla, manos en el regazo',
    alt: 'Una persona se sienta cómodamente con los dos pies en el suelo y las manos descansando sobre el regazo.',
  },
  'sit-breathe-in': {
    label: 'En la silla, una respiración completa',
    alt: 'Sentada cómodamente, la persona toma aire y el pecho se eleva un poco.',
  },
  'sit-arms-crossed': {
    label: 'En la silla, brazos cruzados',
    alt: 'Vista de frente, una persona se sienta con la espalda erguida y los brazos cruzados sobre el pecho.',
  },
  'sit-twist': {
    label: 'En la silla, torso girado',
    alt: 'Vista de frente, la persona gira los hombros hacia un lado mientras la cadera sigue mirando al frente.',
  },
  'sit-arms-loose': {
    label: 'En la silla, brazos sueltos',
    alt: 'Vista de frente, una persona se sienta con la espalda erguida y los brazos sueltos a los lados.',
  },
  'sit-side-bend': {
    label: 'En la silla, inclinación hacia un lado',
    alt: 'Vista de frente, la persona se inclina hacia un lado y desliza la mano de ese lado hacia el suelo.',
  },
  'sit-arms-back': {
    label: 'En la silla, omóplatos hacia atrás',
    alt: 'Sentada con la espalda erguida, la persona lleva los omóplatos hacia atrás y abajo, con el pecho abierto.',
  },
  'sit-arms-side': {
    label: 'En la silla, brazos a los lados',
    alt: 'Una persona se sienta con la espalda erguida y los brazos colgando sueltos a los lados.',
  },
  'sit-shoulders-forward': {
    label: 'En la silla, hombros hacia delante',
    alt: 'Sentada, la persona hace rodar los hombros hacia delante y hacia arriba, con los brazos sueltos.',
  },
  'sit-lean-forward': {
    label: 'Inclinarse hacia delante para levantarse',
    alt: 'Desde el borde de la silla, la persona se inclina hacia delante desde la cadera, con los pies bajo las rodillas.',
  },
  'stand-from-chair': {
    label: 'Levantarse de la silla',
    alt: 'La persona se pone de pie, erguida, delante de la silla, empujando con los pies.',
  },

  // De pie.
  stand: {
    label: 'De pie, espalda erguida',
    alt: 'Una persona está de pie, erguida, con los pies separados al ancho de la cadera y los brazos a los lados.',
  },
  'stand-front': {
    label: 'De pie, vista de frente',
    alt: 'Vista de frente, una persona está de pie con los pies al ancho de la cadera y las rodillas sueltas.',
  },
  'stand-hands-back': {
    label: 'De pie, manos en la zona lumbar',
    alt: 'Una persona está de pie, erguida, con las dos manos en la zona lumbar.',
  },
  'stand-lean-back': {
    label: 'Inclinarse hacia atrás',
    alt: 'Con las manos en la zona lumbar y las rodillas rectas, la persona se inclina un poco hacia atrás.',
  },
  'stand-at-desk': {
    label: 'De pie junto a la mesa',
    alt: 'Una persona está de pie junto a la mesa, con las yemas de los dedos apoyadas en ella.',
  },
  'stand-step-back': {
    label: 'Un pie hacia atrás',
    alt: 'Sujetándose a la mesa, la persona lleva un pie hacia atrás y mete un poco la pelvis.',
  },
  'stand-toes': {
    label: 'De puntillas',
    alt: 'Con las yemas de los dedos en la mesa, la persona sube de puntillas, con los talones separados del suelo.',
  },
  'stand-shift': {
    label: 'Peso sobre un pie',
    alt: 'Vista de frente, la persona pasa el peso sobre un pie, con la otra rodilla suelta.',
  },
  'stand-rock-forward': {
    label: 'Balanceo hacia delante',
    alt: 'La persona se balancea hacia delante, hacia las puntas de los pies, con el cuerpo recto como una tabla vertical.',
  },
  'stand-rock-back': {
    label: 'Balanceo hacia atrás',
    alt: 'La persona se balancea hacia atrás sobre los talones, con las puntas de los pies un poco levantadas.',
  },
  'walk-a': {
    label: 'Caminar',
    alt: 'Una persona camina a paso tranquilo, un pie delante del otro, balanceando los brazos.',
  },
  'walk-b': {
    label: 'Caminar, otro paso',
    alt: 'Una persona camina a paso tranquilo, un pie delante del otro, balanceando los brazos.',
  },
  'stand-hands-hips': {
    label: 'De pie, manos en la cintura',
    alt: 'Una persona está de pie con los pies al ancho de la cadera y las manos en la cintura.',
  },
  'hip-hinge': {
    label: 'Bisagra de cadera',
    alt: 'Con las manos en la cintura, la persona lleva la cadera hacia atrás y se inclina hacia delante con la espalda larga y recta.',
  },
  'lift-from-chair': {
    label: 'Alcanzar una caja en el asiento de una silla',
    alt: 'Cerca de una silla, la persona se inclina desde la cadera y dobla las rodillas para sujetar una caja.',
  },
  'hold-close': {
    label: 'De pie, caja pegada al cuerpo',
    alt: 'La persona está de pie, erguida, y sujeta una caja pegada al cuerpo a la altura de la cintura.',
  },
  'carry-walk-a': {
    label: 'Caminar con una caja',
    alt: 'La persona camina despacio con la caja pegada al cuerpo.',
  },
  'carry-walk-b': {
    label: 'Caminar con una caja, otro paso',
    alt: 'La persona camina despacio con la caja pegada al cuerpo.',
  },
  'carry-one-hand': {
    label: 'Llevar en una mano',
    alt: 'Vista de frente, la persona está de pie, erguida, y lleva una bolsa en una mano, a un lado del cuerpo.',
  },

  // En el suelo.
  'lie-knees-bent': {
    label: 'Boca arriba, rodillas dobladas',
    alt: 'Una persona está tumbada boca arriba sobre una esterilla, con las rodillas dobladas y los pies apoyados.',
  },
  'lie-back-flat': {
    label: 'Boca arriba, zona lumbar contra el suelo',
    alt: 'Tumbada con las rodillas dobladas, la persona aprieta el abdomen y aplana la zona lumbar contra el suelo.',
  },
  'bridge-up': {
    label: 'Puente',
    alt: 'Tumbada con las rodillas dobladas, la persona eleva la cadera hasta que rodillas, cadera y hombros quedan en línea.',
  },
  'lie-hand-belly': {
    label: 'Boca arriba, mano en el abdomen',
    alt: 'Tumbada boca arriba con las rodillas dobladas, la persona apoya una mano en el abdomen.',
  },
  'lie-belly-rise': {
    label: 'Boca arriba, tomar aire',
    alt: 'Tumbada con una mano en el abdomen, la persona toma aire y el abdomen sube.',
  },
  'lie-legs-on-chair': {
    label: 'Boca arriba, parte baja de las piernas en una silla',
    alt: 'Una persona está tumbada boca arriba sobre una esterilla, con la parte baja de las piernas apoyada en el asiento de una silla.',
  },
  'knees-middle': {
    label: 'Boca arriba, rodillas en alto, vista desde arriba',
    alt: 'Vista desde arriba, una persona está tumbada boca arriba con las rodillas dobladas y juntas.',
  },
  'knees-to-side': {
    label: 'Rodillas hacia un lado, vista desde arriba',
    alt: 'Vista desde arriba, tumbada boca arriba, la persona deja que las dos rodillas caigan hacia un lado, con los hombros abajo.',
  },
  'all-fours': {
    label: 'A cuatro patas',
    alt: 'Una persona está a cuatro patas, con las rodillas bajo las caderas y las manos bajo los hombros.',
  },
  'all-fours-round': {
    label: 'A cuatro patas, espalda redondeada',
    alt: 'A cuatro patas, la persona redondea la espalda hacia el techo y deja caer la cabeza.',
  },
  'all-fours-sink': {
    label: 'A cuatro patas, espalda bajando',
    alt: 'A cuatro patas, la persona deja que la espalda baje con suavidad y mira al frente.',
  },
  'bottom-to-heels': {
    label: 'Glúteos hacia los talones',
    alt: 'Desde cuatro patas, la persona lleva los glúteos hacia atrás, hacia los talones, con las manos aún en el suelo.',
  },
};
