/** German: the refusal area, translated from ../en/refusal.ts. */
import type { Translation } from '../en';
import type { refusalMessages as source } from '../en/refusal';

export const refusalMessages = {
  'refusal.goalMeasured':
    'Dieses Ziel wird aus deinem Sitzen und Stehen gemessen; es gibt keine Einheiten einzutragen.',
  'refusal.goalKindFixed': 'Die Art des Ziels lässt sich nicht ändern. Leg stattdessen ein neues Ziel an.',
  'refusal.baselineTooHigh': 'Der Startwert kann höchstens {max, number} sein.',
  'refusal.goalHasSessions':
    '{sessions, plural, one {„{name}“ hat # eingetragene Einheit.} other {„{name}“ hat # eingetragene Einheiten.}} Beim Löschen verschwinden das Ziel und sein Plan; die Einheiten bleiben in deinem Verlauf und in Exporten. Bestätige, um es zu löschen.',
  'refusal.goalDeleted': 'Das Ziel „{name}“ wurde am {date} gelöscht.',
  'refusal.goalMissing': 'Dieses Ziel gibt es nicht.',
  'refusal.stepTooLarge':
    '{unit, select, min {Ein wöchentlicher Schritt von {step, number} Min. ist für dieses Ziel zu groß.} other {Ein wöchentlicher Schritt von {step, number} ist für dieses Ziel zu groß.}}',
  'refusal.holdWeekNotMonday': 'Eine Haltewoche wird mit ihrem Montag angegeben.',
  'refusal.holdWeekPast': 'Eine vergangene Woche kann keine Haltewoche werden.',
  'refusal.sessionInFuture': 'Der {date} liegt in der Zukunft. Trag Einheiten für heute oder früher ein.',
  'refusal.sessionTooOld': 'Einheiten lassen sich bis zu {days, number} Tage rückwirkend eintragen.',
  'refusal.flareAlreadyOn': 'Der Schmerzschub-Modus ist schon an (seit {since}).',
  'refusal.flareNotOn': 'Der Schmerzschub-Modus ist nicht an.',
  'refusal.noPlateauNote': 'Für diese Woche gibt es keinen Hinweis zu einem Plateau.',
  'refusal.checkinDone':
    'Der Check-in dieser Woche wurde schon am {date} gespeichert. Der nächste öffnet am {next}.',
  'refusal.routineGone': 'Diese Übung gibt es nicht mehr. Vielleicht wurde sie gelöscht.',
  'refusal.tooManyRoutines': 'Du kannst bis zu {max, number} eigene Übungen behalten.',
  'refusal.fsReason':
    '{errno, select, UNKNOWN {etwas Unerwartetes ist passiert} EACCES {keine Berechtigung} EPERM {das System erlaubt es nicht} ENOSPC {die Festplatte ist voll} EDQUOT {das Speicherkontingent ist aufgebraucht} EIO {die Festplatte meldet einen Lese- oder Schreibfehler} EROFS {der Ordner ist schreibgeschützt} EISDIR {wo eine Datei sein sollte, ist ein Ordner} ENOTDIR {wo ein Ordner sein sollte, ist eine Datei} ENOENT {eine Datei oder ein Ordner fehlt} EMFILE {zu viele Dateien sind geöffnet} ENAMETOOLONG {ein Dateiname ist zu lang} EBUSY {die Datei wird gerade benutzt} other {das System meldet {errno}}}',
  'refusal.cannotSave': 'Sitwise kann nicht in {folder} speichern: {why}. Nichts wurde geändert.',
  'refusal.savesWaiting':
    'Sitwise kann nicht in {folder} speichern: {why}. {dropped, plural, =0 {Das wurde nicht gespeichert; was inzwischen aufgezeichnet wurde, wartet und wird geschrieben, sobald der Ordner wieder beschreibbar ist.} one {Das wurde nicht gespeichert, und # aufgezeichnetes Ereignis ging beim Warten verloren.} other {Das wurde nicht gespeichert, und # aufgezeichnete Ereignisse gingen beim Warten verloren.}}',
  'refusal.cannotDelete': 'Sitwise kann nicht alle Daten in {folder} löschen: {why}.',
  'refusal.importPartlyWritten':
    'Sitwise kann nicht in {folder} speichern: {why}. Ein Teil des Imports ist vielleicht schon geschrieben; lösch alle Daten und importiere noch einmal, sobald der Ordner wieder beschreibbar ist.',
  'refusal.importNotJson': 'Diese Datei ist kein Sitwise-Export (sie ist kein gültiges JSON).',
  'refusal.importNotExport': 'Diese Datei ist kein Sitwise-Export.',
  'refusal.importNewer':
    'Dieser Export stammt von einer neueren Sitwise-Version. Aktualisiere Sitwise und importiere ihn dann.',
  'refusal.importNotEmpty':
    'Ein Import geht nur in einen leeren Datenordner, und dieser enthält schon Daten. Exportiere sie zuerst, wenn du sie behalten willst, lösch dann alle Daten und importiere noch einmal.',
  'refusal.importDamaged':
    '{section, select, settings {Die Einstellungen in dieser Datei sind nicht verwendbar.} journal {Die Sitz- und Stehaufzeichnung in dieser Datei ist nicht verwendbar.} pacing {Das Pacing-Protokoll in dieser Datei ist nicht verwendbar.} routines {Die Übungen in dieser Datei sind nicht verwendbar.} plan {Der Plan in dieser Datei ist nicht verwendbar.} other {Ein Teil dieser Datei ist nicht verwendbar.}} Vielleicht ist sie beschädigt oder von Hand bearbeitet; nichts wurde importiert.',
  'refusal.routineFileBad':
    '{problem, select, tooLarge {Diese Datei ist zu groß für eine Übungsdatei.} notJson {Das ist keine Übungsdatei: Sie ist kein JSON.} notRoutine {Das ist keine Sitwise-Übungsdatei.} newer {Diese Übung wurde mit einer neueren Sitwise-Version gespeichert. Aktualisiere Sitwise, um sie zu öffnen.} other {Mit dieser Übungsdatei stimmt etwas nicht: Ein Schritt oder ein Wert darin ist ungültig.}}',
} as const satisfies Translation<typeof source>;
