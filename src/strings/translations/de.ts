import type { ShippedTranslation } from '../languages.js';

/**
 * German: formal "Sie", a space before the ellipsis as Duden sets it.
 */
export default {
  lang: 'de',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Sprechen Sie mit uns',
    'launcher.live': 'Im Gespräch',
    minimize: 'Minimieren',
    close: 'Schließen',
    'close.title': 'Gespräch beenden?',
    'close.end': 'Beenden',
    'close.keep': 'Weiter sprechen',
    'call.connecting': 'Verbindung wird hergestellt …',
    'call.controls': 'Anrufsteuerung',
    'call.microphone': 'Mikrofon',
    'call.camera': 'Kamera',
    'call.speaker': 'Lautsprecher',
    'call.devices': 'Geräte',
    'call.captions': 'Untertitel',
    'call.leave': 'Verlassen',
    'call.self': 'Ihre Kamera',
    'call.you': 'Sie',
    'call.replica': 'KI',
    'call.network': 'Ihre Verbindung ist schwach. Das Video kann stocken oder hängen.',
    'call.sound': 'Tippen, um den Ton einzuschalten',
    region: 'Videogespräch',
    'start.label': 'Videogespräch starten',
    'start.media': 'Nutzt Ihre Kamera und Ihr Mikrofon',
    'retry.now': 'Erneut versuchen',
    recheck: 'Erneut prüfen',
    'call.title': 'Videoanruf',

    'title.unavailable': 'Derzeit nicht verfügbar',
    'title.setup': 'Dieses Gespräch kann hier nicht gestartet werden',
    'title.failed': 'Etwas ist schiefgelaufen',

    'error.invalid-config':
      'Diese Website hat ihr Videogespräch noch nicht fertig eingerichtet. Bitte versuchen Sie es später erneut.',
    'error.forbidden': 'Von dieser Seite aus können keine Gespräche gestartet werden.',
    'error.not-found': 'Dieses Gespräch ist nicht verfügbar.',
    'error.network':
      'Der Gesprächsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    'error.origin-not-allowed':
      'Von dieser Website aus können noch keine Gespräche gestartet werden. Bitte versuchen Sie es später erneut.',
    'error.unavailable': 'Gespräche sind derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.',
    'error.unavailable.daily_limit': 'Die Gespräche für heute sind aufgebraucht. Bitte kommen Sie morgen wieder.',
    'error.unavailable.total_limit': 'Hier sind keine weiteren Gespräche verfügbar.',
    'error.unavailable.busy': 'Alle Gespräche sind gerade belegt. Bitte versuchen Sie es in ein paar Minuten erneut.',

    'start.again': 'Neues Gespräch starten',
    cancel: 'Abbrechen',
    dismiss: 'Schließen',
    'retry.wait': 'Sie können es in {seconds} Sekunden erneut versuchen.',
    'retry.wait.one': 'Sie können es in {seconds} Sekunde erneut versuchen.',
    'retry.ready': 'Sie können es jetzt erneut versuchen.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Passwort eingeben',
    'password.prompt': 'Dieses Gespräch ist durch ein Passwort geschützt.',
    'password.label': 'Passwort',
    'password.submit': 'Weiter',
    'password.incorrect': 'Das Passwort ist falsch. Bitte versuchen Sie es erneut.',

    'status.awaiting-password': 'Zum Starten dieses Gesprächs ist ein Passwort nötig.',
    'status.awaiting-captcha': 'Wir prüfen, ob Sie ein Mensch sind …',
    'status.starting': 'Ihr Gespräch wird gestartet …',
    'status.joining': 'Verbindung zum Videoanruf wird hergestellt …',
    'status.connected': 'Sie sind im Gespräch.',
    'status.ending': 'Gespräch wird beendet …',
    'status.ended': 'Das Gespräch ist beendet.',

    'ended.title': 'Gespräch beendet',
    'ended.text': 'Danke für das Gespräch.',

    'error.bad-request': 'Das Gespräch konnte nicht gestartet werden. Bitte versuchen Sie es später erneut.',
    'error.password-required': 'Dieses Gespräch ist durch ein Passwort geschützt.',
    'error.password-incorrect': 'Das Passwort ist falsch. Bitte versuchen Sie es erneut.',
    'error.limit-reached': 'Heute sind keine Gespräche mehr verfügbar. Bitte kommen Sie morgen wieder.',
    'error.busy': 'Der Gesprächsdienst ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.',
    'error.rate-limited': 'Gerade wurden zu viele Gespräche gestartet. Bitte warten Sie einen Moment.',
    'error.server-error': 'Beim Gesprächsdienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
    'error.timeout': 'Der Gesprächsdienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
    'error.invalid-response':
      'Der Gesprächsdienst hat eine unbrauchbare Antwort gesendet. Bitte versuchen Sie es erneut.',
    'error.call-failed': 'Der Videoanruf konnte nicht fortgesetzt werden. Bitte versuchen Sie es erneut.',
    'error.join-timeout':
      'Der Videoanruf ist nicht erreichbar. Möglicherweise blockiert eine Firewall oder ein Inhaltsblocker die Verbindung. Bitte versuchen Sie es erneut.',
    'error.media-blocked':
      'Ihre Kamera oder Ihr Mikrofon ist blockiert. Erlauben Sie den Zugriff in der Adressleiste Ihres Browsers, damit das Gespräch Sie hören kann.',
    'error.permission-denied': 'Der Zugriff auf Kamera und Mikrofon wurde abgelehnt. Erlauben Sie ihn, um von Angesicht zu Angesicht zu sprechen.',
    'error.permission-blocked': 'Die Einstellungen Ihres Browsers oder Geräts blockieren Kamera und Mikrofon.',
    'error.device-not-found': 'Keine Kamera und kein Mikrofon gefunden. Schließen Sie eines an und versuchen Sie es erneut.',
    'error.device-in-use': 'Eine andere App verwendet Ihre Kamera oder Ihr Mikrofon. Schließen Sie sie und versuchen Sie es erneut.',
    'error.iframe-not-allowed': 'Diese Seite kann Ihre Kamera und Ihr Mikrofon nicht verwenden. Öffnen Sie die Unterhaltung auf einer eigenen Seite.',
    'error.call-in-progress':
      'Auf dieser Seite läuft bereits ein anderes Gespräch. Beenden Sie es und versuchen Sie es dann erneut.',
    'error.unsupported-deployment-security': 'Dieses Gespräch kann von dieser Seite aus nicht gestartet werden.',
    'error.captcha-unavailable':
      'Die Sicherheitsprüfung konnte nicht geladen werden. Möglicherweise blockiert ein Werbe- oder Skriptblocker sie. Bitte versuchen Sie es erneut.',
    'error.captcha-unavailable.no-site-key':
      'Die Sicherheitsprüfung ist auf dieser Website noch nicht eingerichtet. Bitte versuchen Sie es später erneut.',
    'error.captcha-domain-not-allowed':
      'Die Sicherheitsprüfung ist auf dieser Website noch nicht eingerichtet. Bitte versuchen Sie es später erneut.',
    'error.captcha-invalid-key':
      'Die Sicherheitsprüfung ist auf dieser Website noch nicht eingerichtet. Bitte versuchen Sie es später erneut.',
    'error.captcha-unsupported-browser':
      'Dieser Browser unterstützt die Sicherheitsprüfung nicht. Bitte verwenden Sie einen anderen Browser.',
    'error.captcha-failed': 'Wir konnten nicht bestätigen, dass Sie ein Mensch sind. Bitte versuchen Sie es erneut.',
  },
} satisfies ShippedTranslation;
