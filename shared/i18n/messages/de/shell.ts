/** German: the shell area, translated from ../en/shell.ts. */
import type { Translation } from '../en';
import type { shellMessages as source } from '../en/shell';

export const shellMessages = {
  'shell.skipToContent': 'Zum Inhalt springen',
  'shell.navLabel': 'Hauptmenü',
  'shell.nav.today': 'Heute',
  'shell.nav.history': 'Verlauf',
  'shell.nav.routines': 'Übungen',
  'shell.nav.pacing': 'Pacing',
  'shell.nav.checkin': 'Check-in',
  'shell.nav.plan': 'Mein Plan',
  'shell.nav.report': 'Bericht',
  'shell.nav.tips': 'Tipps & Einrichtung',
  'shell.nav.safety': 'Sicherheit',
  'shell.nav.settings': 'Einstellungen',
  'shell.pageTitle': '{screen} – Sitwise',
  'shell.status.loading': 'Dein Status wird geprüft …',
  'shell.status.current': '{posture} seit {duration}',
  'shell.status.away': 'Nicht am Schreibtisch',
  'shell.status.paused': 'Erinnerungen pausiert bis {time}',
  'shell.status.outsideHours': 'Außerhalb der Arbeitszeit',
  'shell.status.snack': 'Bewegungssnack läuft',
  'shell.noticesLabel': 'Hinweise',
  'shell.dismiss': 'Schließen',
  'shell.settingsLoadError': 'Sitwise konnte seine Einstellungen nicht lesen.',
  'shell.notice.saveFailed':
    'Sitwise kann nicht in {folder} speichern: {why}. {dropped, plural, =0 {Was es aufzeichnet, wartet und wird geschrieben, sobald der Ordner wieder beschreibbar ist.} one {Was es aufzeichnet, wartet; # aufgezeichnetes Ereignis ging beim Warten verloren.} other {Was es aufzeichnet, wartet; # aufgezeichnete Ereignisse gingen beim Warten verloren.}}',
  'shell.notice.saveWorksAgain':
    'Sitwise kann wieder in {folder} speichern; was inzwischen aufgezeichnet wurde, ist geschrieben.',
  'shell.notice.cannotSaveAtStart':
    'Sitwise kann nicht in {folder} speichern: {why}. Die Zeit läuft weiter, aber nichts wird aufgezeichnet, bis der Ordner wieder beschreibbar ist.',
  'shell.notice.syncFailed':
    'Sitwise kann nicht in {folder} speichern: {why}. Das passierte beim Schreiben der Aufzeichnung auf die Festplatte; Sitwise versucht es weiter.',
  'shell.notice.journalUnreadable':
    'Deine Sitz- und Stehaufzeichnung für {month} ließ sich nicht lesen ({why}); ihre Tage fehlen, bis sie wieder lesbar ist.',
  'shell.notice.journalQuarantined':
    '{lines, plural, one {# beschädigte Zeile in deiner Sitz- und Stehaufzeichnung für {month} wurde beiseitegelegt; der Rest des Monats ist geladen.} other {# beschädigte Zeilen in deiner Sitz- und Stehaufzeichnung für {month} wurden beiseitegelegt; der Rest des Monats ist geladen.}}',
  'shell.notice.journalQuarantineFailed':
    '{lines, plural, one {# beschädigte Zeile in deiner Sitz- und Stehaufzeichnung für {month} ließ sich nicht beiseitelegen ({why}); sie bleibt in der Datei, und der Rest des Monats ist geladen.} other {# beschädigte Zeilen in deiner Sitz- und Stehaufzeichnung für {month} ließen sich nicht beiseitelegen ({why}); sie bleiben in der Datei, und der Rest des Monats ist geladen.}}',
  'shell.notice.journalNewer':
    '{unreadable, plural, =0 {Deine Sitz- und Stehaufzeichnung für {month} stammt von einer neueren Sitwise-Version; diese Version zeigt sie an, schreibt aber nichts dazu.} one {Deine Sitz- und Stehaufzeichnung für {month} stammt von einer neueren Sitwise-Version; diese Version zeigt sie an, schreibt aber nichts dazu. # Zeile, die sie nicht lesen kann, wurde ausgelassen.} other {Deine Sitz- und Stehaufzeichnung für {month} stammt von einer neueren Sitwise-Version; diese Version zeigt sie an, schreibt aber nichts dazu. # Zeilen, die sie nicht lesen kann, wurden ausgelassen.}}',
  'shell.notice.pacingQuarantined':
    '{lines, plural, one {# beschädigte Zeile im Pacing-Protokoll für {month} wurde beiseitegelegt; der Rest ist geladen.} other {# beschädigte Zeilen im Pacing-Protokoll für {month} wurden beiseitegelegt; der Rest ist geladen.}}',
  'shell.notice.pacingUnreadable':
    'Das Pacing-Protokoll ließ sich nicht lesen ({why}); es fehlt, bis es wieder lesbar ist.',
  'shell.notice.pacingMonthUnreadable':
    'Das Pacing-Protokoll für {month} ließ sich nicht lesen ({why}); es fehlt, bis es wieder lesbar ist.',
  'shell.notice.routinesSetAside':
    'Deine Übungsdatei ließ sich nicht lesen, deshalb wurde sie als {file} beiseitegelegt. Sitwise startet ohne eigene Übungen.',
  'shell.notice.planDamaged':
    'Der gespeicherte Plan ließ sich nicht lesen; er wurde als {file} beiseitegelegt, und Mein Plan beginnt leer.',
  'shell.notice.idleUnavailable':
    'Dieser Computer meldet keine Leerlaufzeit, deshalb kann Sitwise Pausen nicht selbst bemerken. Sag Bescheid, wenn du stehst, sitzt oder weggehst, dann zählt Sitwise nach deinen Antworten.',
  'shell.notice.settings.cause':
    '{cause, select, unreadable {Die Einstellungsdatei ließ sich nicht lesen, deshalb nutzt Sitwise die Standardeinstellungen.} damaged {Die Einstellungsdatei ist beschädigt, deshalb nutzt Sitwise die Standardeinstellungen.} notUpgradable {Die Einstellungsdatei ließ sich nicht aktualisieren, deshalb nutzt Sitwise die Standardeinstellungen.} newer {Die Einstellungen stammen von einer neueren Sitwise-Version; die Werte, die diese Version versteht, wurden übernommen.} invalid {Einige Einstellungen waren ungültig und wurden auf den Standard zurückgesetzt.} other {Die Einstellungsdatei brauchte eine Aktualisierung.}}',
  'shell.notice.settings.reset': 'Auf den Standard zurückgesetzt: {names}.',
  'shell.notice.settings.fault':
    '{step, select, read {Beim Lesen ging etwas schief: {why}.} setAside {Die Datei ließ sich nicht beiseitelegen ({why}), deshalb bleibt sie, wie sie ist, und Änderungen werden nicht gespeichert, bis das geht.} rewrite {Die reparierten Einstellungen ließen sich nicht schreiben ({why}).} other {Die Einstellungen ließen sich nicht zum Speichern öffnen ({why}); Änderungen werden nicht gespeichert.}}',
  'shell.notice.settings.backup': 'Die alte Datei wurde als {file} aufbewahrt.',
} as const satisfies Translation<typeof source>;
