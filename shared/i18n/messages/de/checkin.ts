/** German: the checkin area, translated from ../en/checkin.ts. */
import type { Translation } from '../en';
import type { checkinMessages as source } from '../en/checkin';

export const checkinMessages = {
  'checkin.title': 'Wöchentlicher Check-in',
  'checkin.intro': 'Ein paar Fragen zur letzten Woche. Das dauert etwa zwei Minuten.',
  'checkin.loadError': 'Der Check-in konnte nicht geladen werden.',
  'checkin.due': 'Der Check-in dieser Woche ist bereit.',
  'checkin.snooze': 'In einer Stunde erinnern',
  'checkin.snoozed': 'Wir erinnern dich später.',
  'checkin.done': 'Dein Check-in war am {date}. Der nächste öffnet am {next}.',
  'checkin.peg.legend': 'In der letzten Woche (0–10)',
  'checkin.peg.pain':
    'Deine Schmerzen im Durchschnitt (0 = keine, 10 = so schlimm, wie du dir vorstellen kannst)',
  'checkin.peg.enjoyment': 'Wie sehr Schmerzen deine Lebensfreude gestört haben (0 = gar nicht, 10 = völlig)',
  'checkin.peg.activity':
    'Wie sehr Schmerzen deine allgemeine Aktivität gestört haben (0 = gar nicht, 10 = völlig)',
  'checkin.activities.legend': 'Dinge, die dir wichtig sind',
  'checkin.activities.help':
    'Nenne bis zu 3 Aktivitäten, die Rückenschmerzen schwer machen. Bewerte jede: 0 = nicht möglich, 10 = so gut wie vorher.',
  'checkin.activities.name': 'Aktivität {n}',
  'checkin.activities.score': 'Aktivität {n}: wie gut (0–10)',
  'checkin.stiffness': 'Steifheit (0 = keine, 10 = am stärksten)',
  'checkin.sleep': 'Schlafqualität (0 = sehr schlecht, 10 = sehr gut)',
  'checkin.confidence': 'Zuversicht, dich zu bewegen (0 = gar nicht, 10 = völlig)',
  'checkin.note': 'Eine Notiz für dich (freiwillig)',
  'checkin.submit': 'Check-in speichern',
  'checkin.saved': 'Check-in gespeichert.',
  'checkin.flagsTitle': 'Ein paar Sicherheitsfragen',
  'checkin.flagsIntro':
    'Antworte mit Ja oder Nein. Deine Antworten bleiben auf diesem Computer; ein „Ja“ wird nur behalten, wenn du unten das Kästchen anhakst.',
  'checkin.keepFlags':
    'Jedes „Ja“ in meinem Protokoll behalten, um es im Bericht für meine Ärztin oder meinen Arzt aufzuführen',
  'checkin.yes': 'Ja',
  'checkin.no': 'Nein',
  'checkin.flagsDone': 'Abschließen',
  'checkin.allClear': 'Danke. Hier braucht nichts dringend Aufmerksamkeit.',
  'checkin.guidanceBecause': 'Du hast Ja geantwortet bei:',
  'checkin.guidanceMore': 'Alle Warnzeichen auf der Seite Sicherheit lesen',
  'checkin.trendsTitle': 'Deine Entwicklung',
  'checkin.trendsEmpty': 'Deine Werte erscheinen hier nach deinem ersten Check-in.',
  'checkin.chartTitle': 'Werte pro Check-in',
  'checkin.chartDescription':
    'PEG (niedriger ist besser) und dein Aktivitätswert (höher ist besser) für jeden Check-in.',
  'checkin.sittingTitle': 'Längste Sitzphase in der Woche vor jedem Check-in',
  'checkin.sittingDescription': 'Längste Sitzphase in Minuten in den sieben Tagen vor jedem Check-in.',
  'checkin.series.peg': 'PEG',
  'checkin.series.psfs': 'Aktivitäten',
  'checkin.series.longest': 'Längstes Sitzen (Min.)',
  'checkin.series.standing': 'Stehen pro Tag (Min.)',
  'checkin.categoryLabel': 'Check-in',
  'checkin.change': 'Seit deinem ersten Check-in',
  'checkin.changePeg': 'PEG {first} → {latest}',
  'checkin.changePsfs': 'Aktivitäten {first} → {latest}',
  'checkin.trend.better': 'eine deutliche Verbesserung',
  'checkin.trend.worse': 'eine deutliche Verschlechterung',
  'checkin.trend.steady': 'etwa gleich',
  'checkin.changeOther': 'Steifheit {stiffness}, Schlaf {sleep}, Zuversicht {confidence}',
  'checkin.review':
    'Vier Wochen sind vergangen. Zeit, deinen Plan anzusehen: Passen deine Ziele noch zu dir?',
  'checkin.reviewDone': 'Ich habe meinen Plan angesehen',
  'checkin.reviewLink': 'Meinen Plan öffnen',
  'checkin.plateau.title': 'Ein Gedanke zu deinem Fortschritt',
  'checkin.plateau.body':
    'Deine letzten vier Check-ins sind etwa gleich geblieben. Du hast dich an deine Ziele gehalten. An so einem Punkt kann ein Gespräch mit einer Ärztin, einem Arzt oder einer Physiotherapeutin oder ein angeleitetes Übungsprogramm helfen, den Plan anzupassen.',
  'checkin.plateau.report': 'Einen Bericht zum Mitnehmen erstellen',
  'checkin.plateau.dismiss': 'Ausblenden',
  'checkin.noFigures': 'nicht erfasst',
} as const satisfies Translation<typeof source>;
