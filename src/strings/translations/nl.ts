import type { ShippedTranslation } from '../languages.js';

/**
 * Dutch: informal "je", as most Dutch interfaces use.
 */
export default {
  lang: 'nl',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Praat met ons',
    'launcher.live': 'In gesprek',
    minimize: 'Minimaliseren',
    close: 'Sluiten',
    'close.title': 'Gesprek beëindigen?',
    'close.end': 'Beëindigen',
    'close.keep': 'Verder praten',
    'call.connecting': 'Verbinden…',
    'call.controls': 'Gespreksknoppen',
    'call.microphone': 'Microfoon',
    'call.camera': 'Camera',
    'call.speaker': 'Luidspreker',
    'call.devices': 'Apparaten',
    'call.captions': 'Ondertiteling',
    'call.leave': 'Verlaten',
    'call.self': 'Je camera',
    'call.you': 'Jij',
    'call.replica': 'AI',
    'call.network': 'Je verbinding is zwak. Het beeld kan haperen of vertraagd zijn.',
    'call.sound': 'Tik om het geluid aan te zetten',
    region: 'Videogesprek',
    'start.label': 'Videogesprek starten',
    'start.media': 'Gebruikt je camera en microfoon',
    'retry.now': 'Opnieuw proberen',
    recheck: 'Opnieuw controleren',
    'call.title': 'Videoverbinding',

    'title.unavailable': 'Op dit moment niet beschikbaar',
    'title.setup': 'Dit gesprek kan hier niet starten',
    'title.failed': 'Er ging iets mis',

    'error.invalid-config':
      'Deze website heeft het videogesprek nog niet helemaal ingesteld. Probeer het later opnieuw.',
    'error.forbidden': 'Vanaf deze pagina kunnen geen gesprekken worden gestart.',
    'error.not-found': 'Dit gesprek is niet beschikbaar.',
    'error.network': 'We kunnen de gespreksdienst niet bereiken. Controleer je verbinding en probeer het opnieuw.',
    'error.origin-not-allowed':
      'Vanaf deze website kunnen nog geen gesprekken worden gestart. Probeer het later opnieuw.',
    'error.unavailable': 'Gesprekken zijn op dit moment niet beschikbaar. Probeer het later opnieuw.',
    'error.unavailable.daily_limit': 'De gesprekken voor vandaag zijn op. Kom morgen terug.',
    'error.unavailable.total_limit': 'Hier zijn geen gesprekken meer beschikbaar.',
    'error.unavailable.busy': 'Alle gesprekken zijn op dit moment bezet. Probeer het over een paar minuten opnieuw.',

    'start.again': 'Nieuw gesprek starten',
    cancel: 'Annuleren',
    dismiss: 'Sluiten',
    'retry.wait': 'Je kunt het over {seconds} seconden opnieuw proberen.',
    'retry.wait.one': 'Je kunt het over {seconds} seconde opnieuw proberen.',
    'retry.ready': 'Je kunt het nu opnieuw proberen.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Voer het wachtwoord in',
    'password.prompt': 'Dit gesprek is beveiligd met een wachtwoord.',
    'password.label': 'Wachtwoord',
    'password.submit': 'Doorgaan',
    'password.incorrect': 'Dat wachtwoord klopt niet. Probeer het opnieuw.',

    'status.awaiting-password': 'Je hebt een wachtwoord nodig om dit gesprek te starten.',
    'status.awaiting-captcha': 'We controleren of je een mens bent…',
    'status.starting': 'Je gesprek wordt gestart…',
    'status.joining': 'Verbinding maken met het videogesprek…',
    'status.connected': 'Je bent in het gesprek.',
    'status.ending': 'Gesprek wordt beëindigd…',
    'status.ended': 'Het gesprek is beëindigd.',

    'ended.title': 'Gesprek beëindigd',
    'ended.text': 'Bedankt voor het gesprek.',

    'error.bad-request': 'Het gesprek kon niet worden gestart. Probeer het later opnieuw.',
    'error.password-required': 'Dit gesprek is beveiligd met een wachtwoord.',
    'error.password-incorrect': 'Dat wachtwoord klopt niet. Probeer het opnieuw.',
    'error.limit-reached': 'Er zijn vandaag geen gesprekken meer beschikbaar. Kom morgen terug.',
    'error.busy': 'De gespreksdienst is bezet. Probeer het zo meteen opnieuw.',
    'error.rate-limited': 'Er zijn zojuist te veel gesprekken gestart. Wacht even.',
    'error.server-error': 'Er ging iets mis bij de gespreksdienst. Probeer het opnieuw.',
    'error.timeout': 'De gespreksdienst reageerde niet op tijd. Probeer het opnieuw.',
    'error.invalid-response':
      'De gespreksdienst stuurde een antwoord dat we niet konden gebruiken. Probeer het opnieuw.',
    'error.call-failed': 'Het videogesprek kon niet doorgaan. Probeer het opnieuw.',
    'error.join-timeout':
      'Het videogesprek is niet bereikbaar. Misschien zit een firewall of contentblocker in de weg. Probeer het opnieuw.',
    'error.media-blocked':
      'Je camera of microfoon is geblokkeerd. Geef toegang via de adresbalk van je browser, zodat het gesprek je kan horen.',
    'error.permission-denied': 'Toegang tot camera en microfoon is geweigerd. Sta die toe om face-to-face te praten.',
    'error.permission-blocked': 'De instellingen van je browser of apparaat blokkeren de camera en microfoon.',
    'error.device-not-found': 'Geen camera of microfoon gevonden. Sluit er een aan en probeer het opnieuw.',
    'error.device-in-use': 'Een andere app gebruikt je camera of microfoon. Sluit die app en probeer het opnieuw.',
    'error.iframe-not-allowed': 'Deze pagina kan je camera en microfoon niet gebruiken. Open het gesprek op een eigen pagina.',
    'error.call-in-progress':
      'Er loopt al een ander gesprek op deze pagina. Beëindig dat eerst en probeer het dan opnieuw.',
    'error.unsupported-deployment-security': 'Dit gesprek kan niet vanaf deze pagina worden gestart.',
    'error.captcha-unavailable':
      'De beveiligingscontrole kon niet worden geladen. Misschien blokkeert een advertentie- of scriptblocker die. Probeer het opnieuw.',
    'error.captcha-unavailable.no-site-key':
      'De beveiligingscontrole is nog niet ingesteld op deze website. Probeer het later opnieuw.',
    'error.captcha-domain-not-allowed':
      'De beveiligingscontrole is nog niet ingesteld op deze website. Probeer het later opnieuw.',
    'error.captcha-invalid-key':
      'De beveiligingscontrole is nog niet ingesteld op deze website. Probeer het later opnieuw.',
    'error.captcha-unsupported-browser':
      'Deze browser kan de beveiligingscontrole niet uitvoeren. Probeer een andere browser.',
    'error.captcha-failed': 'We konden niet bevestigen dat je een mens bent. Probeer het opnieuw.',
  },
} satisfies ShippedTranslation;
