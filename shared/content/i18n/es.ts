/**
 * Contenido en español. Tratamiento: «tú». Sin marcas de género para la persona cuando se puede evitar.
 * Cada traducción sigue el texto inglés: misma dosis, tiempos, repeticiones y lados, sin afirmaciones
 * añadidas (docs/ui.md, «Reviewing content translations»).
 */
import { esPoses } from './poses/es';
import type { ContentTranslation, StepText } from './types';

const STOP_IF_WORSE = 'Para si esto te causa un dolor nuevo o síntomas que bajan por la pierna.';
const MOVE_IN_COMFORT = 'Muévete solo hasta donde te resulte cómodo.';
const BUILD_UP_SLOWLY =
  'Empieza con unas 5 repeticiones. Si te sienta bien, añade 1 o 2 cada pocos días, hasta 10.';
const LIGHT_HEADED = 'Si te mareas, respira con normalidad durante un rato.';

const lieOnBack: StepText = {
  instruction: 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
};
const onAllFours: StepText = {
  instruction: 'Ponte a cuatro patas, con las rodillas bajo las caderas y las manos bajo los hombros.',
};
const pelvicTilt: StepText = {
  instruction:
    'Aprieta el abdomen y aplana con suavidad la zona lumbar contra el suelo. Mantén y luego relaja.',
  breath: 'Suelta el aire al presionar hacia abajo.',
};
const kneeRoll: StepText = {
  instruction:
    'Lleva despacio las dos rodillas hacia un lado, con los hombros en el suelo. Mantén y luego pasa al otro lado.',
  breath: 'Haz una respiración lenta en cada lado.',
};
const catCow: StepText = {
  instruction:
    'Redondea la espalda hacia el techo y deja caer la cabeza. Luego deja que la espalda baje con suavidad y mira al frente.',
  breath: 'Suelta el aire al redondear. Toma aire cuando la espalda baja.',
};
const bottomToHeels: StepText = {
  instruction:
    'Lleva despacio los glúteos hacia los talones, hasta donde te resulte cómodo. Mantén y vuelve adelante.',
  breath: 'Haz una respiración lenta mientras mantienes.',
  cautions: ['Ve solo una parte del recorrido si te molestan las rodillas.'],
};
const bridge: StepText = {
  instruction:
    'Aprieta los glúteos y sube la cadera hasta que rodillas, cadera y hombros queden en línea. Mantén y baja despacio.',
  breath: 'Suelta el aire al subir.',
  cautions: ['Sube solo hasta donde te resulte cómodo.'],
};

const URGENT = 'Llama ahora al número de emergencias o ve a urgencias.';
const SAME_DAY =
  'Contacta hoy con un médico de cabecera. Si no lo consigues, llama a una línea de consejo sanitario.';

export const es: ContentTranslation = {
  sources: {
    'seed-foundations': { label: 'Texto base: por qué persiste el dolor de espalda' },
    'seed-red-flags': { label: 'Texto base: señales de alarma' },
    'seed-conservative-care': { label: 'Texto base: movimiento y hábitos diarios' },
    'seed-living-well': { label: 'Texto base: vivir bien con la espalda dolorida' },
    'nhs-back-exercises': { label: 'Guía del NHS de ejercicios para la espalda' },
    'brakenridge-2025': { label: 'Ensayo de la Griffith University sobre estar sentado y de pie (2025)' },
    'hedge-cornell': { label: 'Ergonomía de la Cornell University (Hedge)' },
    'dunstan-2012': { label: 'Estudio sobre pausas breves para caminar (2012)' },
    'buckley-2015': { label: 'Declaración de expertos sobre estar sentado en la oficina (2015)' },
    'nelson-wong-2014': { label: 'Estudio sobre estar de pie y molestias de espalda (2014)' },
    'pmc6637722-field-study': { label: 'Estudio de campo de un año sobre recordatorios en el escritorio' },
    'krebs-2009-peg': { label: 'PEG, escala de dolor de tres preguntas (2009)' },
    'standard-practice': { label: 'Práctica habitual, sin dosis publicada' },
  },

  routines: {
    'desk-seated-cat-cow': {
      title: 'Gato-vaca sentado en la silla',
      summary: 'Redondea y eleva la espalda en la silla para aliviar la rigidez.',
      steps: [
        {
          instruction:
            'Siéntate en el borde de la silla. Apoya los pies en el suelo y las manos en las rodillas.',
        },
        {
          instruction: 'Redondea la espalda y deja caer la barbilla. Luego eleva el pecho y mira al frente.',
          breath: 'Suelta el aire al redondear. Toma aire al elevar.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-seated-rotation': {
      title: 'Giro en la silla',
      summary: 'Gira con suavidad la parte alta de la espalda de un lado a otro mientras estás en la silla.',
      steps: [
        {
          instruction:
            'Siéntate con la espalda erguida y los pies apoyados. Cruza los brazos sobre el pecho.',
        },
        {
          instruction:
            'Gira la parte superior del cuerpo hacia un lado y mantén. La cadera sigue mirando al frente. Vuelve al centro.',
          breath: 'Suelta el aire al girar.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-sit-tall-relax': {
      title: 'Crecer y soltar',
      summary: 'Busca una postura alta y luego suéltala. Las dos están bien.',
      steps: [
        {
          instruction:
            'Crece hacia arriba hasta donde te resulte cómodo y afloja los hombros. Mantén y luego relaja.',
          breath: 'Toma aire al crecer. Suelta el aire al relajar.',
        },
        { instruction: 'Apóyate en el respaldo y deja caer los hombros.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'desk-shoulder-blade-squeeze': {
      title: 'Juntar los omóplatos',
      summary: 'Junta los omóplatos para activar la parte alta de la espalda.',
      steps: [
        {
          instruction:
            'Siéntate con la espalda erguida y los brazos a los lados. Lleva con suavidad los omóplatos hacia atrás y abajo.',
          breath: 'Suelta el aire al juntar.',
        },
        { instruction: 'Haz círculos lentos con los hombros hacia atrás.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-side-bend': {
      title: 'Inclinación lateral en la silla',
      summary: 'Inclínate con suavidad hacia cada lado para estirar las costillas y la cintura.',
      steps: [
        {
          instruction: 'Siéntate con la espalda erguida, los pies apoyados y los brazos sueltos a los lados.',
        },
        {
          instruction:
            'Desliza una mano hacia el suelo mientras te inclinas hacia ese lado. Mantén y vuelve arriba.',
          breath: 'Suelta el aire al inclinarte.',
          cautions: ['Inclínate solo hacia el lado, no hacia delante.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-belly-breathing': {
      title: 'Respiración abdominal',
      summary: 'Respiraciones lentas hacia el abdomen para ayudar a soltar los músculos tensos.',
      steps: [
        { instruction: 'Recuéstate en la silla. Pon una mano en el pecho y otra en el abdomen.' },
        {
          instruction:
            'Toma aire despacio por la nariz para que el abdomen suba bajo la mano. Suelta el aire despacio y deja que baje.',
          breath: 'Toma aire contando hasta 4 y suéltalo contando hasta 4.',
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'desk-box-breathing': {
      title: 'Respiración cuadrada',
      summary:
        'Cuatro tiempos iguales: tomar aire, pausa, soltar aire y pausa, para calmar una mente ajetreada.',
      steps: [
        { instruction: 'Siéntate cómodamente con los dos pies en el suelo. Deja las manos sobre el regazo.' },
        {
          instruction: 'Toma aire en 4, mantén 4, suelta el aire en 4 y mantén 4. Eso es una ronda.',
          breath: 'Cuenta despacio y respira con suavidad.',
          cautions: ['Si mantener el aire te resulta incómodo, omite las pausas.'],
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'task-sit-to-stand': {
      title: 'Práctica de levantarse de la silla',
      summary: 'Practica levantarte de la silla con suavidad, usando las piernas.',
      steps: [
        { instruction: 'Siéntate en el borde de una silla firme, con los pies apoyados y algo separados.' },
        {
          instruction:
            'Inclínate hacia delante desde la cadera, empuja con los pies y levántate. Vuelve a sentarte despacio.',
          breath: 'Suelta el aire al levantarte.',
          cautions: ['Apoya las manos en los muslos o en la mesa si necesitas ayuda.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },

    'stand-back-extension': {
      title: 'Extensión de espalda de pie',
      summary:
        'Inclínate hacia atrás con suavidad, con las manos en la zona lumbar. Un buen cambio tras estar en la silla.',
      steps: [
        {
          instruction:
            'Ponte de pie con los pies separados al ancho de la cadera. Apoya las manos en la zona lumbar.',
        },
        {
          instruction:
            'Inclínate hacia atrás con suavidad, con las rodillas rectas. Mantén y vuelve a la posición inicial.',
          breath: 'Toma aire al inclinarte hacia atrás.',
          cautions: ['Al principio, inclínate solo un poco.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'stand-hip-flexor-stretch': {
      title: 'Estiramiento de la parte delantera de la cadera',
      summary:
        'Un estiramiento en zancada para la parte delantera de la cadera, que se acorta al estar mucho en la silla.',
      steps: [
        { instruction: 'Ponte de pie junto a la mesa y apoya una mano en ella para mantener el equilibrio.' },
        {
          instruction:
            'Lleva un pie hacia atrás. Mete un poco la pelvis hasta notar un estiramiento delante de la cadera de atrás.',
          breath: 'Respira despacio mientras mantienes.',
          cautions: ['Mantén la espalda recta en lugar de arqueada.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'stand-calf-raises': {
      title: 'Elevación de talones',
      summary: 'Sube de puntillas para activar la circulación cuando llevas un rato de pie sin moverte.',
      steps: [
        { instruction: 'Ponte de pie con la espalda recta y apoya las yemas de los dedos en la mesa.' },
        {
          instruction: 'Sube de puntillas y luego baja los talones despacio.',
          breath: 'Suelta el aire al subir.',
        },
        { instruction: 'Pasa el peso despacio de un pie al otro.' },
      ],
      cautions: [STOP_IF_WORSE, 'Sujétate a la mesa si notas poco equilibrio.'],
    },
    'stand-weight-shift': {
      title: 'Balanceo',
      summary: 'Pasa el peso de lado a lado y de delante atrás para que estar de pie nunca sea estático.',
      steps: [
        { instruction: 'Ponte de pie con los pies al ancho de la cadera y las rodillas sueltas.' },
        { instruction: 'Pasa el peso a un pie y luego al otro, como un balanceo lento.' },
        {
          instruction:
            'Balancéate con suavidad hacia delante sobre las puntas y luego atrás sobre los talones.',
        },
      ],
      cautions: [STOP_IF_WORSE, 'Si estar de pie se te hace demasiado, siéntate. También está bien.'],
    },
    'walk-desk-lap': {
      title: 'Paseo de dos minutos',
      summary: 'Un paseo tranquilo lejos del escritorio y de vuelta. Los paseos cortos suman.',
      steps: [
        { instruction: 'Camina a paso tranquilo. Ve a una ventana, a la cocina o por el pasillo y vuelve.' },
        { instruction: 'Detente un momento de pie y nota cómo está tu espalda.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'task-hip-hinge': {
      title: 'Práctica de bisagra de cadera',
      summary:
        'Practica inclinarte desde la cadera con la espalda larga, la base de un levantamiento cómodo.',
      steps: [
        { instruction: 'Ponte de pie con los pies al ancho de la cadera y las manos en la cintura.' },
        {
          instruction:
            'Lleva la cadera hacia atrás e inclínate con la espalda larga y recta. Luego empuja la cadera adelante para erguirte.',
          breath: 'Toma aire al inclinarte. Suelta el aire al erguirte.',
          cautions: ['Haz un movimiento pequeño hasta que te resulte fácil.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'task-carry-practice': {
      title: 'Práctica de levantar y llevar',
      summary: 'Practica levantar algo ligero y llevarlo un poco, con la carga cerca del cuerpo.',
      steps: [
        { instruction: 'Pon una bolsa o caja ligera sobre una silla, para no empezar desde el suelo.' },
        {
          instruction:
            'Colócate cerca. Inclínate desde la cadera, sujétala pegada al cuerpo y usa las piernas para subir.',
          breath: 'Suelta el aire al levantar.',
        },
        { instruction: 'Camina despacio una distancia corta con la carga pegada al cuerpo.' },
        { instruction: 'Llévala en una mano, a tu lado, con la espalda recta. Luego cambia de mano.' },
        { instruction: 'Déjala en la silla como la levantaste: cerca, desde la cadera, con las piernas.' },
      ],
      cautions: [
        STOP_IF_WORSE,
        'Elige una carga que te resulte fácil. Aumenta solo cuando siga siendo fácil.',
      ],
    },
    'walk-scheduled': {
      title: 'Paseo de doce minutos',
      summary:
        'Un paseo constante con un inicio y un final suaves, cada dos días. Ajusta el tiempo a tu plan.',
      steps: [
        { instruction: 'Empieza a paso suave para calentar.' },
        { instruction: 'Camina a un ritmo constante que te permita hablar.' },
        { instruction: 'Baja a un paso suave en el último tramo.' },
      ],
      cautions: [STOP_IF_WORSE, 'En un día más difícil, camina menos tiempo en lugar de saltártelo.'],
      progression:
        'Camina según el reloj, no según cómo te sientas. Añade más o menos un minuto cada semana si va bien.',
    },

    'floor-knee-rolls': {
      title: 'Balanceo de rodillas',
      summary:
        'Deja que las rodillas se balanceen de lado a lado mientras estás boca arriba. Fácil en un día flojo.',
      steps: [lieOnBack, kneeRoll],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT, 'Un cojín entre las rodillas puede hacerlo más cómodo.'],
      progression: 'Empieza con 8 balanceos. Llega a 10 si te sienta bien.',
    },
    'floor-pelvic-tilts': {
      title: 'Basculación pélvica',
      summary: 'Un movimiento pequeño y suave para la zona lumbar y los músculos del abdomen.',
      steps: [lieOnBack, pelvicTilt, { instruction: 'Descansa y deja que la espalda se relaje.' }],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-glute-bridge': {
      title: 'Puente',
      summary: 'Eleva la cadera del suelo para ganar fuerza en glúteos y espalda.',
      steps: [lieOnBack, bridge],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-bottom-to-heels': {
      title: 'Glúteos a los talones',
      summary:
        'Desde cuatro patas, siéntate hacia los talones para un estiramiento suave a lo largo de la espalda.',
      steps: [onAllFours, bottomToHeels],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: 'Empieza con 8. Llega a 10 si te sienta bien.',
    },
    'floor-cat-cow': {
      title: 'Gato-vaca a cuatro patas',
      summary: 'Redondea la espalda y déjala bajar, despacio, para aliviar la rigidez de la mañana.',
      steps: [onAllFours, catCow],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-morning-mobility': {
      title: 'Movilidad matinal',
      summary:
        'Unos minutos de movimiento suave para empezar el día: basculaciones, balanceos, gato-vaca y un estiramiento.',
      steps: [
        lieOnBack,
        pelvicTilt,
        kneeRoll,
        { instruction: 'Gira hacia un lado y ponte a cuatro patas.' },
        catCow,
        bottomToHeels,
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'floor-core-hip-strength': {
      title: 'Fuerza de abdomen y cadera',
      summary: 'Basculaciones y puentes para que cadera y abdomen compartan la carga con la espalda.',
      steps: [
        lieOnBack,
        pelvicTilt,
        bridge,
        { instruction: 'Descansa sin moverte y respira un momento. Gira hacia un lado para levantarte.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression:
        'Hazlo dos veces por semana. Añade 1 o 2 repeticiones cada pocos días, hasta 10, si te sienta bien.',
    },
    'floor-rest-breathing': {
      title: 'Descansar y respirar',
      summary: 'Túmbate, respira despacio y deja que los músculos se aflojen. Bueno para un día difícil.',
      steps: [
        {
          instruction:
            'Túmbate boca arriba con las rodillas dobladas, o apoya las piernas en el asiento de una silla.',
        },
        {
          instruction:
            'Pon una mano en el abdomen. Toma aire despacio y deja que suba. Suelta el aire despacio y deja que baje.',
          breath: 'Toma aire contando hasta 4 y suéltalo contando hasta 5.',
        },
        {
          instruction:
            'Fíjate en la mandíbula, los hombros y la espalda. Afloja cada zona al soltar el aire.',
        },
      ],
      cautions: [STOP_IF_WORSE, 'Levántate despacio, girando primero hacia un lado.'],
    },
  },

  tips: {
    'tip-sit-next-posture':
      'Tu mejor postura es la siguiente. Cambia de posición a menudo en lugar de buscar la perfecta.',
    'tip-sit-feet-supported': 'Apoya los pies en el suelo o en un reposapiés.',
    'tip-sit-lumbar-towel':
      'Un cojín pequeño o una toalla enrollada en la zona lumbar puede hacer más llevaderos los ratos largos en la silla.',
    'tip-sit-half-hour':
      'Intenta no pasar más de unos 30 minutos seguidos en la silla. Levántate, aunque sea un momento.',
    'tip-sit-lean-back': 'Deja que el respaldo aguante parte de tu peso. Recostarse está permitido.',
    'tip-sit-calls-standing': 'Atiende las llamadas de pie, o camina mientras hablas.',
    'tip-sit-long-task-snack': '¿Tienes una tarea larga? Planea una pausa activa de un minuto a mitad.',
    'tip-stand-shift-weight':
      'De pie, pasa el peso de un pie a otro y mueve los pies. Estar de pie sin moverse mucho rato también cansa la espalda.',
    'tip-stand-foot-up':
      'Apoya un pie en una caja baja o una barra mientras estás de pie. Cambia de pie de vez en cuando.',
    'tip-stand-mix':
      'No hace falta estar de pie todo el día. Busca una mezcla de estar sentado, de pie y en movimiento.',
    'tip-stand-build-up':
      'Aumenta el tiempo de pie poco a poco. Empieza con unas 2 horas al día en el trabajo y luego añade más.',
    'tip-stand-walk-instead':
      'Estar de pie es un comienzo, pero moverse cuenta más. Un paseo corto da más variedad a tu espalda.',
    'tip-lift-close': 'Mantén la carga cerca del cuerpo al levantarla o llevarla.',
    'tip-lift-hinge-legs':
      'Inclínate desde la cadera con la espalda larga. Luego deja que las piernas te impulsen.',
    'tip-lift-practise-light':
      'Practica primero con cosas ligeras, como una bolsa de la compra sobre una silla.',
    'tip-lift-rotate-duties': 'Si una tarea se repite, alterna con otras o haz pausas activas cortas.',
    'tip-lift-hurt-harm':
      'Que duela no siempre significa que haya daño. Levantar con cuidado suele estar bien, incluso en un día dolorido.',
    'tip-screen-eye-level':
      'Coloca el borde superior de la pantalla cerca de la altura de los ojos para que la cabeza quede equilibrada.',
    'tip-screen-laptop-raise': 'Con un portátil, un soporte y un teclado aparte permiten subir la pantalla.',
    'tip-screen-look-away':
      'Aparta la vista de la pantalla en las pausas. Levántate, estírate o acércate a una ventana.',
    'tip-screen-batch-errands':
      'Guarda los recados pequeños, como imprimir o rellenar el agua, para que cada uno te levante de la pantalla.',
    'tip-screen-reminders':
      'Los recordatorios ayudan. Quienes los mantienen activos cambian de postura unas dos veces más a menudo.',
    'tip-sleep-regular': 'Acuéstate y levántate más o menos a la misma hora cada día.',
    'tip-sleep-wind-down':
      'Un rato tranquilo antes de dormir, con luz tenue y respiración lenta, ayuda a mucha gente a dormir.',
    'tip-sleep-morning-move':
      '¿Rigidez por la mañana? Unos minutos de movimiento suave suelen ayudar a soltarse.',
    'tip-sleep-protect':
      'Dormir bien ayuda con el dolor y la energía. Protege el sueño como cualquier otra parte de tu plan.',
    'tip-stress-slow-breath':
      'Cuando notes tensión, respira más despacio. Soltar el aire largo ayuda a que los músculos se relajen.',
    'tip-stress-ups-downs':
      'Cuenta con días buenos y días más difíciles. Un día difícil es parte del proceso, no un paso atrás.',
    'tip-stress-small-gains': 'Fíjate en los pequeños avances. Un paseo un poco más largo cuenta.',
    'tip-stress-steady':
      'La constancia gana a la heroicidad. Un poco de movimiento casi todos los días hace más que un gran esfuerzo de vez en cuando.',
    'tip-stress-time-goals':
      'Ponte metas por tiempo, como un paseo de 12 minutos, en lugar de parar solo cuando duela.',
  },

  checklist: {
    'check-screen-eye-level': {
      title: 'Pantalla cerca de la altura de los ojos',
      detail:
        'El borde superior de la pantalla está a la altura de los ojos o un poco por debajo. La cabeza descansa equilibrada sobre los hombros.',
    },
    'check-laptop-raised': {
      title: 'Portátil elevado para ratos largos',
      detail:
        'Para ratos largos con el portátil, súbelo a un soporte o unos libros. Usa un teclado y un ratón aparte.',
    },
    'check-feet-supported': {
      title: 'Pies apoyados',
      detail: 'Los pies descansan en el suelo o en un reposapiés.',
    },
    'check-lumbar-support': {
      title: 'Zona lumbar apoyada',
      detail:
        'Un cojín pequeño o una toalla enrollada sostiene la zona lumbar cuando pasas mucho rato en la silla.',
    },
    'check-neutral-posture': {
      title: 'Cómoda y fácil de cambiar',
      detail:
        'Te sientas de forma relajada y neutra, y puedes cambiar de posición con facilidad. Ninguna postura es perfecta.',
    },
    'check-alternate-positions': {
      title: 'Una forma de estar de pie',
      detail:
        'Puedes alternar entre estar sentado y de pie. Sirve una mesa regulable, una encimera alta o una estantería.',
    },
    'check-foot-rest-standing': {
      title: 'Un sitio para apoyar un pie',
      detail: 'Una caja baja o una barra te deja cambiar el peso mientras estás de pie.',
    },
    'check-sit-stand-rhythm': {
      title: 'Un ritmo de silla y de pie',
      detail: 'Sigues un ritmo fijo, por ejemplo 30 minutos en la silla y luego 15 minutos de pie.',
    },
    'check-microbreaks': {
      title: 'Micropausas regulares',
      detail: 'Te levantas y te mueves un minuto o dos en cada cambio de posición.',
    },
    'check-reminders-on': {
      title: 'Recordatorios activados',
      detail:
        'Los recordatorios de Sitwise están activos en tu horario laboral. Sin ellos, los viejos hábitos suelen volver.',
    },
    'check-movement-snacks': {
      title: 'Movimiento en las tareas largas',
      detail:
        'Las tareas largas incluyen pausas activas cortas. Estar de pie no basta por sí solo; moverse importa.',
    },
    'check-task-batching': {
      title: 'Tareas agrupadas',
      detail:
        'Los recados pequeños se agrupan para que cada uno te haga levantarte: imprimir, rellenar agua, ir a ver a un compañero.',
    },
    'check-task-rotation': {
      title: 'Tareas alternadas',
      detail:
        'Las tareas repetitivas se alternan con otras distintas, para que no trabajen siempre los mismos músculos.',
    },
    'check-standing-goal': {
      title: 'Una meta diaria de tiempo de pie',
      detail:
        'Buscas unas 2 horas de pie y actividad ligera a lo largo de la jornada. Con el tiempo, avanzas hacia 4.',
    },
    'check-lift-load-close': {
      title: 'Carga cerca',
      detail: 'Al levantar o llevar algo, mantienes la carga cerca del cuerpo.',
    },
    'check-lift-hinge': {
      title: 'Bisagra de cadera',
      detail: 'Te inclinas desde la cadera con la espalda larga, en lugar de encorvarte sobre la carga.',
    },
    'check-lift-legs-drive': {
      title: 'Las piernas te impulsan',
      detail: 'Empuja con las piernas para levantarte con la carga.',
    },
  },

  redFlags: {
    'rf-saddle-numbness': {
      symptom: 'Entumecimiento en los glúteos, la cara interna de los muslos, la ingle o los genitales.',
      question:
        '¿Has notado un entumecimiento nuevo en los glúteos, la cara interna de los muslos, la ingle o los genitales?',
      action: URGENT,
    },
    'rf-bladder-bowel': {
      symptom: 'Un cambio nuevo en el control de la vejiga, o no puedes controlar el intestino.',
      question: '¿Has notado un cambio nuevo en el control de la vejiga o del intestino?',
      action: URGENT,
    },
    'rf-leg-weakness': {
      symptom:
        'Debilidad intensa o que empeora en una o ambas piernas, o un entumecimiento que se sigue extendiendo.',
      question:
        '¿Tienes debilidad intensa o que empeora en las piernas, o un entumecimiento que se extiende?',
      action: URGENT,
    },
    'rf-fever-unwell': {
      symptom: 'Fiebre o malestar general, junto con el dolor de espalda.',
      question: '¿Tienes fiebre o malestar general, junto con el dolor de espalda?',
      action: SAME_DAY,
    },
    'rf-recent-trauma': {
      symptom: 'Dolor de espalda que empezó tras una caída fuerte, un accidente o un golpe fuerte.',
      question: '¿Empezó tu dolor de espalda tras una caída fuerte, un accidente o un golpe fuerte?',
      action: SAME_DAY,
    },
    'rf-past-cancer': {
      symptom: 'Dolor de espalda, y has tenido cáncer antes.',
      question: '¿Has tenido cáncer antes y aún no has hablado con un médico de este dolor de espalda?',
      action: SAME_DAY,
    },
    'rf-weight-loss': {
      symptom: 'Pierdes peso sin intentarlo.',
      question: '¿Has perdido peso sin intentarlo?',
      action: SAME_DAY,
    },
    'rf-night-pain': {
      symptom: 'Dolor intenso que no se alivia con el reposo, sobre todo por la noche.',
      question: '¿Es tu dolor intenso, no se alivia con el reposo y empeora por la noche?',
      action: SAME_DAY,
    },
  },

  safetyTexts: {
    'safety-disclaimer': {
      title: 'Antes de empezar',
      body: [
        'Sitwise te ayuda a crear hábitos de movimiento. No es un producto sanitario y no sustituye a un profesional sanitario.',
        'Consulta con un profesional sanitario antes de empezar una rutina de ejercicio nueva. Es más importante si tu dolor es nuevo o ha cambiado.',
        'Deja cualquier movimiento que empeore tus síntomas.',
        'Sitwise no puede saber qué causa tu dolor. Si notas una señal de alarma, busca ayuda como se indica en Seguridad.',
      ],
    },
    'safety-urgent-care': {
      title: 'Busca ayuda ahora',
      body: [
        'Si notas alguna de estas señales, llama ahora al número de emergencias o ve a urgencias.',
        'No esperes a tu próxima cita.',
      ],
    },
    'safety-same-day-care': {
      title: 'Contacta hoy con un médico',
      body: [
        'Si notas alguna de estas señales, contacta hoy con un médico de cabecera.',
        'Si no lo consigues, llama a una línea de consejo sanitario.',
      ],
    },
    'safety-flare-plan': {
      title: 'Plan para una crisis de dolor',
      body: [
        'Una crisis de dolor es un periodo en que el dolor se dispara. Las crisis son frecuentes y suelen calmarse.',
        'Algo de molestia después de la actividad es normal y suele pasar en media hora. Que duela no siempre significa que haya daño.',
      ],
      steps: [
        'Baja el ritmo, pero sigue moviéndote. Reduce las metas de hoy en lugar de pararlo todo.',
        'Sigue con tus 2 o 3 ejercicios básicos, aunque hagas menos.',
        'El calor puede ayudar a relajar músculos tensos. Una compresa fría puede aliviar un dolor agudo.',
        'Mantén tu rutina habitual de sueño y de descanso antes de dormir.',
        'Cuando se calme, vuelve a tus metas habituales a lo largo de unos días.',
        'Revisa las señales de alarma. Si alguna se cumple, busca ayuda como se indica en Seguridad.',
      ],
    },
    'safety-seek-care': {
      title: 'Cuándo ver a un profesional sanitario',
      body: [
        'Consulta a un profesional sanitario si el dolor te impide hacer cosas básicas del día a día.',
        'Consulta también si has dejado de avanzar, aunque trabajes con constancia en tu plan.',
        'Las clases en grupo o una serie de sesiones guiadas ayudan a muchas personas a ganar habilidad y seguir adelante.',
      ],
    },
  },
  poses: esPoses,
};
