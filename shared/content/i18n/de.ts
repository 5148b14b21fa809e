/**
 * Inhalte auf Deutsch. Anrede: „du“. Jede Übersetzung folgt dem englischen Text: gleiche Dosis, Zeiten,
 * Wiederholungen und Seiten, keine zusätzlichen Aussagen (docs/ui.md, „Reviewing content translations“).
 */
import { dePoses } from './poses/de';
import type { ContentTranslation, StepText } from './types';

const STOP_IF_WORSE = 'Hör auf, wenn dabei neue Schmerzen auftreten oder etwas ins Bein ausstrahlt.';
const MOVE_IN_COMFORT = 'Beweg dich nur so weit, wie es angenehm ist.';
const BUILD_UP_SLOWLY =
  'Beginne mit etwa 5 Wiederholungen. Wenn es sich gut anfühlt, nimm alle paar Tage 1 oder 2 dazu, bis 10.';
const LIGHT_HEADED = 'Wenn dir schwindelig wird, atme eine Weile ganz normal.';

const lieOnBack: StepText = {
  instruction: 'Leg dich auf den Rücken, die Knie gebeugt und die Füße flach auf dem Boden.',
};
const onAllFours: StepText = {
  instruction: 'Geh in den Vierfüßlerstand: Knie unter den Hüften, Hände unter den Schultern.',
};
const pelvicTilt: StepText = {
  instruction:
    'Spann den Bauch an und drück den unteren Rücken sanft flach auf den Boden. Halten, dann lösen.',
  breath: 'Atme aus, während du nach unten drückst.',
};
const kneeRoll: StepText = {
  instruction:
    'Roll beide Knie langsam zu einer Seite, die Schultern bleiben am Boden. Halten, dann zur anderen Seite rollen.',
  breath: 'Nimm auf jeder Seite einen langsamen Atemzug.',
};
const catCow: StepText = {
  instruction:
    'Mach den Rücken rund zur Decke und lass den Kopf hängen. Dann lass den Rücken sanft durchsinken und schau nach vorn.',
  breath: 'Atme aus, wenn du rund wirst. Atme ein, wenn der Rücken sinkt.',
};
const bottomToHeels: StepText = {
  instruction:
    'Schieb das Gesäß langsam Richtung Fersen, so weit es angenehm ist. Halten, dann wieder nach vorn kommen.',
  breath: 'Nimm beim Halten einen langsamen Atemzug.',
  cautions: ['Geh nur einen Teil des Weges zurück, wenn deine Knie empfindlich sind.'],
};
const bridge: StepText = {
  instruction:
    'Spann das Gesäß an und heb die Hüften, bis Knie, Hüften und Schultern eine Linie bilden. Halten, dann langsam absenken.',
  breath: 'Atme aus, während du hebst.',
  cautions: ['Heb nur so hoch, wie es angenehm ist.'],
};

export const de: ContentTranslation = {
  sources: {
    'seed-foundations': { label: 'Grundlagentext: warum Rückenschmerzen bleiben' },
    'seed-red-flags': { label: 'Grundlagentext: Warnzeichen' },
    'seed-conservative-care': { label: 'Grundlagentext: Bewegung und Alltagsgewohnheiten' },
    'seed-living-well': { label: 'Grundlagentext: gut leben mit einem empfindlichen Rücken' },
    'nhs-back-exercises': { label: 'NHS-Empfehlungen für Rückenübungen' },
    'brakenridge-2025': { label: 'Sitz-Steh-Studie der Griffith University (2025)' },
    'hedge-cornell': { label: 'Ergonomie der Cornell University (Hedge)' },
    'dunstan-2012': { label: 'Studie zu kurzen Gehpausen (2012)' },
    'buckley-2015': { label: 'Expertenstellungnahme zum Sitzen im Büro (2015)' },
    'nelson-wong-2014': { label: 'Studie zu Stehen und Rückenbeschwerden (2014)' },
    'pmc6637722-field-study': { label: 'Einjährige Feldstudie zu Erinnerungen am Schreibtisch' },
    'krebs-2009-peg': { label: 'PEG, Schmerzskala mit drei Fragen (2009)' },
    'standard-practice': { label: 'Übliche Praxis, keine veröffentlichte Dosis' },
  },

  routines: {
    'desk-seated-cat-cow': {
      title: 'Katze-Kuh im Sitzen',
      summary: 'Mach den Rücken auf dem Stuhl rund und richte ihn wieder auf, um Steifheit zu lösen.',
      steps: [
        {
          instruction:
            'Setz dich vorn auf die Stuhlkante. Stell die Füße flach auf und leg die Hände auf die Knie.',
        },
        {
          instruction:
            'Mach den Rücken rund und lass das Kinn sinken. Dann heb die Brust und schau nach vorn.',
          breath: 'Atme aus, wenn du rund wirst. Atme ein, wenn du dich aufrichtest.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-seated-rotation': {
      title: 'Drehung im Sitzen',
      summary: 'Dreh den oberen Rücken im Sitzen sanft von einer Seite zur anderen.',
      steps: [
        { instruction: 'Setz dich aufrecht hin, die Füße flach. Verschränk die Arme vor der Brust.' },
        {
          instruction:
            'Dreh den Oberkörper zu einer Seite und halte. Die Hüften zeigen nach vorn. Komm zurück zur Mitte.',
          breath: 'Atme aus, während du dich drehst.',
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-sit-tall-relax': {
      title: 'Aufrichten, dann lockerlassen',
      summary: 'Richte dich auf und lass dann wieder los. Beides ist in Ordnung.',
      steps: [
        {
          instruction:
            'Richte dich so weit auf, wie es angenehm ist, und lass die Schultern weich werden. Halten, dann lösen.',
          breath: 'Atme ein, wenn du dich aufrichtest. Atme aus, wenn du lockerlässt.',
        },
        { instruction: 'Lehn dich an die Stuhllehne und lass die Schultern sinken.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'desk-shoulder-blade-squeeze': {
      title: 'Schulterblätter zusammenziehen',
      summary: 'Zieh die Schulterblätter zusammen, um den oberen Rücken zu wecken.',
      steps: [
        {
          instruction:
            'Setz dich aufrecht hin, die Arme hängen seitlich. Zieh die Schulterblätter sanft nach hinten unten.',
          breath: 'Atme aus, während du zusammenziehst.',
        },
        { instruction: 'Kreise die Schultern langsam nach hinten.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'desk-side-bend': {
      title: 'Seitneigung im Sitzen',
      summary: 'Neig dich sanft zu jeder Seite und dehn dich entlang der Rippen und Taille.',
      steps: [
        { instruction: 'Setz dich aufrecht hin, die Füße flach, die Arme locker an den Seiten.' },
        {
          instruction:
            'Lass eine Hand Richtung Boden gleiten und neig dich zu dieser Seite. Halten, dann wieder aufrichten.',
          breath: 'Atme aus, während du dich neigst.',
          cautions: ['Neig dich nur zur Seite, nicht nach vorn.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'desk-belly-breathing': {
      title: 'Bauchatmung',
      summary: 'Langsame Atemzüge tief in den Bauch helfen angespannten Muskeln loszulassen.',
      steps: [
        { instruction: 'Lehn dich im Stuhl zurück. Leg eine Hand auf die Brust und eine auf den Bauch.' },
        {
          instruction:
            'Atme langsam durch die Nase ein, sodass sich der Bauch unter der Hand hebt. Atme langsam aus und lass ihn sinken.',
          breath: 'Ein bis 4 zählen, aus bis 4 zählen.',
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'desk-box-breathing': {
      title: 'Box-Atmung',
      summary: 'Vier gleich lange Takte: ein, halten, aus, halten. Das beruhigt einen vollen Kopf.',
      steps: [
        { instruction: 'Setz dich bequem hin, beide Füße auf dem Boden. Leg die Hände in den Schoß.' },
        {
          instruction: 'Atme 4 Takte ein, halte 4, atme 4 aus und halte dann 4. Das ist eine Runde.',
          breath: 'Zähl langsam und atme ganz sanft.',
          cautions: ['Wenn sich das Anhalten unangenehm anfühlt, lass es weg.'],
        },
      ],
      cautions: [STOP_IF_WORSE, LIGHT_HEADED],
    },
    'task-sit-to-stand': {
      title: 'Aufstehen üben',
      summary: 'Üb, mit Kraft aus den Beinen ruhig vom Stuhl aufzustehen.',
      steps: [
        { instruction: 'Setz dich vorn auf einen stabilen Stuhl, die Füße flach und etwas auseinander.' },
        {
          instruction:
            'Beug dich aus den Hüften nach vorn, drück dich über die Füße hoch und steh auf. Setz dich langsam wieder.',
          breath: 'Atme beim Aufstehen aus.',
          cautions: ['Stütz die Hände auf die Oberschenkel oder den Tisch, wenn du Hilfe brauchst.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },

    'stand-back-extension': {
      title: 'Rückbeuge im Stehen',
      summary:
        'Lehn dich mit den Händen am unteren Rücken sanft zurück. Ein guter Ausgleich nach dem Sitzen.',
      steps: [
        { instruction: 'Stell dich hüftbreit hin. Leg die Hände auf den unteren Rücken.' },
        {
          instruction: 'Lehn dich mit gestreckten Knien sanft zurück. Halten, dann wieder aufrichten.',
          breath: 'Atme ein, während du dich zurücklehnst.',
          cautions: ['Lehn dich anfangs nur ein wenig zurück.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'stand-hip-flexor-stretch': {
      title: 'Dehnung der Hüftvorderseite',
      summary:
        'Eine Dehnung in Schrittstellung für die Vorderseite der Hüften, die beim langen Sitzen eng wird.',
      steps: [
        { instruction: 'Stell dich neben den Tisch und stütz dich mit einer Hand ab.' },
        {
          instruction:
            'Mach einen Schritt zurück. Kipp das Becken etwas nach vorn unten, bis du vorn an der hinteren Hüfte eine Dehnung spürst.',
          breath: 'Atme beim Halten langsam weiter.',
          cautions: ['Halte den Rücken aufrecht, nicht im Hohlkreuz.'],
        },
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'stand-calf-raises': {
      title: 'Fersenheben',
      summary:
        'Geh auf die Zehenspitzen, um den Kreislauf anzuregen, wenn du eine Weile still gestanden hast.',
      steps: [
        { instruction: 'Stell dich aufrecht hin und leg die Fingerspitzen auf den Tisch.' },
        {
          instruction: 'Geh auf die Zehenspitzen und senk dann die Fersen langsam ab.',
          breath: 'Atme aus, während du hochgehst.',
        },
        { instruction: 'Verlagere dein Gewicht langsam von einem Fuß auf den anderen.' },
      ],
      cautions: [STOP_IF_WORSE, 'Halt dich am Tisch fest, wenn du dich unsicher fühlst.'],
    },
    'stand-weight-shift': {
      title: 'Wiegen und schaukeln',
      summary: 'Verlagere dein Gewicht zur Seite und nach vorn und hinten, damit Stehen nie starr wird.',
      steps: [
        { instruction: 'Stell dich hüftbreit hin, die Knie locker.' },
        {
          instruction: 'Verlagere das Gewicht auf einen Fuß, dann auf den anderen, wie ein langsames Wiegen.',
        },
        { instruction: 'Schaukel sanft nach vorn auf die Zehen, dann zurück auf die Fersen.' },
      ],
      cautions: [STOP_IF_WORSE, 'Wenn dir das Stehen zu viel wird, setz dich. Das ist auch in Ordnung.'],
    },
    'walk-desk-lap': {
      title: 'Zwei-Minuten-Spaziergang',
      summary: 'Ein lockerer Gang weg vom Schreibtisch und zurück. Kurze Wege summieren sich.',
      steps: [
        {
          instruction:
            'Geh in gemütlichem Tempo. Zum Fenster, in die Küche oder den Flur entlang und zurück.',
        },
        { instruction: 'Bleib einen Moment stehen und spür, wie sich dein Rücken anfühlt.' },
      ],
      cautions: [STOP_IF_WORSE],
    },
    'task-hip-hinge': {
      title: 'Hüftbeuge üben',
      summary: 'Üb, dich mit langem Rücken aus der Hüfte zu beugen. Die Grundlage für angenehmes Heben.',
      steps: [
        { instruction: 'Stell dich hüftbreit hin und leg die Hände an die Hüften.' },
        {
          instruction:
            'Schieb die Hüften nach hinten und neig dich mit langem, geradem Rücken nach vorn. Dann schieb die Hüften vor und richte dich auf.',
          breath: 'Atme ein, wenn du dich beugst. Atme aus, wenn du dich aufrichtest.',
          cautions: ['Halte die Bewegung klein, bis sie sich leicht anfühlt.'],
        },
      ],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'task-carry-practice': {
      title: 'Heben und Tragen üben',
      summary: 'Üb ein leichtes Anheben und ein kurzes Tragen, die Last nah am Körper.',
      steps: [
        {
          instruction:
            'Stell eine leichte Tasche oder Kiste auf einen Stuhl, damit du nicht am Boden beginnst.',
        },
        {
          instruction:
            'Stell dich nah davor. Beug dich aus der Hüfte, halt die Last nah am Körper und steh mit Kraft aus den Beinen auf.',
          breath: 'Atme beim Heben aus.',
        },
        { instruction: 'Geh langsam ein kurzes Stück und halt die Last dabei nah am Körper.' },
        { instruction: 'Trag sie in einer Hand an der Seite und steh aufrecht. Dann wechsle die Hand.' },
        {
          instruction:
            'Stell sie so auf den Stuhl zurück, wie du sie gehoben hast: nah, aus der Hüfte, mit den Beinen.',
        },
      ],
      cautions: [
        STOP_IF_WORSE,
        'Wähl eine Last, die sich leicht anfühlt. Steigere erst, wenn es leicht bleibt.',
      ],
    },
    'walk-scheduled': {
      title: 'Zwölf-Minuten-Spaziergang',
      summary:
        'Ein gleichmäßiger Gang mit ruhigem Anfang und Ende, jeden zweiten Tag. Pass die Zeit deinem Plan an.',
      steps: [
        { instruction: 'Beginne in gemütlichem Tempo, um warm zu werden.' },
        { instruction: 'Geh in einem gleichmäßigen Tempo, bei dem du noch reden könntest.' },
        { instruction: 'Werd zum Schluss wieder langsamer und geh gemütlich.' },
      ],
      cautions: [STOP_IF_WORSE, 'An einem schwereren Tag geh lieber kürzer, statt ganz auszulassen.'],
      progression:
        'Geh nach der Uhr, nicht nach dem Gefühl. Nimm jede Woche etwa eine Minute dazu, wenn es gut läuft.',
    },

    'floor-knee-rolls': {
      title: 'Knie-Rollen',
      summary: 'Lass die Knie im Liegen von Seite zu Seite pendeln. Leicht an einem schwachen Tag.',
      steps: [lieOnBack, kneeRoll],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT, 'Ein Kissen zwischen den Knien kann es angenehmer machen.'],
      progression: 'Beginne mit 8 Rollen. Steigere auf 10, wenn es sich gut anfühlt.',
    },
    'floor-pelvic-tilts': {
      title: 'Beckenkippen',
      summary: 'Eine kleine, sanfte Bewegung für den unteren Rücken und die Bauchmuskeln.',
      steps: [lieOnBack, pelvicTilt, { instruction: 'Ruh dich aus und lass den Rücken entspannen.' }],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-glute-bridge': {
      title: 'Brücke',
      summary: 'Heb die Hüften vom Boden, um Kraft in Gesäß und Rücken aufzubauen.',
      steps: [lieOnBack, bridge],
      cautions: [STOP_IF_WORSE],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-bottom-to-heels': {
      title: 'Gesäß zu den Fersen',
      summary:
        'Setz dich aus dem Vierfüßlerstand Richtung Fersen für eine sanfte Dehnung entlang des Rückens.',
      steps: [onAllFours, bottomToHeels],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: 'Beginne mit 8. Steigere auf 10, wenn es sich gut anfühlt.',
    },
    'floor-cat-cow': {
      title: 'Katze-Kuh im Vierfüßlerstand',
      summary: 'Mach den Rücken langsam rund und lass ihn sinken, um morgendliche Steifheit zu lösen.',
      steps: [onAllFours, catCow],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
      progression: BUILD_UP_SLOWLY,
    },
    'floor-morning-mobility': {
      title: 'Morgenmobilität',
      summary:
        'Ein paar Minuten sanfte Bewegung zum Tagesbeginn: Kippen, Rollen, Katze-Kuh und eine Dehnung.',
      steps: [
        lieOnBack,
        pelvicTilt,
        kneeRoll,
        { instruction: 'Roll dich auf die Seite und komm in den Vierfüßlerstand.' },
        catCow,
        bottomToHeels,
      ],
      cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    },
    'floor-core-hip-strength': {
      title: 'Kraft für Rumpf und Hüfte',
      summary: 'Beckenkippen und Brücken helfen Hüften und Bauch, die Last mit dem Rücken zu teilen.',
      steps: [
        lieOnBack,
        pelvicTilt,
        bridge,
        { instruction: 'Lieg still und atme einen Moment. Roll dich zum Aufstehen auf die Seite.' },
      ],
      cautions: [STOP_IF_WORSE],
      progression:
        'Mach das zweimal pro Woche. Nimm alle paar Tage 1 oder 2 Wiederholungen dazu, bis 10, wenn es sich gut anfühlt.',
    },
    'floor-rest-breathing': {
      title: 'Ruhen und atmen',
      summary: 'Leg dich hin, atme langsam und lass die Muskeln weich werden. Gut an einem schweren Tag.',
      steps: [
        {
          instruction:
            'Leg dich mit gebeugten Knien auf den Rücken oder leg die Unterschenkel auf einen Stuhl.',
        },
        {
          instruction:
            'Leg eine Hand auf den Bauch. Atme langsam ein und lass ihn sich heben. Atme langsam aus und lass ihn sinken.',
          breath: 'Ein bis 4 zählen, aus bis 5 zählen.',
        },
        {
          instruction:
            'Spür deinen Kiefer, deine Schultern und deinen Rücken. Lass beim Ausatmen jedes davon weich werden.',
        },
      ],
      cautions: [STOP_IF_WORSE, 'Steh langsam auf und roll dich dazu zuerst auf die Seite.'],
    },
  },

  tips: {
    'tip-sit-next-posture':
      'Deine beste Haltung ist die nächste. Wechsle oft die Position, statt die perfekte zu suchen.',
    'tip-sit-feet-supported': 'Stell die Füße flach auf den Boden oder auf eine Fußstütze.',
    'tip-sit-lumbar-towel':
      'Ein kleines Kissen oder ein gerolltes Handtuch hinter dem unteren Rücken kann langes Sitzen erleichtern.',
    'tip-sit-half-hour': 'Sitz möglichst nicht länger als etwa 30 Minuten am Stück. Steh auf, auch kurz.',
    'tip-sit-lean-back': 'Lass die Stuhllehne etwas von deinem Gewicht tragen. Anlehnen ist erlaubt.',
    'tip-sit-calls-standing': 'Telefonier im Stehen oder geh beim Reden umher.',
    'tip-sit-long-task-snack':
      'Lange Aufgabe vor dir? Plan zur Hälfte eine Bewegungspause von einer Minute ein.',
    'tip-stand-shift-weight':
      'Verlagere im Stehen dein Gewicht und beweg die Füße. Langes Stillstehen ermüdet den Rücken auch.',
    'tip-stand-foot-up': 'Stell im Stehen einen Fuß auf eine niedrige Kiste oder Stange. Wechsle ab und zu.',
    'tip-stand-mix':
      'Du musst nicht den ganzen Tag stehen. Ziel ist eine Mischung aus Sitzen, Stehen und Bewegung.',
    'tip-stand-build-up':
      'Steigere die Stehzeit langsam. Beginne mit etwa 2 Stunden pro Arbeitstag und nimm dann mehr dazu.',
    'tip-stand-walk-instead':
      'Stehen ist ein Anfang, aber Bewegung zählt mehr. Ein kurzer Gang bringt mehr Abwechslung für den Rücken.',
    'tip-lift-close': 'Halte eine Last beim Heben und Tragen nah am Körper.',
    'tip-lift-hinge-legs':
      'Beug dich mit langem Rücken aus der Hüfte. Dann lass dich von den Beinen hochdrücken.',
    'tip-lift-practise-light':
      'Üb das Heben erst mit leichten Dingen, zum Beispiel einer Einkaufstasche auf einem Stuhl.',
    'tip-lift-rotate-duties':
      'Wenn sich eine Aufgabe wiederholt, wechsle zwischen Tätigkeiten oder mach kurze Bewegungspausen.',
    'tip-lift-hurt-harm':
      'Schmerz bedeutet nicht immer Schaden. Vorsichtiges Heben ist meist in Ordnung, auch an einem empfindlichen Tag.',
    'tip-screen-eye-level':
      'Stell die Oberkante des Bildschirms etwa auf Augenhöhe, damit dein Kopf im Gleichgewicht bleibt.',
    'tip-screen-laptop-raise':
      'Am Laptop sorgen ein Ständer und eine eigene Tastatur dafür, dass der Bildschirm höher steht.',
    'tip-screen-look-away':
      'Schau in der Pause vom Bildschirm weg. Steh auf, streck dich oder geh zum Fenster.',
    'tip-screen-batch-errands':
      'Heb dir kleine Wege auf, etwa Drucken oder Nachfüllen, damit jeder dich vom Bildschirm wegholt.',
    'tip-screen-reminders':
      'Erinnerungen helfen. Wer sie eingeschaltet lässt, wechselt die Position etwa doppelt so oft.',
    'tip-sleep-regular': 'Geh jeden Tag etwa zur gleichen Zeit ins Bett und steh etwa zur gleichen Zeit auf.',
    'tip-sleep-wind-down':
      'Ein kurzes Runterkommen vor dem Schlafen, mit gedämpftem Licht und langsamem Atmen, hilft vielen beim Einschlafen.',
    'tip-sleep-morning-move': 'Morgens steif? Ein paar Minuten sanfte Bewegung helfen oft, locker zu werden.',
    'tip-sleep-protect':
      'Guter Schlaf hilft bei Schmerzen und Energie. Schütze ihn wie jeden anderen Teil deines Plans.',
    'tip-stress-slow-breath':
      'Wenn du angespannt bist, atme langsamer. Lange Ausatmer helfen den Muskeln loszulassen.',
    'tip-stress-ups-downs':
      'Rechne mit guten und schwereren Tagen. Ein schwerer Tag gehört dazu und ist kein Rückschritt.',
    'tip-stress-small-gains': 'Achte auf kleine Fortschritte. Ein etwas längerer Spaziergang zählt.',
    'tip-stress-steady':
      'Beständig schlägt heldenhaft. Ein bisschen Bewegung an den meisten Tagen bringt mehr als ab und zu ein großer Kraftakt.',
    'tip-stress-time-goals':
      'Setz dir Ziele nach Zeit, etwa einen 12-Minuten-Spaziergang, statt erst aufzuhören, wenn es wehtut.',
  },

  checklist: {
    'check-screen-eye-level': {
      title: 'Bildschirm etwa auf Augenhöhe',
      detail:
        'Die Oberkante des Bildschirms ist auf oder etwas unter Augenhöhe. Dein Kopf kann ausbalanciert über den Schultern ruhen.',
    },
    'check-laptop-raised': {
      title: 'Laptop erhöht für lange Arbeitsphasen',
      detail:
        'Stell den Laptop für lange Arbeitsphasen auf einen Ständer oder Bücher. Nutze eine eigene Tastatur und Maus.',
    },
    'check-feet-supported': {
      title: 'Füße abgestützt',
      detail: 'Deine Füße stehen flach auf dem Boden oder auf einer Fußstütze.',
    },
    'check-lumbar-support': {
      title: 'Unterer Rücken gestützt',
      detail:
        'Ein kleines Kissen oder ein gerolltes Handtuch stützt den unteren Rücken, wenn du lange sitzt.',
    },
    'check-neutral-posture': {
      title: 'Bequem und leicht zu wechseln',
      detail:
        'Du sitzt entspannt und neutral und kannst die Position leicht wechseln. Keine Haltung ist perfekt.',
    },
    'check-alternate-positions': {
      title: 'Eine Möglichkeit zum Stehen',
      detail:
        'Du kannst zwischen Sitzen und Stehen wechseln. Ein Sitz-Steh-Tisch, eine hohe Theke oder ein Regal gehen alle.',
    },
    'check-foot-rest-standing': {
      title: 'Ein Platz zum Abstellen eines Fußes',
      detail: 'Eine niedrige Kiste oder Stange lässt dich im Stehen das Gewicht verlagern.',
    },
    'check-sit-stand-rhythm': {
      title: 'Ein Sitz-Steh-Rhythmus',
      detail: 'Du folgst einem festen Rhythmus, zum Beispiel 30 Minuten Sitzen, dann 15 Minuten Stehen.',
    },
    'check-microbreaks': {
      title: 'Regelmäßige Mikropausen',
      detail: 'Bei jedem Positionswechsel stehst du auf und bewegst dich ein, zwei Minuten.',
    },
    'check-reminders-on': {
      title: 'Erinnerungen an',
      detail:
        'Die Erinnerungen von Sitwise sind für deine Arbeitszeit eingeschaltet. Ohne sie kommen alte Gewohnheiten oft zurück.',
    },
    'check-movement-snacks': {
      title: 'Bewegung in langen Aufgaben',
      detail:
        'Lange Aufgaben haben kurze Bewegungspausen eingeplant. Stehen allein reicht nicht; Bewegung zählt.',
    },
    'check-task-batching': {
      title: 'Aufgaben gebündelt',
      detail:
        'Kleine Wege sind so gebündelt, dass jeder dich aufstehen lässt: Drucken, Nachfüllen, ein Gang zu Kollegen.',
    },
    'check-task-rotation': {
      title: 'Tätigkeiten abgewechselt',
      detail:
        'Gleichförmige Aufgaben wechseln sich mit anderen ab, damit nicht immer dieselben Muskeln die ganze Arbeit machen.',
    },
    'check-standing-goal': {
      title: 'Ein tägliches Stehziel',
      detail:
        'Du strebst über den Arbeitstag etwa 2 Stunden Stehen und leichte Bewegung an. Mit der Zeit steigerst du auf 4.',
    },
    'check-lift-load-close': {
      title: 'Last nah am Körper',
      detail: 'Beim Heben oder Tragen hältst du die Last nah am Körper.',
    },
    'check-lift-hinge': {
      title: 'Aus der Hüfte beugen',
      detail: 'Du beugst dich mit langem Rücken aus der Hüfte, statt dich rund über die Last zu krümmen.',
    },
    'check-lift-legs-drive': {
      title: 'Die Beine heben mit',
      detail: 'Drück dich mit den Beinen hoch, um mit der Last aufzustehen.',
    },
  },

  redFlags: {
    'rf-saddle-numbness': {
      symptom: 'Taubheit am Gesäß, an der Innenseite der Oberschenkel, in der Leiste oder im Genitalbereich.',
      question:
        'Hattest du neue Taubheit am Gesäß, an der Innenseite der Oberschenkel, in der Leiste oder im Genitalbereich?',
      action: 'Ruf jetzt den Notruf oder geh sofort in eine Notaufnahme.',
    },
    'rf-bladder-bowel': {
      symptom:
        'Eine neue Veränderung bei der Kontrolle deiner Blase, oder du kannst deinen Darm nicht kontrollieren.',
      question: 'Hast du eine neue Veränderung bei der Kontrolle von Blase oder Darm bemerkt?',
      action: 'Ruf jetzt den Notruf oder geh sofort in eine Notaufnahme.',
    },
    'rf-leg-weakness': {
      symptom:
        'Starke oder zunehmende Schwäche in einem oder beiden Beinen, oder Taubheit, die sich ausbreitet.',
      question: 'Hast du starke oder zunehmende Schwäche in den Beinen, oder Taubheit, die sich ausbreitet?',
      action: 'Ruf jetzt den Notruf oder geh sofort in eine Notaufnahme.',
    },
    'rf-fever-unwell': {
      symptom: 'Fieber oder allgemeines Unwohlsein, zusammen mit deinen Rückenschmerzen.',
      question: 'Hast du Fieber oder fühlst du dich allgemein unwohl, zusammen mit deinen Rückenschmerzen?',
      action:
        'Melde dich heute bei einer Ärztin oder einem Arzt. Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
    },
    'rf-recent-trauma': {
      symptom:
        'Rückenschmerzen, die nach einem schweren Sturz, einem Unfall oder einem heftigen Schlag begonnen haben.',
      question:
        'Haben deine Rückenschmerzen nach einem schweren Sturz, einem Unfall oder einem heftigen Schlag begonnen?',
      action:
        'Melde dich heute bei einer Ärztin oder einem Arzt. Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
    },
    'rf-past-cancer': {
      symptom: 'Rückenschmerzen, und du hattest schon einmal Krebs.',
      question:
        'Hattest du schon einmal Krebs und hast über diese Rückenschmerzen noch mit keiner Ärztin und keinem Arzt gesprochen?',
      action:
        'Melde dich heute bei einer Ärztin oder einem Arzt. Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
    },
    'rf-weight-loss': {
      symptom: 'Du nimmst ab, ohne es zu wollen.',
      question: 'Hast du abgenommen, ohne es zu wollen?',
      action:
        'Melde dich heute bei einer Ärztin oder einem Arzt. Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
    },
    'rf-night-pain': {
      symptom: 'Starke Schmerzen, die in Ruhe nicht nachlassen, besonders nachts.',
      question: 'Sind deine Schmerzen stark, lassen in Ruhe nicht nach und sind nachts schlimmer?',
      action:
        'Melde dich heute bei einer Ärztin oder einem Arzt. Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
    },
  },

  safetyTexts: {
    'safety-disclaimer': {
      title: 'Bevor du anfängst',
      body: [
        'Sitwise hilft dir, Bewegungsgewohnheiten aufzubauen. Es ist kein Medizinprodukt und ersetzt keine medizinische Fachperson.',
        'Sprich mit einer medizinischen Fachperson, bevor du mit neuen Übungen beginnst. Das ist besonders wichtig, wenn deine Schmerzen neu sind oder sich verändert haben.',
        'Hör mit jeder Bewegung auf, die deine Beschwerden verschlimmert.',
        'Sitwise kann nicht erkennen, woher deine Schmerzen kommen. Wenn dir ein Warnzeichen auffällt, hol dir Hilfe wie unter Sicherheit beschrieben.',
      ],
    },
    'safety-urgent-care': {
      title: 'Sofort Hilfe holen',
      body: [
        'Wenn dir eines dieser Zeichen auffällt, ruf jetzt den Notruf oder geh sofort in eine Notaufnahme.',
        'Warte nicht auf deinen nächsten Termin.',
      ],
    },
    'safety-same-day-care': {
      title: 'Heute ärztlichen Rat holen',
      body: [
        'Wenn dir eines dieser Zeichen auffällt, melde dich heute bei einer Ärztin oder einem Arzt.',
        'Wenn du niemanden erreichst, ruf eine telefonische Gesundheitsberatung an.',
      ],
    },
    'safety-flare-plan': {
      title: 'Plan für einen Schmerzschub',
      body: [
        'Ein Schmerzschub ist eine Phase, in der die Schmerzen stark zunehmen. Schübe sind häufig und klingen meist wieder ab.',
        'Etwas Ziehen nach Aktivität ist normal und lässt oft innerhalb einer halben Stunde nach. Schmerz bedeutet nicht immer Schaden.',
      ],
      steps: [
        'Mach langsamer, aber bleib in Bewegung. Senk die heutigen Ziele, statt alles abzubrechen.',
        'Mach weiter deine 2 oder 3 Basisübungen, auch wenn du weniger davon schaffst.',
        'Wärme kann verspannten Muskeln helfen loszulassen. Ein Kühlpack kann stechenden Schmerz dämpfen.',
        'Behalte deinen gewohnten Schlaf und dein Abendritual bei.',
        'Wenn es sich beruhigt hat, steigere dich über ein paar Tage wieder auf deine üblichen Ziele.',
        'Prüf die Warnzeichen. Wenn eines zutrifft, hol dir Hilfe wie unter Sicherheit beschrieben.',
      ],
    },
    'safety-seek-care': {
      title: 'Wann du eine Fachperson aufsuchen solltest',
      body: [
        'Such eine medizinische Fachperson auf, wenn Schmerzen dich an einfachen Alltagsdingen hindern.',
        'Auch dann, wenn du trotz stetiger Arbeit an deinem Plan keine Fortschritte mehr machst.',
        'Gruppenkurse oder eine Reihe angeleiteter Termine helfen vielen, Können aufzubauen und dranzubleiben.',
      ],
    },
  },
  poses: dePoses,
};
