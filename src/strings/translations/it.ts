import type { ShippedTranslation } from '../languages.js';

/**
 * Italian: informal "tu", as most Italian interfaces use.
 */
export default {
  lang: 'it',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Parla con noi',
    'launcher.live': 'In chiamata',
    minimize: 'Riduci',
    close: 'Chiudi',
    'close.title': 'Terminare la conversazione?',
    'close.end': 'Termina',
    'close.keep': 'Continua a parlare',
    'call.connecting': 'Connessione in corso…',
    'call.controls': 'Controlli della chiamata',
    'call.microphone': 'Microfono',
    'call.camera': 'Fotocamera',
    'call.speaker': 'Altoparlante',
    'call.devices': 'Dispositivi',
    'call.captions': 'Sottotitoli',
    'call.leave': 'Esci',
    'call.self': 'La tua fotocamera',
    'call.you': 'Tu',
    'call.replica': 'IA',
    'call.network': 'La tua connessione è debole. Il video potrebbe bloccarsi o andare a scatti.',
    'call.sound': 'Tocca per attivare l’audio',
    region: 'Conversazione video',
    'start.label': 'Avvia la conversazione video',
    'start.media': 'Usa la fotocamera e il microfono',
    'retry.now': 'Riprova',
    recheck: 'Controlla di nuovo',
    'call.title': 'Videochiamata',

    'title.unavailable': 'Non disponibile al momento',
    'title.setup': 'Questa conversazione non può iniziare qui',
    'title.failed': 'Si è verificato un problema',

    'error.invalid-config':
      'Questo sito non ha ancora completato la configurazione della conversazione video. Riprova più tardi.',
    'error.forbidden': 'Non è possibile avviare conversazioni da questa pagina.',
    'error.not-found': 'Questa conversazione non è disponibile.',
    'error.network': 'Impossibile raggiungere il servizio di conversazione. Controlla la connessione e riprova.',
    'error.origin-not-allowed': 'Non è ancora possibile avviare conversazioni da questo sito. Riprova più tardi.',
    'error.unavailable': 'Le conversazioni non sono disponibili al momento. Riprova più tardi.',
    'error.unavailable.daily_limit': 'Le conversazioni di oggi sono esaurite. Torna domani.',
    'error.unavailable.total_limit': 'Qui non ci sono più conversazioni disponibili.',
    'error.unavailable.busy': 'Tutte le conversazioni sono occupate in questo momento. Riprova tra qualche minuto.',

    'start.again': 'Avvia una nuova conversazione',
    cancel: 'Annulla',
    dismiss: 'Chiudi',
    'retry.wait': 'Potrai riprovare tra {seconds} secondi.',
    'retry.wait.one': 'Potrai riprovare tra {seconds} secondo.',
    'retry.ready': 'Ora puoi riprovare.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Inserisci la password',
    'password.prompt': 'Questa conversazione è protetta da password.',
    'password.label': 'Password',
    'password.submit': 'Continua',
    'password.incorrect': 'Password errata. Riprova.',

    'status.awaiting-password': 'Serve una password per avviare questa conversazione.',
    'status.awaiting-captcha': 'Verifichiamo che tu sia una persona…',
    'status.starting': 'Avvio della conversazione…',
    'status.joining': 'Connessione alla videochiamata…',
    'status.connected': 'Sei nella conversazione.',
    'status.ending': 'Chiusura della conversazione…',
    'status.ended': 'La conversazione è terminata.',

    'ended.title': 'Conversazione terminata',
    'ended.text': 'Grazie per aver parlato con noi.',

    'error.bad-request': 'Non è stato possibile avviare la conversazione. Riprova più tardi.',
    'error.password-required': 'Questa conversazione è protetta da password.',
    'error.password-incorrect': 'Password errata. Riprova.',
    'error.limit-reached': 'Per oggi non ci sono più conversazioni disponibili. Torna domani.',
    'error.busy': 'Il servizio di conversazione è occupato. Riprova tra poco.',
    'error.rate-limited': 'Sono state avviate troppe conversazioni in poco tempo. Attendi un momento.',
    'error.server-error': 'Il servizio di conversazione ha avuto un problema. Riprova.',
    'error.timeout': 'Il servizio di conversazione ha impiegato troppo tempo a rispondere. Riprova.',
    'error.invalid-response': 'Il servizio di conversazione ha inviato una risposta non utilizzabile. Riprova.',
    'error.call-failed': 'La videochiamata non è potuta proseguire. Riprova.',
    'error.join-timeout':
      'Impossibile raggiungere la videochiamata. Potrebbe bloccarla un firewall o un blocco dei contenuti. Riprova.',
    'error.media-blocked':
      'La fotocamera o il microfono sono bloccati. Consenti l’accesso dalla barra degli indirizzi del browser, così la conversazione potrà sentirti.',
    'error.permission-denied': 'L’accesso a fotocamera e microfono è stato negato. Consentilo per parlare faccia a faccia.',
    'error.permission-blocked': 'Le impostazioni del browser o del dispositivo bloccano fotocamera e microfono.',
    'error.device-not-found': 'Nessuna fotocamera o microfono trovato. Collegane uno e riprova.',
    'error.device-in-use': 'Un’altra app sta usando la fotocamera o il microfono. Chiudila e riprova.',
    'error.iframe-not-allowed': 'Questa pagina non può usare la fotocamera o il microfono. Apri la conversazione in una pagina a sé.',
    'error.call-in-progress': 'In questa pagina è già in corso un’altra conversazione. Terminala, poi riprova.',
    'error.unsupported-deployment-security': 'Questa conversazione non può essere avviata da questa pagina.',
    'error.captcha-unavailable':
      'Impossibile caricare la verifica di sicurezza. Potrebbe bloccarla un ad blocker o un blocco degli script. Riprova.',
    'error.captcha-unavailable.no-site-key':
      'La verifica di sicurezza non è ancora configurata su questo sito. Riprova più tardi.',
    'error.captcha-domain-not-allowed':
      'La verifica di sicurezza non è ancora configurata su questo sito. Riprova più tardi.',
    'error.captcha-invalid-key': 'La verifica di sicurezza non è ancora configurata su questo sito. Riprova più tardi.',
    'error.captcha-unsupported-browser':
      'Questo browser non supporta la verifica di sicurezza. Prova con un altro browser.',
    'error.captcha-failed': 'Non è stato possibile verificare che tu sia una persona. Riprova.',
  },
} satisfies ShippedTranslation;
