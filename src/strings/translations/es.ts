import type { ShippedTranslation } from '../languages.js';

/**
 * Spanish, for every Spanish-speaking region: Latin American spelling ("video"), informal "tú" as most Spanish
 * interfaces use.
 */
export default {
  lang: 'es',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Hable con nosotros',
    'launcher.live': 'En llamada',
    minimize: 'Minimizar',
    close: 'Cerrar',
    'close.title': '¿Terminar la conversación?',
    'close.end': 'Terminar',
    'close.keep': 'Seguir hablando',
    'call.connecting': 'Conectando…',
    'call.controls': 'Controles de la llamada',
    'call.microphone': 'Micrófono',
    'call.camera': 'Cámara',
    'call.speaker': 'Altavoz',
    'call.devices': 'Dispositivos',
    'call.captions': 'Subtítulos',
    'call.leave': 'Salir',
    'call.self': 'Tu cámara',
    'call.you': 'Tú',
    'call.replica': 'IA',
    'call.network': 'Tu conexión es débil. El video puede congelarse o ir con retraso.',
    'call.sound': 'Toca para activar el sonido',
    region: 'Conversación por video',
    'start.label': 'Iniciar conversación por video',
    'start.media': 'Usa tu cámara y tu micrófono',
    'retry.now': 'Reintentar',
    recheck: 'Comprobar de nuevo',
    'call.title': 'Videollamada',

    'title.unavailable': 'No disponible en este momento',
    'title.setup': 'Esta conversación no puede iniciarse aquí',
    'title.failed': 'Algo salió mal',

    'error.invalid-config':
      'Este sitio web aún no terminó de configurar su conversación por video. Inténtalo de nuevo más tarde.',
    'error.forbidden': 'No se pueden iniciar conversaciones desde esta página.',
    'error.not-found': 'Esta conversación no está disponible.',
    'error.network': 'No pudimos conectar con el servicio de conversación. Revisa tu conexión e inténtalo de nuevo.',
    'error.origin-not-allowed':
      'Todavía no se pueden iniciar conversaciones desde este sitio web. Inténtalo de nuevo más tarde.',
    'error.unavailable': 'Las conversaciones no están disponibles en este momento. Inténtalo de nuevo más tarde.',
    'error.unavailable.daily_limit': 'Ya no quedan conversaciones por hoy. Vuelve mañana.',
    'error.unavailable.total_limit': 'Ya no hay más conversaciones disponibles aquí.',
    'error.unavailable.busy': 'Todas las conversaciones están en uso ahora mismo. Inténtalo de nuevo en unos minutos.',

    'start.again': 'Iniciar una nueva conversación',
    cancel: 'Cancelar',
    dismiss: 'Cerrar',
    'retry.wait': 'Podrás volver a intentarlo en {seconds} segundos.',
    'retry.wait.one': 'Podrás volver a intentarlo en {seconds} segundo.',
    'retry.ready': 'Ya puedes volver a intentarlo.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Escribe la contraseña',
    'password.prompt': 'Esta conversación está protegida con contraseña.',
    'password.label': 'Contraseña',
    'password.submit': 'Continuar',
    'password.incorrect': 'La contraseña no es correcta. Inténtalo de nuevo.',

    'status.awaiting-password': 'Se necesita una contraseña para iniciar esta conversación.',
    'status.awaiting-captcha': 'Comprobando que eres una persona…',
    'status.starting': 'Iniciando tu conversación…',
    'status.joining': 'Conectando con la videollamada…',
    'status.connected': 'Estás en la conversación.',
    'status.ending': 'Finalizando la conversación…',
    'status.ended': 'La conversación terminó.',

    'ended.title': 'Conversación finalizada',
    'ended.text': 'Gracias por hablar con nosotros.',

    'error.bad-request': 'No se pudo iniciar la conversación. Inténtalo de nuevo más tarde.',
    'error.password-required': 'Esta conversación está protegida con contraseña.',
    'error.password-incorrect': 'La contraseña no es correcta. Inténtalo de nuevo.',
    'error.limit-reached': 'No quedan más conversaciones disponibles por hoy. Vuelve mañana.',
    'error.busy': 'El servicio de conversación está ocupado. Inténtalo de nuevo en breve.',
    'error.rate-limited': 'Se iniciaron demasiadas conversaciones hace un momento. Espera un poco.',
    'error.server-error': 'El servicio de conversación tuvo un problema. Inténtalo de nuevo.',
    'error.timeout': 'El servicio de conversación tardó demasiado en responder. Inténtalo de nuevo.',
    'error.invalid-response':
      'El servicio de conversación envió una respuesta que no pudimos usar. Inténtalo de nuevo.',
    'error.call-failed': 'La videollamada no pudo continuar. Inténtalo de nuevo.',
    'error.join-timeout':
      'No se pudo conectar con la videollamada. Puede que un firewall o un bloqueador de contenido lo impida. Inténtalo de nuevo.',
    'error.media-blocked':
      'Tu cámara o tu micrófono están bloqueados. Permite el acceso en la barra de direcciones del navegador para que la conversación pueda oírte.',
    'error.permission-denied': 'Se desactivó el acceso a la cámara y al micrófono. Permítelo para hablar cara a cara.',
    'error.permission-blocked': 'La configuración de tu navegador o dispositivo bloquea la cámara y el micrófono.',
    'error.device-not-found': 'No se encontró ninguna cámara ni micrófono. Conecta uno y vuelve a intentarlo.',
    'error.device-in-use': 'Otra aplicación está usando tu cámara o micrófono. Ciérrala y vuelve a intentarlo.',
    'error.iframe-not-allowed': 'Esta página no puede usar tu cámara ni tu micrófono. Abre la conversación en su propia página.',
    'error.call-in-progress': 'Ya hay otra conversación en curso en esta página. Finalízala y vuelve a intentarlo.',
    'error.unsupported-deployment-security': 'Esta conversación no se puede iniciar desde esta página.',
    'error.captcha-unavailable':
      'No se pudo cargar la verificación de seguridad. Puede que un bloqueador de anuncios o de scripts la esté bloqueando. Inténtalo de nuevo.',
    'error.captcha-unavailable.no-site-key':
      'La verificación de seguridad aún no está configurada en este sitio web. Inténtalo de nuevo más tarde.',
    'error.captcha-domain-not-allowed':
      'La verificación de seguridad aún no está configurada en este sitio web. Inténtalo de nuevo más tarde.',
    'error.captcha-invalid-key':
      'La verificación de seguridad aún no está configurada en este sitio web. Inténtalo de nuevo más tarde.',
    'error.captcha-unsupported-browser':
      'Este navegador no puede ejecutar la verificación de seguridad. Prueba con otro navegador.',
    'error.captcha-failed': 'No pudimos confirmar que eres una persona. Inténtalo de nuevo.',
  },
} satisfies ShippedTranslation;
