import type { ShippedTranslation } from '../languages.js';

/**
 * French: formal "vous", French typography (a no-break space before the unit).
 */
export default {
  lang: 'fr',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Parlez-nous',
    'launcher.live': 'En appel',
    minimize: 'Réduire',
    close: 'Fermer',
    'close.title': 'Terminer la conversation\u00a0?',
    'close.end': 'Terminer',
    'close.keep': 'Continuer',
    'call.connecting': 'Connexion…',
    'call.controls': 'Commandes de l’appel',
    'call.microphone': 'Micro',
    'call.camera': 'Caméra',
    'call.speaker': 'Haut-parleur',
    'call.devices': 'Appareils',
    'call.captions': 'Sous-titres',
    'call.leave': 'Quitter',
    'call.self': 'Votre caméra',
    'call.you': 'Vous',
    'call.replica': 'IA',
    'call.network': 'Votre connexion est faible. La vidéo peut se figer ou prendre du retard.',
    'call.sound': 'Touchez pour activer le son',
    region: 'Conversation vidéo',
    'start.label': 'Démarrer la conversation vidéo',
    'start.media': 'Utilise votre caméra et votre micro',
    'retry.now': 'Réessayer',
    recheck: 'Vérifier à nouveau',
    'call.title': 'Appel vidéo',

    'title.unavailable': 'Indisponible pour le moment',
    'title.setup': 'Cette conversation ne peut pas démarrer ici',
    'title.failed': 'Un problème est survenu',

    'error.invalid-config':
      'Ce site n’a pas encore fini de configurer sa conversation vidéo. Veuillez réessayer plus tard.',
    'error.forbidden': 'Impossible de démarrer une conversation depuis cette page.',
    'error.not-found': 'Cette conversation n’est pas disponible.',
    'error.network': 'Impossible de joindre le service de conversation. Vérifiez votre connexion et réessayez.',
    'error.origin-not-allowed':
      'Les conversations ne peuvent pas encore être démarrées depuis ce site. Veuillez réessayer plus tard.',
    'error.unavailable': 'Les conversations ne sont pas disponibles pour le moment. Veuillez réessayer plus tard.',
    'error.unavailable.daily_limit': 'Toutes les conversations du jour ont été utilisées. Revenez demain.',
    'error.unavailable.total_limit': 'Il n’y a plus de conversation disponible ici.',
    'error.unavailable.busy': 'Toutes les conversations sont occupées pour le moment. Réessayez dans quelques minutes.',

    'start.again': 'Démarrer une nouvelle conversation',
    cancel: 'Annuler',
    dismiss: 'Fermer',
    'retry.wait': 'Vous pourrez réessayer dans {seconds} secondes.',
    'retry.wait.one': 'Vous pourrez réessayer dans {seconds} seconde.',
    'retry.ready': 'Vous pouvez réessayer maintenant.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Saisissez le mot de passe',
    'password.prompt': 'Cette conversation est protégée par un mot de passe.',
    'password.label': 'Mot de passe',
    'password.submit': 'Continuer',
    'password.incorrect': 'Mot de passe incorrect. Veuillez réessayer.',

    'status.awaiting-password': 'Un mot de passe est nécessaire pour démarrer cette conversation.',
    'status.awaiting-captcha': 'Vérification que vous n’êtes pas un robot…',
    'status.starting': 'Démarrage de votre conversation…',
    'status.joining': 'Connexion à l’appel vidéo…',
    'status.connected': 'Vous êtes dans la conversation.',
    'status.ending': 'Fin de la conversation…',
    'status.ended': 'La conversation est terminée.',

    'ended.title': 'Conversation terminée',
    'ended.text': 'Merci d’avoir échangé avec nous.',

    'error.bad-request': 'La conversation n’a pas pu démarrer. Veuillez réessayer plus tard.',
    'error.password-required': 'Cette conversation est protégée par un mot de passe.',
    'error.password-incorrect': 'Mot de passe incorrect. Veuillez réessayer.',
    'error.limit-reached': 'Plus aucune conversation n’est disponible aujourd’hui. Revenez demain.',
    'error.busy': 'Le service de conversation est saturé. Veuillez réessayer dans un instant.',
    'error.rate-limited': 'Trop de conversations viennent d’être démarrées. Patientez un instant.',
    'error.server-error': 'Le service de conversation a rencontré un problème. Veuillez réessayer.',
    'error.timeout': 'Le service de conversation a mis trop de temps à répondre. Veuillez réessayer.',
    'error.invalid-response': 'Le service de conversation a envoyé une réponse inutilisable. Veuillez réessayer.',
    'error.call-failed': 'L’appel vidéo n’a pas pu continuer. Veuillez réessayer.',
    'error.join-timeout':
      'Impossible de joindre l’appel vidéo. Un pare-feu ou un bloqueur de contenu l’en empêche peut-être. Veuillez réessayer.',
    'error.media-blocked':
      'Votre caméra ou votre micro est bloqué. Autorisez l’accès dans la barre d’adresse du navigateur pour que la conversation puisse vous entendre.',
    'error.permission-denied': 'L’accès à la caméra et au micro a été refusé. Autorisez-le pour parler face à face.',
    'error.permission-blocked': 'Les réglages de votre navigateur ou de votre appareil bloquent la caméra et le micro.',
    'error.device-not-found': 'Aucune caméra ni aucun micro n’a été trouvé. Branchez-en un et réessayez.',
    'error.device-in-use': 'Une autre application utilise votre caméra ou votre micro. Fermez-la et réessayez.',
    'error.iframe-not-allowed': 'Cette page ne peut pas utiliser votre caméra ni votre micro. Ouvrez la conversation dans sa propre page.',
    'error.call-in-progress': 'Une autre conversation est déjà en cours sur cette page. Terminez-la, puis réessayez.',
    'error.unsupported-deployment-security': 'Cette conversation ne peut pas être démarrée depuis cette page.',
    'error.captcha-unavailable':
      'La vérification anti-robot n’a pas pu se charger. Un bloqueur de publicités ou de scripts l’en empêche peut-être. Veuillez réessayer.',
    'error.captcha-unavailable.no-site-key':
      'La vérification anti-robot n’est pas encore configurée sur ce site. Veuillez réessayer plus tard.',
    'error.captcha-domain-not-allowed':
      'La vérification anti-robot n’est pas encore configurée sur ce site. Veuillez réessayer plus tard.',
    'error.captcha-invalid-key':
      'La vérification anti-robot n’est pas encore configurée sur ce site. Veuillez réessayer plus tard.',
    'error.captcha-unsupported-browser':
      'Ce navigateur ne peut pas effectuer la vérification anti-robot. Essayez avec un autre navigateur.',
    'error.captcha-failed': 'Nous n’avons pas pu confirmer que vous n’êtes pas un robot. Veuillez réessayer.',
  },
} satisfies ShippedTranslation;
