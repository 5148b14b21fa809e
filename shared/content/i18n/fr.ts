/**
 * Contenu en français. Vouvoiement. Formulations neutres pour la personne quand c’est possible. Chaque
 * traduction suit le texte anglais : même dose, mêmes durées, répétitions et côtés, aucune affirmation
 * ajoutée (docs/ui.md, « Reviewing content translations »).
 */
import { frPoses } from './poses/fr';
import type { ContentTranslation, StepText } from './types';

const STOP_IF_WORSE =
  'Arrêtez si cela provoque une douleur nouvelle ou des symptômes qui descendent dans la jambe.';
const MOVE_IN_COMFORT = 'N’allez pas plus loin que ce qui reste confortable.';
const BUILD_UP_SLOWLY =
  'Commencez par environ 5 répétitions. Si tout va bien, ajoutez-en 1 ou 2 tous les quelques jours, jusqu’à 10.';
const LIGHT_HEADED = 'Si la tête vous tourne, respirez normalement pendant un moment.';

const lieOnBack: StepText = {
  instruction: 'Allongez-vous sur le dos, genoux pliés et pieds à plat au sol.',
};
const onAllFours: StepText = {
  instruction: 'Mettez-vous à quatre pattes, genoux sous les hanches et mains sous les épaules.',
};
const pelvicTilt: StepText = {
  instruction: 'Contractez le ventre et plaquez doucement le bas du dos contre le sol. Tenez, puis relâchez.',
  breath: 'Expirez en appuyant vers le bas.',
};
const kneeRoll: StepText = {
  instruction:
    'Basculez lentement les deux genoux d’un côté, épaules au sol. Tenez, puis basculez de l’autre côté.',
  breath: 'Prenez une respiration lente de chaque côté.',
};
const catCow: StepText = {
  instruction:
    'Arrondissez le dos vers le plafond et laissez tomber la tête. Puis laissez le dos se creuser doucement et regardez devant vous.',
  breath: 'Expirez en arrondissant. Inspirez quand le dos se creuse.',
};
const bottomToHeels: StepText = {
  instruction:
    'Reculez lentement les fesses vers les talons, aussi loin que c’est confortable. Tenez, puis revenez vers l’avant.',
  breath: 'Prenez une respiration lente pendant le maintien.',
  cautions: ['Ne reculez qu’en partie si vos genoux sont sensibles.'],
};
const bridge: StepText = {
  instruction:
    'Serrez les fessiers et levez les hanches jusqu’à aligner genoux, hanches et épaules. Tenez, puis redescendez lentement.',
  breath: 'Expirez en montant.',
  cautions: ['Ne montez que jusqu’où c’est confortable.'],
};

const URGENT = 'Appelez le numéro d’urgence ou allez aux urgences maintenant.';
const SAME_DAY =
  'Contactez un médecin généraliste aujourd’hui. Si vous n’en joignez aucun, appelez une ligne de conseil médical.';

export const fr: ContentTranslation = {
  sources: {
    'seed-foundations': { label: 'Texte fondateur : pourquoi le mal de dos persiste' },
    'seed-red-flags': { label: 'Texte fondateur : signes d’alerte' },
    'seed-conservative-care': { label: 'Texte fondateur : mouvement et habitudes quotidiennes' },
    'seed-living-well': { label: 'Texte fondateur : bien vivre avec un dos sensible' },
    'nhs-back-exercises': { label: 'Recommandations du NHS pour les exercices du dos' },
    'brakenridge-2025': { label: 'Essai assis-debout de la Griffith University (2025)' },
    'hedge-cornell': { label: 'Ergonomie de la Cornell University (Hedge)' },
    'dunstan-2012': { label: 'Étude sur les courtes pauses de marche (2012)' },
    'buckley-2015': { label: 'Avis d’experts sur la position assise au bureau (2015)' },
    'nelson-wong-2014': { label: 'Étude sur la station debout et l’inconfort du dos (2014)' },
    'pmc6637722-field-study': { label: 'Étude de terrain d’un an sur les rappels au bureau' },
    'krebs-2009-peg': { label: 'PEG, échelle de douleur en trois questions (2009)' },
    'standard-practice': { label: 'Pratique courante, sans dose publiée' },
  },

  routines: {
    'desk-seated-cat-cow': {
      title: 'Chat-vache sur la chaise',
      summary: 'Arrondissez puis redressez le dos sur votre chaise pour dénouer la raideur.',
      steps: [
        { instruction: 'Installez-vous au bord de la chaise. Pieds à plat, mains sur les genoux.' },
        {
          instruction:
            'Arrondissez le dos et laissez tomber le menton. Puis ouvrez la poitrine et regardez devant vous.',
          breath: 'Expirez en arrondissant. Inspirez en vous redressant.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-seated-rotation': {
      title: 'Rotation sur la chaise',
      summary: 'Tournez doucement le haut du dos d’un côté à l’autre, en position assise.',
      steps: [
        { instruction: 'Redressez-vous, pieds à plat. Croisez les bras sur la poitrine.' },
        {
          instruction:
            'Tournez le haut du corps d’un côté et tenez. Les hanches restent face à l’avant. Revenez au centre.',
          breath: 'Expirez en tournant.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-sit-tall-relax': {
      title: 'Se grandir, puis relâcher',
      summary: 'Trouvez une posture haute, puis relâchez-la. Les deux sont de bonnes positions.',
      steps: [
        {
          instruction:
            'Grandissez-vous autant que c’est confortable et détendez les épaules. Tenez, puis relâchez.',
          breath: 'Inspirez en vous grandissant. Expirez en relâchant.',
        },
        { instruction: 'Appuyez-vous contre le dossier et laissez descendre les épaules.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'desk-shoulder-blade-squeeze': {
      title: 'Serrer les omoplates',
      summary: 'Rapprochez les omoplates pour réveiller le haut du dos.',
      steps: [
        {
          instruction:
            'Redressez-vous, bras le long du corps. Tirez doucement les omoplates vers l’arrière et vers le bas.',
          breath: 'Expirez en serrant.',
        },
        { instruction: 'Faites rouler lentement les épaules vers l’arrière.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-side-bend': {
      title: 'Inclinaison latérale sur la chaise',
      summary: 'Penchez-vous doucement de chaque côté pour étirer le long des côtes et de la taille.',
      steps: [
        { instruction: 'Redressez-vous, pieds à plat, bras détendus le long du corps.' },
        {
          instruction:
            'Faites glisser une main vers le sol en vous penchant de ce côté. Tenez, puis redressez-vous.',
          breath: 'Expirez en vous penchant.',
          cautions: ['Penchez-vous seulement sur le côté, pas vers l’avant.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-belly-breathing': {
      title: 'Respiration abdominale',
      summary: 'Des respirations lentes jusque dans le ventre pour aider les muscles tendus à se relâcher.',
      steps: [
        {
          instruction:
            'Calez-vous au fond de la chaise. Posez une main sur la poitrine et une sur le ventre.',
        },
        {
          instruction:
            'Inspirez lentement par le nez pour que le ventre se soulève sous la main. Expirez lentement et laissez-le redescendre.',
          breath: 'Inspirez sur 4 temps, expirez sur 4 temps.',
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'desk-box-breathing': {
      title: 'Respiration carrée',
      summary: 'Quatre temps égaux : inspirer, retenir, expirer, retenir, pour apaiser un esprit agité.',
      steps: [
        {
          instruction:
            'Installez-vous confortablement, les deux pieds au sol. Posez les mains sur les cuisses.',
        },
        {
          instruction: 'Inspirez sur 4, retenez 4, expirez sur 4, puis retenez 4. Cela fait un tour.',
          breath: 'Comptez lentement et gardez chaque souffle doux.',
          cautions: ['Si retenir votre souffle vous met mal à l’aise, sautez les pauses.'],
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'task-sit-to-stand': {
      title: 'S’entraîner à se lever',
      summary: 'Entraînez-vous à vous lever de la chaise en douceur, en utilisant les jambes.',
      steps: [
        { instruction: 'Installez-vous au bord d’une chaise stable, pieds à plat et un peu écartés.' },
        {
          instruction:
            'Penchez-vous en avant depuis les hanches, poussez sur les pieds et levez-vous. Rasseyez-vous lentement.',
          breath: 'Expirez en vous levant.',
          cautions: ['Appuyez-vous sur les cuisses ou le bureau si vous avez besoin d’aide.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },

    'stand-back-extension': {
      title: 'Extension du dos debout',
      summary:
        'Penchez-vous doucement en arrière, mains sur le bas du dos : un bon retour après la position assise.',
      steps: [
        {
          instruction:
            'Tenez-vous debout, pieds écartés de la largeur des hanches. Posez les mains sur le bas du dos.',
        },
        {
          instruction: 'Penchez-vous doucement en arrière, genoux tendus. Tenez, puis revenez droit.',
          breath: 'Inspirez en vous penchant en arrière.',
          cautions: ['Au début, penchez-vous seulement un peu.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'stand-hip-flexor-stretch': {
      title: 'Étirement de l’avant de la hanche',
      summary:
        'Un étirement en fente pour l’avant des hanches, qui se raidit quand on reste longtemps assis.',
      steps: [
        { instruction: 'Placez-vous à côté du bureau et posez une main dessus pour l’équilibre.' },
        {
          instruction:
            'Reculez un pied. Basculez un peu le bassin jusqu’à sentir un étirement à l’avant de la hanche arrière.',
          breath: 'Respirez lentement pendant le maintien.',
          cautions: ['Gardez le dos droit plutôt que cambré.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'stand-calf-raises': {
      title: 'Montées sur pointes',
      summary:
        'Montez sur la pointe des pieds pour relancer la circulation après un moment debout sans bouger.',
      steps: [
        { instruction: 'Tenez-vous droit et posez le bout des doigts sur le bureau.' },
        {
          instruction: 'Montez sur la pointe des pieds, puis redescendez lentement les talons.',
          breath: 'Expirez en montant.',
        },
        { instruction: 'Transférez lentement votre poids d’un pied sur l’autre.' },
      ],
      cautions: [STOP_IF_WORSE, 'Tenez-vous au bureau si votre équilibre vous semble instable.'],
    },
    'stand-weight-shift': {
      title: 'Balancer et basculer',
      summary:
        'Transférez votre poids d’un côté à l’autre et d’avant en arrière pour ne jamais rester figé debout.',
      steps: [
        { instruction: 'Tenez-vous debout, pieds écartés de la largeur des hanches, genoux souples.' },
        { instruction: 'Portez le poids sur un pied, puis sur l’autre, comme un lent balancement.' },
        { instruction: 'Basculez doucement vers l’avant sur les orteils, puis en arrière sur les talons.' },
      ],
      cautions: [STOP_IF_WORSE, 'Si rester debout devient trop, asseyez-vous. C’est très bien aussi.'],
    },
    'walk-desk-lap': {
      title: 'Marche de deux minutes',
      summary: 'Une promenade tranquille loin du bureau, puis retour. Les petites marches s’additionnent.',
      steps: [
        {
          instruction:
            'Marchez à allure tranquille. Allez à une fenêtre, à la cuisine ou au bout du couloir, puis revenez.',
        },
        { instruction: 'Arrêtez-vous un instant et remarquez comment se sent votre dos.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'task-hip-hinge': {
      title: 'S’entraîner à plier les hanches',
      summary:
        'Entraînez-vous à vous pencher depuis les hanches, dos long : la base d’un levage confortable.',
      steps: [
        { instruction: 'Tenez-vous debout, pieds écartés de la largeur des hanches, mains sur les hanches.' },
        {
          instruction:
            'Poussez les hanches vers l’arrière et penchez-vous, dos long et droit. Puis ramenez les hanches vers l’avant pour vous redresser.',
          breath: 'Inspirez en vous penchant. Expirez en vous redressant.',
          cautions: ['Gardez un petit mouvement jusqu’à ce qu’il devienne facile.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'task-carry-practice': {
      title: 'S’entraîner à soulever et porter',
      summary: 'Entraînez-vous à soulever une charge légère et à la porter un peu, près du corps.',
      steps: [
        { instruction: 'Posez un sac ou une boîte légère sur une chaise, pour ne pas partir du sol.' },
        {
          instruction:
            'Approchez-vous. Pliez les hanches, tenez la charge contre vous et poussez sur les jambes pour vous relever.',
          breath: 'Expirez en soulevant.',
        },
        { instruction: 'Marchez lentement sur une courte distance en gardant la charge près de vous.' },
        { instruction: 'Portez-la d’une main, le long du corps, le dos droit. Puis changez de main.' },
        {
          instruction:
            'Reposez-la sur la chaise comme vous l’avez soulevée : près du corps, hanches pliées, jambes actives.',
        },
      ],
      cautions: [STOP_IF_WORSE, 'Choisissez une charge facile. N’augmentez que si cela reste facile.'],
    },
    'walk-scheduled': {
      title: 'Marche de douze minutes',
      summary:
        'Une marche régulière avec un début et une fin tranquilles, un jour sur deux. Réglez la durée selon votre plan.',
      steps: [
        { instruction: 'Commencez à allure tranquille pour vous échauffer.' },
        { instruction: 'Marchez à un rythme régulier qui vous permettrait encore de parler.' },
        { instruction: 'Ralentissez à une allure tranquille pour la dernière partie.' },
      ],
      cautions: [
        STOP_IF_WORSE,
        'Les jours plus difficiles, marchez moins longtemps plutôt que de sauter la marche.',
      ],
      progression:
        'Marchez selon la montre, pas selon votre ressenti. Ajoutez environ une minute chaque semaine si tout va bien.',
    },

    'floor-knee-rolls': {
      title: 'Bascule des genoux',
      summary:
        'Laissez les genoux se balancer d’un côté à l’autre, sur le dos. Facile les jours sans énergie.',
      steps: [lieOnBack, kneeRoll],
      cautions: [
        STOP_IF_WORSE,
        MOVE_IN_COMFORT,
        'Un coussin entre les genoux peut rendre l’exercice plus confortable.',
      ],
      progression: 'Commencez par 8 bascules. Allez jusqu’à 10 si tout va bien.',
    },
    'floor-pelvic-tilts': {
      title: 'Bascules du bassin',
      summary: 'Un petit mouvement doux pour le bas du dos et les muscles du ventre.',
      steps: [lieOnBack, pelvicTilt, { instruction: 'Reposez-vous et laissez votre dos se détendre.' }],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-glute-bridge': {
      title: 'Pont',
      summary: 'Décollez les hanches du sol pour renforcer les fessiers et le dos.',
      steps: [lieOnBack, bridge],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-bottom-to-heels': {
      title: 'Fesses vers les talons',
      summary:
        'Depuis la position à quatre pattes, reculez vers les talons pour un étirement doux le long du dos.',
      steps: [onAllFours, bottomToHeels],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: 'Commencez par 8. Allez jusqu’à 10 si tout va bien.',
    },
    'floor-cat-cow': {
      title: 'Chat-vache à quatre pattes',
      summary: 'Arrondissez puis creusez lentement le dos pour dénouer la raideur du matin.',
      steps: [onAllFours, catCow],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-morning-mobility': {
      title: 'Mobilité du matin',
      summary:
        'Quelques minutes de mouvement doux pour commencer la journée : bascules, chat-vache et un étirement.',
      steps: [
        lieOnBack,
        pelvicTilt,
        kneeRoll,
        { instruction: 'Roulez sur le côté et mettez-vous à quatre pattes.' },
        catCow,
        bottomToHeels,
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'floor-core-hip-strength': {
      title: 'Force du tronc et des hanches',
      summary: 'Des bascules et des ponts pour que hanches et ventre partagent la charge avec le dos.',
      steps: [
        lieOnBack,
        pelvicTilt,
        bridge,
        { instruction: 'Restez immobile et respirez un moment. Roulez sur le côté pour vous relever.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression:
        'Faites-le deux fois par semaine. Ajoutez 1 ou 2 répétitions tous les quelques jours, jusqu’à 10, si tout va bien.',
    },
    'floor-rest-breathing': {
      title: 'Se reposer et respirer',
      summary:
        'Allongez-vous, respirez lentement et laissez vos muscles se détendre. Utile les jours difficiles.',
      steps: [
        { instruction: 'Allongez-vous sur le dos, genoux pliés, ou posez le bas des jambes sur une chaise.' },
        {
          instruction:
            'Posez une main sur le ventre. Inspirez lentement et laissez-le monter. Expirez lentement et laissez-le descendre.',
          breath: 'Inspirez sur 4 temps, expirez sur 5 temps.',
        },
        { instruction: 'Observez votre mâchoire, vos épaules et votre dos. Détendez chacun en expirant.' },
      ],
      cautions: [STOP_IF_WORSE, 'Relevez-vous lentement, en roulant d’abord sur le côté.'],
    },
  },

  tips: {
    'tip-sit-next-posture':
      'Votre meilleure posture est la suivante. Changez souvent de position plutôt que de chercher la position parfaite.',
    'tip-sit-feet-supported': 'Posez les pieds à plat au sol ou sur un repose-pieds.',
    'tip-sit-lumbar-towel':
      'Un petit coussin ou une serviette roulée derrière le bas du dos peut faciliter les longues périodes assises.',
    'tip-sit-half-hour':
      'Essayez de ne pas rester en position assise plus d’environ 30 minutes d’affilée. Levez-vous, même brièvement.',
    'tip-sit-lean-back':
      'Laissez le dossier porter une partie de votre poids. Vous avez le droit de vous adosser.',
    'tip-sit-calls-standing': 'Prenez vos appels debout, ou marchez en parlant.',
    'tip-sit-long-task-snack':
      'Une longue tâche en vue ? Prévoyez une pause active d’une minute à mi-parcours.',
    'tip-stand-shift-weight':
      'Debout, transférez votre poids et bougez les pieds. Rester immobile longtemps fatigue aussi le dos.',
    'tip-stand-foot-up':
      'Posez un pied sur une caisse basse ou une barre quand vous êtes debout. Changez de pied de temps en temps.',
    'tip-stand-mix':
      'Inutile de rester debout toute la journée. Visez un mélange de position assise, debout et de mouvement.',
    'tip-stand-build-up':
      'Augmentez le temps debout progressivement. Commencez par environ 2 heures par jour de travail, puis ajoutez-en.',
    'tip-stand-walk-instead':
      'Être debout est un début, mais bouger compte davantage. Une courte marche apporte plus de variété au dos.',
    'tip-lift-close': 'Gardez la charge près du corps quand vous la soulevez ou la portez.',
    'tip-lift-hinge-legs': 'Penchez-vous depuis les hanches, dos long. Puis laissez vos jambes vous relever.',
    'tip-lift-practise-light':
      'Entraînez-vous d’abord avec des objets légers, comme un sac de courses posé sur une chaise.',
    'tip-lift-rotate-duties':
      'Si une tâche se répète, alternez avec d’autres ou faites de courtes pauses actives.',
    'tip-lift-hurt-harm':
      'Avoir mal ne veut pas toujours dire se faire du mal. Soulever avec prudence va en général, même un jour sensible.',
    'tip-screen-eye-level':
      'Placez le haut de l’écran près du niveau des yeux pour que la tête reste en équilibre.',
    'tip-screen-laptop-raise':
      'Sur un ordinateur portable, un support et un clavier séparé permettent de placer l’écran plus haut.',
    'tip-screen-look-away':
      'Pendant une pause, détournez les yeux de l’écran. Levez-vous, étirez-vous ou allez à une fenêtre.',
    'tip-screen-batch-errands':
      'Gardez les petites courses, comme imprimer ou remplir une gourde, pour que chacune vous éloigne de l’écran.',
    'tip-screen-reminders':
      'Les rappels aident. Les personnes qui les gardent activés changent de position environ deux fois plus souvent.',
    'tip-sleep-regular': 'Couchez-vous et levez-vous à peu près aux mêmes heures chaque jour.',
    'tip-sleep-wind-down':
      'Un court moment calme avant le coucher, lumière tamisée et respiration lente, aide beaucoup de gens à dormir.',
    'tip-sleep-morning-move':
      'Raide le matin ? Quelques minutes de mouvement doux aident souvent à se dégourdir.',
    'tip-sleep-protect':
      'Bien dormir aide face à la douleur et pour l’énergie. Protégez votre sommeil comme toute autre partie de votre plan.',
    'tip-stress-slow-breath':
      'Quand vous sentez des tensions, ralentissez votre respiration. De longues expirations aident les muscles à se relâcher.',
    'tip-stress-ups-downs':
      'Attendez-vous à de bons jours et à des jours plus durs. Un jour difficile fait partie du chemin, ce n’est pas un recul.',
    'tip-stress-small-gains': 'Remarquez les petits progrès. Une marche un peu plus longue compte.',
    'tip-stress-steady':
      'La régularité vaut mieux que l’exploit. Un peu de mouvement presque chaque jour apporte plus qu’un gros effort de temps en temps.',
    'tip-stress-time-goals':
      'Fixez vos objectifs en temps, comme une marche de 12 minutes, plutôt que de vous arrêter seulement quand ça fait mal.',
  },

  checklist: {
    'check-screen-eye-level': {
      title: 'Écran près du niveau des yeux',
      detail:
        'Le haut de l’écran est au niveau des yeux ou un peu en dessous. La tête repose en équilibre au-dessus des épaules.',
    },
    'check-laptop-raised': {
      title: 'Ordinateur portable surélevé pour les longues séances',
      detail:
        'Pour les longues séances sur portable, surélevez-le avec un support ou des livres. Utilisez un clavier et une souris séparés.',
    },
    'check-feet-supported': {
      title: 'Pieds soutenus',
      detail: 'Vos pieds reposent à plat au sol ou sur un repose-pieds.',
    },
    'check-lumbar-support': {
      title: 'Bas du dos soutenu',
      detail:
        'Un petit coussin ou une serviette roulée soutient le bas du dos lors des longues périodes en position assise.',
    },
    'check-neutral-posture': {
      title: 'Confortable et facile à changer',
      detail:
        'Votre position assise est détendue et neutre, et vous changez facilement de position. Aucune posture n’est parfaite.',
    },
    'check-alternate-positions': {
      title: 'Un moyen de travailler debout',
      detail:
        'Vous pouvez alterner entre assis et debout. Un bureau assis-debout, un plan de travail haut ou une étagère conviennent.',
    },
    'check-foot-rest-standing': {
      title: 'Un endroit où poser un pied',
      detail: 'Une caisse basse ou une barre vous permet de transférer votre poids quand vous êtes debout.',
    },
    'check-sit-stand-rhythm': {
      title: 'Un rythme assis-debout',
      detail:
        'Vous suivez un rythme fixe, par exemple 30 minutes en position assise, puis 15 minutes debout.',
    },
    'check-microbreaks': {
      title: 'Des micropauses régulières',
      detail: 'Vous vous levez et bougez une minute ou deux à chaque changement de position.',
    },
    'check-reminders-on': {
      title: 'Rappels activés',
      detail:
        'Les rappels de Sitwise sont activés pendant vos heures de travail. Sans eux, les anciennes habitudes reviennent souvent.',
    },
    'check-movement-snacks': {
      title: 'Du mouvement dans les longues tâches',
      detail:
        'Les longues tâches comportent de courtes pauses actives. Être debout ne suffit pas ; c’est le mouvement qui compte.',
    },
    'check-task-batching': {
      title: 'Tâches regroupées',
      detail:
        'Les petites courses sont regroupées pour que chacune vous fasse lever : imprimer, remplir une gourde, aller voir un collègue.',
    },
    'check-task-rotation': {
      title: 'Tâches alternées',
      detail:
        'Les tâches répétitives alternent avec d’autres, pour que les mêmes muscles ne fassent pas tout le travail.',
    },
    'check-standing-goal': {
      title: 'Un objectif quotidien debout',
      detail:
        'Vous visez environ 2 heures debout et d’activité légère sur la journée de travail. Avec le temps, progressez vers 4.',
    },
    'check-lift-load-close': {
      title: 'Charge près du corps',
      detail: 'Quand vous soulevez ou portez, vous gardez la charge près du corps.',
    },
    'check-lift-hinge': {
      title: 'Plier les hanches',
      detail:
        'Vous vous penchez depuis les hanches, dos long, plutôt que de vous enrouler au-dessus de la charge.',
    },
    'check-lift-legs-drive': {
      title: 'Les jambes vous relèvent',
      detail: 'Poussez sur vos jambes pour vous relever avec la charge.',
    },
  },

  redFlags: {
    'rf-saddle-numbness': {
      symptom:
        'Un engourdissement des fesses, de l’intérieur des cuisses, de l’aine ou des parties génitales.',
      question:
        'Avez-vous un engourdissement nouveau des fesses, de l’intérieur des cuisses, de l’aine ou des parties génitales ?',
      action: URGENT,
    },
    'rf-bladder-bowel': {
      symptom: 'Un changement nouveau dans le contrôle de la vessie, ou vous ne contrôlez plus vos selles.',
      question: 'Avez-vous remarqué un changement nouveau dans le contrôle de la vessie ou des selles ?',
      action: URGENT,
    },
    'rf-leg-weakness': {
      symptom:
        'Une faiblesse forte ou qui s’aggrave dans une jambe ou les deux, ou un engourdissement qui s’étend.',
      question:
        'Avez-vous une faiblesse forte ou croissante dans les jambes, ou un engourdissement qui s’étend ?',
      action: URGENT,
    },
    'rf-fever-unwell': {
      symptom: 'De la fièvre, ou un malaise général, en plus de votre mal de dos.',
      question: 'Avez-vous de la fièvre, ou un malaise général, en plus de votre mal de dos ?',
      action: SAME_DAY,
    },
    'rf-recent-trauma': {
      symptom: 'Un mal de dos apparu après une forte chute, un accident ou un choc violent.',
      question: 'Votre mal de dos est-il apparu après une forte chute, un accident ou un choc violent ?',
      action: SAME_DAY,
    },
    'rf-past-cancer': {
      symptom: 'Un mal de dos, et vous avez déjà eu un cancer.',
      question: 'Avez-vous déjà eu un cancer, sans encore avoir parlé de ce mal de dos à un médecin ?',
      action: SAME_DAY,
    },
    'rf-weight-loss': {
      symptom: 'Une perte de poids sans l’avoir cherchée.',
      question: 'Perdez-vous du poids sans le vouloir ?',
      action: SAME_DAY,
    },
    'rf-night-pain': {
      symptom: 'Une douleur forte qui ne se calme pas au repos, surtout la nuit.',
      question: 'Votre douleur est-elle forte, non soulagée par le repos et pire la nuit ?',
      action: SAME_DAY,
    },
  },

  safetyTexts: {
    'safety-disclaimer': {
      title: 'Avant de commencer',
      body: [
        'Sitwise vous aide à prendre des habitudes de mouvement. Ce n’est pas un dispositif médical et il ne remplace pas un professionnel de santé.',
        'Parlez-en à un professionnel de santé avant de commencer de nouveaux exercices. C’est surtout important si votre douleur est récente ou a changé.',
        'Arrêtez tout mouvement qui aggrave vos symptômes.',
        'Sitwise ne peut pas savoir d’où vient votre douleur. Si vous remarquez un signe d’alerte, faites-vous aider comme indiqué dans Sécurité.',
      ],
    },
    'safety-urgent-care': {
      title: 'Faites-vous aider maintenant',
      body: [
        'Si vous remarquez l’un de ces signes, appelez le numéro d’urgence ou allez aux urgences maintenant.',
        'N’attendez pas votre prochain rendez-vous.',
      ],
    },
    'safety-same-day-care': {
      title: 'Contactez un médecin aujourd’hui',
      body: [
        'Si vous remarquez l’un de ces signes, contactez un médecin généraliste aujourd’hui.',
        'Si vous n’en joignez aucun, appelez une ligne de conseil médical.',
      ],
    },
    'safety-flare-plan': {
      title: 'Plan en cas de poussée de douleur',
      body: [
        'Une poussée est une période où la douleur augmente fortement. Les poussées sont fréquentes et se calment en général.',
        'Un peu de courbature après une activité est normal et passe souvent en une demi-heure. Avoir mal ne veut pas toujours dire se faire du mal.',
      ],
      steps: [
        'Levez le pied, mais continuez à bouger. Baissez les objectifs du jour plutôt que de tout arrêter.',
        'Continuez vos 2 ou 3 exercices de base, même si vous en faites moins.',
        'La chaleur peut aider les muscles tendus à se relâcher. Une poche de froid peut atténuer une douleur vive.',
        'Gardez vos habitudes de sommeil et votre moment calme du soir.',
        'Une fois la poussée calmée, revenez à vos objectifs habituels en quelques jours.',
        'Vérifiez les signes d’alerte. Si l’un d’eux vous concerne, faites-vous aider comme indiqué dans Sécurité.',
      ],
    },
    'safety-seek-care': {
      title: 'Quand consulter un professionnel de santé',
      body: [
        'Consultez un professionnel de santé si la douleur vous empêche de faire les gestes simples du quotidien.',
        'Consultez aussi si vous ne progressez plus, malgré un travail régulier sur votre plan.',
        'Des cours en groupe ou une série de séances guidées aident beaucoup de gens à gagner en savoir-faire et à persévérer.',
      ],
    },
  },
  poses: frPoses,
};
