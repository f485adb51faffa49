import type { Catalogue } from './en'

// German: Bitrix24's own words — „Kommunikationskanäle“ (Open Channels), „Konnektoren“,
// „Kontakt-Center“.
export const de: Catalogue = {
  app: {
    title: 'Schaltzentrale für Kommunikationskanäle',
    connecting: 'Verbindung mit Ihrem Portal wird hergestellt…',
  },
  crash: {
    title: 'In der Schaltzentrale ist etwas schiefgelaufen',
    text: 'Durch diesen Fehler wurde nichts geändert. Laden Sie die App neu, um fortzufahren.',
    reload: 'Neu laden',
  },
  outside: {
    title: 'Die Schaltzentrale für Kommunikationskanäle läuft in Bitrix24',
    intro:
      'Diese Seite ist eine Anwendung für ein Bitrix24-Portal und muss aus dem Portal heraus geöffnet werden, wo sie Ihre Kommunikationskanäle erreicht.',
    install:
      'In Ihrem Bitrix24: Installieren Sie sie als lokale Anwendung (Anwendungen → Entwicklerressourcen → Sonstiges → Lokale Anwendung) und öffnen Sie sie über das Menü „Anwendungen“.',
    tryBefore: 'Zum Ausprobieren ohne Portal: Führen Sie ',
    tryAfter:
      ' im Projekt aus und öffnen Sie das lokale Portal, dessen Adresse ausgegeben wird (standardmäßig http://localhost:3000/).',
    details: 'Details: {{reason}}',
  },
  installer: {
    title: 'Schaltzentrale für Kommunikationskanäle installieren',
    intro:
      'Die Schaltzentrale zeigt alle Kommunikationskanäle dieses Portals und alle Konnektoren auf einer Seite — Telegram, WhatsApp, Live-Chat, Viber und Ihre eigenen REST-Konnektoren —, sagt in Worten, ob jedes Paar aus, in Betrieb, nicht vollständig eingerichtet oder fehlerhaft ist, und schaltet jedes davon mit einem Klick.',
    allowedTitle: 'Was die App tun darf',
    scopeImopenlinesTitle: 'Kommunikationskanäle',
    scopeImopenlinesText: 'Ihre Kommunikationskanäle lesen, ihre Namen und ob sie aktiv sind.',
    scopeImconnectorTitle: 'Konnektoren der Kommunikationskanäle',
    scopeImconnectorText:
      'den Zustand jedes Konnektors in jedem Kommunikationskanal lesen und Konnektoren ein- und ausschalten, wenn Sie es verlangen.',
    noServer:
      'Die App hat keinen eigenen Server: Sie läuft in Ihrem Browser und spricht nur mit diesem Portal, mit den Rechten der Person, die sie benutzt. Das Ausschalten eines Konnektors löscht seine Einstellungen in diesem Kommunikationskanal, deshalb fragt die App immer vorher nach.',
    finish: 'Installation abschließen',
    finishing: 'Installation wird abgeschlossen…',
    slow: 'Das Portal hat die App noch nicht neu geöffnet. Wenn nichts passiert, laden Sie die Seite neu.',
    adminOnly:
      'Nur ein Portaladministrator kann die Installation abschließen. Bitten Sie Ihren Administrator, diese App einmal zu öffnen.',
    failed: 'Die Installation konnte nicht abgeschlossen werden. {{message}}',
  },
  common: {
    errorCode: 'Fehlercode für den Support: {{code}}',
    inactive: 'Inaktiv',
    openChannels: 'Kommunikationskanäle',
    unnamedLine: 'Kommunikationskanal Nr. {{id}}',
  },
  status: {
    off: 'Aus',
    working: 'In Betrieb',
    unconfigured: 'Einrichtung unvollständig',
    error: 'Fehler',
    unknown: 'Unbekannt',
    loading: 'Wird geladen…',
  },
  legend: {
    label: 'Was die Zustände bedeuten',
    working: 'an und empfängt Nachrichten',
    unconfigured: 'an, aber die Einrichtung wurde nie abgeschlossen',
    error: 'an, aber der Kanal meldet einen Fehler',
    off: 'nicht mit diesem Kommunikationskanal verbunden',
  },
  toolbar: {
    restored: 'Zeigt den Stand des Portals vom {{date}}, während es neu gelesen wird',
    lines_one: '{{n}} Kommunikationskanal',
    lines_other: '{{n}} Kommunikationskanäle',
    on_one: '{{n}} Verbindung an',
    on_other: '{{n}} Verbindungen an',
    problems_one: '{{n}} braucht Aufmerksamkeit',
    problems_other: '{{n}} brauchen Aufmerksamkeit',
    progressLabel: 'Geladene Konnektorzustände',
    progressValue: '{{loaded}} von {{total}}',
    loaded: '{{loaded}} von {{total}} geladen',
    updated: 'Aktualisiert um {{time}}',
    offlineLabel: 'Offline',
    offline_one:
      'Keine Verbindung: {{n}} Änderung wird gesendet, sobald die Verbindung wieder besteht.',
    offline_other:
      'Keine Verbindung: {{n}} Änderungen werden gesendet, sobald die Verbindung wieder besteht.',
    refresh: 'Aktualisieren',
    refreshing: 'Wird aktualisiert…',
  },
  grid: {
    label: 'Konnektoren aller Kommunikationskanäle',
    corner: 'Kommunikationskanal',
  },
  filters: {
    label: 'Suche und Filter',
    search: 'Kommunikationskanäle und Konnektoren durchsuchen',
    problemsOnly: 'Nur mit Problemen',
    activeOnly: 'Nur aktive Kommunikationskanäle',
    inUseOnly: 'Nur genutzte Konnektoren',
    kind: 'Konnektoren',
    kindAll: 'Alle',
    kindRest: 'Nur REST',
    kindBuiltin: 'Nur integrierte',
    shownLines_one: 'Gefiltert: {{shown}} von {{n}} Kommunikationskanal',
    shownLines_other: 'Gefiltert: {{shown}} von {{n}} Kommunikationskanälen',
    shownConnectors_one: '{{shown}} von {{n}} Konnektor',
    shownConnectors_other: '{{shown}} von {{n}} Konnektoren',
    clear: 'Filter zurücksetzen',
    noMatchTitle: 'Nichts passt zu Suche und Filtern',
    noMatchText:
      'Kein Kommunikationskanal und kein Konnektor erfüllt alle Bedingungen. Ändern Sie sie oder setzen Sie sie zurück, um die ganze Tabelle zu sehen.',
  },
  cell: {
    label: '{{connector}} in {{line}}',
    notOn: 'Nicht eingeschaltet: ',
    notOff: 'Nicht ausgeschaltet: ',
    unreadable: 'Konnte nicht gelesen werden: {{message}}',
    retry: 'Wiederholen',
    retryLabel: '{{label}} wiederholen',
    dismiss: 'Schließen',
    dismissLabel: 'Meldung zu {{label}} schließen',
    setup: 'Als aktiv markiert. Der Kanal selbst wird im Kontakt-Center eingerichtet.',
    setUp: 'Einrichten',
    openSettingsLabel: 'Einstellungen von {{connector}} für {{line}} öffnen',
    failedOn: '{{label}} wurde nicht eingeschaltet. {{message}}',
    failedOff: '{{label}} wurde nicht ausgeschaltet. {{message}}',
  },
  confirmOff: {
    title: '{{connector}} in {{line}} ausschalten?',
    text: 'Bitrix24 löscht beim Ausschalten die Einstellungen dieses Konnektors im Kommunikationskanal „{{line}}“. Erneutes Einschalten stellt sie nicht wieder her: Der Kanal muss neu eingerichtet werden.',
    skip: 'Nicht mehr fragen, bis ich die App schließe',
    keep: 'Eingeschaltet lassen',
    confirm: 'Ausschalten und Einstellungen löschen',
  },
  activity: {
    open: 'Aktivität',
  },
  screens: {
    loading: 'Kommunikationskanäle und ihre Konnektoren werden geladen…',
    loadErrorTitle: 'Die Kommunikationskanäle konnten nicht geladen werden',
    tryAgain: 'Erneut versuchen',
    refreshError:
      'Die Tabelle konnte nicht aktualisiert werden und zeigt den zuvor gelesenen Stand. {{message}}',
    refreshAgain: 'Erneut aktualisieren',
    noLinesTitle: 'Noch keine Kommunikationskanäle',
    noLinesText:
      'Sie haben keinen Kommunikationskanal, dessen Kommunikation konfiguriert werden kann. Erstellen Sie einen im Kontakt-Center (Kommunikationskanäle → Erstellen) und kommen Sie dann hierher zurück, um seine Kanäle zu verbinden.',
    openContactCenter: 'Kontakt-Center öffnen',
    readOnly:
      'Sie sehen die Kommunikationskanäle, können ihre Konnektoren aber nicht schalten: Ihrem Konto fehlt die Berechtigung „Kommunikationskanäle verbinden“. Bitten Sie Ihren Portaladministrator, sie zu erteilen.',
  },
  bulk: {
    region: 'Sammeländerung',
    selectLine: 'Alle Konnektoren von {{line}} auswählen',
    selectConnector: '{{connector}} in allen angezeigten Kommunikationskanälen auswählen',
    hint: 'Strg+Klick oder Umschalt+Klick wählt Zellen, Umschalt+Pfeile einen Bereich, Umschalt+Leertaste einen ganzen Kanal, Strg+Leertaste einen ganzen Konnektor.',
    selected_one: '{{n}} Verbindung ausgewählt',
    selected_other: '{{n}} Verbindungen ausgewählt',
    turnOn: 'Einschalten',
    turnOff: 'Ausschalten',
    clear: 'Auswahl aufheben',
    progressLabel: 'Fortschritt der Sammeländerung',
    progress: '{{done}} von {{total}} Kommunikationskanälen',
    cancel: 'Abbrechen',
    cancelling: 'Wird abgebrochen: Gesendetes bleibt gesendet…',
    finishedOn: 'Sammeländerung fertig: {{done}} von {{total}} eingeschaltet.',
    finishedOff: 'Sammeländerung fertig: {{done}} von {{total}} ausgeschaltet.',
    cancelledOn:
      'Sammeländerung abgebrochen: {{done}} von {{total}} eingeschaltet, {{notSent}} nicht gesendet.',
    cancelledOff:
      'Sammeländerung abgebrochen: {{done}} von {{total}} ausgeschaltet, {{notSent}} nicht gesendet.',
    skipped: 'Bereits wie gewünscht, übersprungen: {{n}}.',
    failed: 'Fehlgeschlagen: {{n}}.',
    failedListLabel: 'Fehlgeschlagene Verbindungen',
    retryFailed: 'Fehlgeschlagene wiederholen',
    dismiss: 'Zusammenfassung schließen',
    connections_one: '{{n}} Verbindung',
    connections_other: '{{n}} Verbindungen',
    confirmTitle: '{{connections}} ausschalten?',
    confirmText_one:
      'Bitrix24 löscht beim Ausschalten die Einstellungen des Konnektors im Kommunikationskanal: {{n}} Kommunikationskanal verliert Einstellungen. Erneutes Einschalten stellt sie nicht wieder her.',
    confirmText_other:
      'Bitrix24 löscht beim Ausschalten die Einstellungen des Konnektors im Kommunikationskanal: {{n}} Kommunikationskanäle verlieren Einstellungen. Erneutes Einschalten stellt sie nicht wieder her.',
    confirmSkipped: 'Bereits aus und übersprungen: {{n}}.',
    confirm: 'Ausschalten und Einstellungen löschen',
    keep: 'Eingeschaltet lassen',
  },
  pause: {
    resumesAt:
      'Das Portal hat diese Anfragen angehalten, weil frühere zu lange gedauert haben. Sie werden um {{time}} fortgesetzt.',
  },
  errors: {
    QUERY_LIMIT_EXCEEDED:
      'Das Portal erhält gerade zu viele Anfragen. Versuchen Sie es in einigen Sekunden erneut.',
    OVERLOAD_LIMIT:
      'Das Portal ist überlastet und hat Anfragen angehalten. Versuchen Sie es in einer Minute erneut.',
    OPERATION_TIME_LIMIT:
      'Das Portal hat diese Änderungen eine Weile angehalten (bis zu 10 Minuten), weil frühere Anfragen zu lange gedauert haben. Versuchen Sie es in etwa 10 Minuten erneut.',
    EXPIRED_TOKEN:
      'Ihre Sitzung mit dem Portal ist abgelaufen. Laden Sie die App neu, um sich erneut anzumelden.',
    INVALID_TOKEN:
      'Das Portal hat diese Sitzung nicht akzeptiert. Laden Sie die App neu, um sich erneut anzumelden.',
    NO_AUTH_FOUND:
      'Das Portal hat keine gültige Anmeldung erhalten. Öffnen Sie die App erneut aus dem Portal.',
    JSSDK_FRAME_REFRESH_AUTH_TIMEOUT:
      'Das Portal hat Ihre Sitzung nicht rechtzeitig erneuert. Laden Sie die App neu, um sich erneut anzumelden.',
    WRONG_AUTH_TYPE:
      'Das Portal erlaubt diese Änderung nur aus einer installierten Anwendung. Öffnen Sie die App über das Menü „Anwendungen“ des Portals.',
    ACCESS_DENIED:
      'Sie haben nicht das Recht, Kommunikationskanäle zu verbinden. Bitten Sie Ihren Portaladministrator, es Ihnen zu erteilen.',
    INSUFFICIENT_SCOPE:
      'Die App wurde ohne Zugriff auf Kommunikationskanäle installiert. Bitten Sie Ihren Portaladministrator, sie mit den Berechtigungen „imopenlines“ und „imconnector“ neu zu installieren.',
    USER_ACCESS_ERROR:
      'Sie haben keinen Zugriff auf diese Anwendung. Wenden Sie sich an Ihren Portaladministrator.',
    PORTAL_DELETED: 'Dieses Portal wurde geschlossen.',
    ERROR_ARGUMENT:
      'Das Portal hat die Anfrage als unvollständig abgelehnt. Bitte melden Sie dies dem Support.',
    INVALID_FORMAT:
      'Das Portal hat das Format der Anfrage abgelehnt. Bitte melden Sie dies dem Support.',
    ERROR_METHOD_NOT_FOUND:
      'Dieses Portal unterstützt keine Konnektoren für Kommunikationskanäle über Apps. Prüfen Sie, ob das Modul „Kommunikationskanäle“ aktiviert ist.',
    ERROR_BATCH_LENGTH_EXCEEDED:
      'Die App hat zu viele Änderungen auf einmal gesendet. Bitte melden Sie dies dem Support.',
    ERROR_BATCH_METHOD_NOT_ALLOWED:
      'Das Portal hat einen Teil einer kombinierten Anfrage abgelehnt. Bitte melden Sie dies dem Support.',
    INVALID_REQUEST: 'Das Portal verlangt eine sichere (HTTPS-)Verbindung.',
    INTERNAL_SERVER_ERROR:
      'Im Portal ist ein interner Fehler aufgetreten, die Änderung wurde nicht vorgenommen. Versuchen Sie es erneut.',
    ERROR_UNEXPECTED_ANSWER: 'Das Portal hat unerwartet geantwortet. Versuchen Sie es erneut.',
    REQUEST_TIMEOUT:
      'Das Portal hat zu lange nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    NETWORK_ERROR:
      'Das Portal ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    MALFORMED_RESPONSE:
      'Das Portal hat eine Antwort gesendet, die die App nicht lesen konnte. Versuchen Sie es erneut.',
    fallbackServer:
      'Im Portal ist ein Problem aufgetreten, die Änderung wurde nicht vorgenommen. Versuchen Sie es erneut.',
    fallbackClient: 'Das Portal hat die Anfrage abgelehnt. Bitte melden Sie dies dem Support.',
  },
}
