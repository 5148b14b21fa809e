/** German: the onboarding area, translated from ../en/onboarding.ts. */
import type { Translation } from '../en';
import type { onboardingMessages as source } from '../en/onboarding';

export const onboardingMessages = {
  'onboarding.title': 'Willkommen bei Sitwise',
  'onboarding.stepOf': 'Schritt {n} von {total}',
  'onboarding.stepsLabel': 'Einrichtungsschritte',
  'onboarding.steps.welcome': 'Willkommen',
  'onboarding.steps.desk': 'Dein Schreibtisch',
  'onboarding.steps.hours': 'Deine Zeiten',
  'onboarding.steps.safety': 'Sicherheit',
  'onboarding.welcome.heading': 'Was Sitwise macht',
  'onboarding.welcome.points.measures':
    'Misst anhand deiner Tastatur- und Mausnutzung, wie lange du wirklich sitzt.',
  'onboarding.welcome.points.prompts':
    'Erinnert dich, die Position zu wechseln und kurze Bewegungssnacks zu machen.',
  'onboarding.welcome.points.routines':
    'Führt dich durch kurze Übungen für den Schreibtisch, im Stehen und auf dem Boden.',
  'onboarding.welcome.points.history':
    'Führt einen einfachen Verlauf, ein Pacing-Protokoll und einen wöchentlichen Check-in.',
  'onboarding.welcome.points.local': 'Speichert alles auf diesem Computer. Kein Konto, kein Server.',
  'onboarding.welcome.language': 'Sprache',
  'onboarding.welcome.note': 'Du kannst jede Wahl später in den Einstellungen ändern.',
  'onboarding.desk.heading': 'Hast du einen Steh-Sitz-Schreibtisch?',
  'onboarding.desk.help': 'Wähle den Zeitplan, der zu deinem Schreibtisch passt.',
  'onboarding.desk.options.back-friendly.label': 'Ja: rückenfreundlich 30:15',
  'onboarding.desk.options.back-friendly.help':
    '30 Min. sitzen, 15 Min. stehen, bei jedem Wechsel 1–2 Min. bewegen. Untersucht mit Büroangestellten mit kürzlichen Rückenschmerzen.',
  'onboarding.desk.options.cornell.label': 'Ja: kürzere Zyklen, 20-8-2',
  'onboarding.desk.options.cornell.help': '20 Min. sitzen, 8 Min. stehen, 2 Min. bewegen.',
  'onboarding.desk.options.no-standing-desk.label': 'Kein Steh-Sitz-Schreibtisch',
  'onboarding.desk.options.no-standing-desk.help': '30 Min. sitzen, dann ein Bewegungssnack von 2 Minuten.',
  'onboarding.hours.heading': 'Wann arbeitest du?',
  'onboarding.hours.help':
    'Sitwise zählt den ganzen Tag, erinnert aber nur während der Arbeitszeit, wenn du das einschaltest.',
  'onboarding.hours.enabled': 'Nur während der Arbeitszeit erinnern',
  'onboarding.hours.startAtLogin': 'Sitwise bei der Anmeldung starten',
  'onboarding.safety.heading': 'Sicherheit zuerst',
  'onboarding.safety.intro':
    'Bitte lies das, bevor du beginnst. Es ist unter Sicherheit immer nur einen Klick entfernt.',
  'onboarding.safety.ack': 'Ich habe die Sicherheitsinformationen gelesen',
  'onboarding.safety.ackNeeded': 'Bitte bestätige, dass du die Sicherheitsinformationen gelesen hast.',
  'onboarding.back': 'Zurück',
  'onboarding.next': 'Weiter',
  'onboarding.finish': 'Sitwise verwenden',
  'onboarding.saving': 'Deine Auswahl wird gespeichert …',
  'onboarding.backToSetup': 'Zurück zur Einrichtung',
} as const satisfies Translation<typeof source>;
