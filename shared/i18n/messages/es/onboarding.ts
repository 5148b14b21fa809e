/** Spanish: the onboarding area, translated from ../en/onboarding.ts. */
import type { Translation } from '../en';
import type { onboardingMessages as source } from '../en/onboarding';

export const onboardingMessages = {
  'onboarding.title': 'Te damos la bienvenida a Sitwise',
  'onboarding.stepOf': 'Paso {n} de {total}',
  'onboarding.stepsLabel': 'Pasos de configuración',
  'onboarding.steps.welcome': 'Bienvenida',
  'onboarding.steps.desk': 'Tu escritorio',
  'onboarding.steps.hours': 'Tu horario',
  'onboarding.steps.safety': 'Seguridad',
  'onboarding.welcome.heading': 'Qué hace Sitwise',
  'onboarding.welcome.points.measures':
    'Mide cuánto tiempo pasas realmente en posición sentada, a partir del uso del teclado y el ratón.',
  'onboarding.welcome.points.prompts': 'Te avisa para cambiar de posición y hacer pausas activas cortas.',
  'onboarding.welcome.points.routines': 'Te guía en rutinas cortas en el escritorio, de pie y en el suelo.',
  'onboarding.welcome.points.history':
    'Lleva un historial sencillo, un registro de progresión y una revisión semanal.',
  'onboarding.welcome.points.local': 'Guarda todo en este ordenador. Sin cuenta, sin servidor.',
  'onboarding.welcome.language': 'Idioma',
  'onboarding.welcome.note': 'Puedes cambiar cada elección más tarde en Ajustes.',
  'onboarding.desk.heading': '¿Tienes un escritorio elevable?',
  'onboarding.desk.help': 'Elige el horario que encaja con tu escritorio.',
  'onboarding.desk.options.back-friendly.label': 'Sí: cuida la espalda 30:15',
  'onboarding.desk.options.back-friendly.help':
    'Sentarte 30 min, estar de pie 15 min, moverte 1–2 min en cada cambio. Estudiado con personas de oficina con dolor de espalda reciente.',
  'onboarding.desk.options.cornell.label': 'Sí: ciclos más cortos, 20-8-2',
  'onboarding.desk.options.cornell.help': 'Sentarte 20 min, estar de pie 8 min, moverte 2 min.',
  'onboarding.desk.options.no-standing-desk.label': 'Sin escritorio elevable',
  'onboarding.desk.options.no-standing-desk.help': 'Sentarte 30 min, luego una pausa activa de 2 minutos.',
  'onboarding.hours.heading': '¿Cuándo trabajas?',
  'onboarding.hours.help':
    'Sitwise cuenta todo el día, pero solo avisa en horario laboral si activas esta opción.',
  'onboarding.hours.enabled': 'Avisar solo en horario laboral',
  'onboarding.hours.startAtLogin': 'Abrir Sitwise al iniciar sesión',
  'onboarding.safety.heading': 'Primero, la seguridad',
  'onboarding.safety.intro': 'Lee esto antes de empezar. Siempre está a un clic, en Seguridad.',
  'onboarding.safety.ack': 'He leído la información de seguridad',
  'onboarding.safety.ackNeeded': 'Confirma que has leído la información de seguridad.',
  'onboarding.back': 'Atrás',
  'onboarding.next': 'Siguiente',
  'onboarding.finish': 'Empezar a usar Sitwise',
  'onboarding.saving': 'Guardando tus elecciones…',
  'onboarding.backToSetup': 'Volver a la configuración',
} as const satisfies Translation<typeof source>;
