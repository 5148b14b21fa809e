/** Spanish: the checkin area, translated from ../en/checkin.ts. */
import type { Translation } from '../en';
import type { checkinMessages as source } from '../en/checkin';

export const checkinMessages = {
  'checkin.title': 'Revisión semanal',
  'checkin.intro': 'Unas preguntas sobre la última semana. Lleva unos dos minutos.',
  'checkin.loadError': 'No se ha podido cargar la revisión.',
  'checkin.due': 'La revisión de esta semana está lista.',
  'checkin.snooze': 'Recuérdamelo en una hora',
  'checkin.snoozed': 'Te lo recordaremos más tarde.',
  'checkin.done': 'Hiciste la revisión el {date}. La siguiente se abre el {next}.',
  'checkin.peg.legend': 'Durante la última semana (0–10)',
  'checkin.peg.pain': 'Tu dolor de media (0 = ningún dolor, 10 = el peor que puedas imaginar)',
  'checkin.peg.enjoyment':
    'Cuánto te ha impedido el dolor disfrutar de la vida (0 = nada, 10 = por completo)',
  'checkin.peg.activity':
    'Cuánto ha interferido el dolor en tu actividad general (0 = nada, 10 = por completo)',
  'checkin.activities.legend': 'Cosas que te importan',
  'checkin.activities.help':
    'Nombra hasta 3 actividades que el dolor de espalda te dificulta. Puntúa cada una: 0 = no puedo hacerla, 10 = tan bien como antes.',
  'checkin.activities.name': 'Actividad {n}',
  'checkin.activities.score': 'Actividad {n}: qué tal (0–10)',
  'checkin.stiffness': 'Rigidez (0 = ninguna, 10 = la peor)',
  'checkin.sleep': 'Calidad del sueño (0 = muy mala, 10 = muy buena)',
  'checkin.confidence': 'Confianza para moverte (0 = ninguna, 10 = total)',
  'checkin.note': 'Una nota para ti (opcional)',
  'checkin.submit': 'Guardar revisión',
  'checkin.saved': 'Revisión guardada.',
  'checkin.flagsTitle': 'Unas preguntas de seguridad',
  'checkin.flagsIntro':
    'Responde sí o no. Tus respuestas se quedan en este ordenador; un «sí» solo se guarda si marcas la casilla de abajo.',
  'checkin.keepFlags':
    'Guardar cualquier «sí» en mi registro, para incluirlo en mi informe para un profesional sanitario',
  'checkin.yes': 'Sí',
  'checkin.no': 'No',
  'checkin.flagsDone': 'Terminar',
  'checkin.allClear': 'Gracias. Nada de esto necesita atención urgente.',
  'checkin.guidanceBecause': 'Has respondido sí a:',
  'checkin.guidanceMore': 'Lee todas las señales de alarma en la página Seguridad',
  'checkin.trendsTitle': 'Tu evolución',
  'checkin.trendsEmpty': 'Tus puntuaciones aparecen aquí después de tu primera revisión.',
  'checkin.chartTitle': 'Puntuaciones por revisión',
  'checkin.chartDescription':
    'PEG (más bajo es mejor) y tu puntuación de actividades (más alto es mejor) en cada revisión.',
  'checkin.sittingTitle': 'Periodo sentado más largo en la semana previa a cada revisión',
  'checkin.sittingDescription':
    'Periodo sentado más largo, en minutos, en los siete días previos a cada revisión.',
  'checkin.series.peg': 'PEG',
  'checkin.series.psfs': 'Actividades',
  'checkin.series.longest': 'Periodo sentado más largo (min)',
  'checkin.series.standing': 'De pie al día (min)',
  'checkin.categoryLabel': 'Revisión',
  'checkin.change': 'Desde tu primera revisión',
  'checkin.changePeg': 'PEG {first} → {latest}',
  'checkin.changePsfs': 'Actividades {first} → {latest}',
  'checkin.trend.better': 'una mejora notable',
  'checkin.trend.worse': 'un empeoramiento notable',
  'checkin.trend.steady': 'más o menos igual',
  'checkin.changeOther': 'Rigidez {stiffness}, sueño {sleep}, confianza {confidence}',
  'checkin.review':
    'Han pasado cuatro semanas. Es momento de revisar tu plan: ¿tus objetivos siguen siendo adecuados para ti?',
  'checkin.reviewDone': 'He revisado mi plan',
  'checkin.reviewLink': 'Abrir mi plan',
  'checkin.plateau.title': 'Una idea sobre tu progreso',
  'checkin.plateau.body':
    'Tus cuatro últimas revisiones se han mantenido más o menos igual. Has cumplido tus objetivos. En un momento así, una revisión con un profesional sanitario o un programa de ejercicio supervisado puede ayudar a ajustar el plan.',
  'checkin.plateau.report': 'Preparar un informe para llevar',
  'checkin.plateau.dismiss': 'Ocultar esto',
  'checkin.noFigures': 'sin registro',
} as const satisfies Translation<typeof source>;
