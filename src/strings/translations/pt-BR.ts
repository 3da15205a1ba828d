import type { ShippedTranslation } from '../languages.js';

/**
 * Portuguese (Brazil), also shown for other Portuguese: "você".
 */
export default {
  lang: 'pt-br',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Fale com a gente',
    'launcher.live': 'Em chamada',
    minimize: 'Minimizar',
    close: 'Fechar',
    'close.title': 'Encerrar a conversa?',
    'close.end': 'Encerrar',
    'close.keep': 'Continuar conversando',
    'call.connecting': 'Conectando…',
    'call.controls': 'Controles da chamada',
    'call.microphone': 'Microfone',
    'call.camera': 'Câmera',
    'call.speaker': 'Alto-falante',
    'call.devices': 'Dispositivos',
    'call.captions': 'Legendas',
    'call.leave': 'Sair',
    'call.self': 'Sua câmera',
    'call.you': 'Você',
    'call.replica': 'IA',
    'call.network': 'Sua conexão está fraca. O vídeo pode travar ou atrasar.',
    'call.sound': 'Toque para ativar o som',
    region: 'Conversa por vídeo',
    'start.label': 'Iniciar conversa por vídeo',
    'start.media': 'Usa sua câmera e seu microfone',
    'retry.now': 'Tentar novamente',
    recheck: 'Verificar novamente',
    'call.title': 'Chamada de vídeo',

    'title.unavailable': 'Indisponível no momento',
    'title.setup': 'Esta conversa não pode começar aqui',
    'title.failed': 'Algo deu errado',

    'error.invalid-config':
      'Este site ainda não terminou de configurar a conversa por vídeo. Tente novamente mais tarde.',
    'error.forbidden': 'Não é possível iniciar conversas a partir desta página.',
    'error.not-found': 'Esta conversa não está disponível.',
    'error.network': 'Não conseguimos acessar o serviço de conversa. Verifique sua conexão e tente novamente.',
    'error.origin-not-allowed':
      'Ainda não é possível iniciar conversas a partir deste site. Tente novamente mais tarde.',
    'error.unavailable': 'As conversas não estão disponíveis no momento. Tente novamente mais tarde.',
    'error.unavailable.daily_limit': 'As conversas de hoje acabaram. Volte amanhã.',
    'error.unavailable.total_limit': 'Não há mais conversas disponíveis aqui.',
    'error.unavailable.busy': 'Todas as conversas estão em uso agora. Tente novamente em alguns minutos.',

    'start.again': 'Iniciar uma nova conversa',
    cancel: 'Cancelar',
    dismiss: 'Fechar',
    'retry.wait': 'Você poderá tentar novamente em {seconds} segundos.',
    'retry.wait.one': 'Você poderá tentar novamente em {seconds} segundo.',
    'retry.ready': 'Você já pode tentar novamente.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Digite a senha',
    'password.prompt': 'Esta conversa é protegida por senha.',
    'password.label': 'Senha',
    'password.submit': 'Continuar',
    'password.incorrect': 'Senha incorreta. Tente novamente.',

    'status.awaiting-password': 'É preciso uma senha para iniciar esta conversa.',
    'status.awaiting-captcha': 'Verificando se você é humano…',
    'status.starting': 'Iniciando sua conversa…',
    'status.joining': 'Conectando à chamada de vídeo…',
    'status.connected': 'Você está na conversa.',
    'status.ending': 'Encerrando a conversa…',
    'status.ended': 'A conversa foi encerrada.',

    'ended.title': 'Conversa encerrada',
    'ended.text': 'Obrigado por conversar com a gente.',

    'error.bad-request': 'Não foi possível iniciar a conversa. Tente novamente mais tarde.',
    'error.password-required': 'Esta conversa é protegida por senha.',
    'error.password-incorrect': 'Senha incorreta. Tente novamente.',
    'error.limit-reached': 'Não há mais conversas disponíveis hoje. Volte amanhã.',
    'error.busy': 'O serviço de conversa está ocupado. Tente novamente daqui a pouco.',
    'error.rate-limited': 'Muitas conversas foram iniciadas agora há pouco. Aguarde um momento.',
    'error.server-error': 'O serviço de conversa teve um problema. Tente novamente.',
    'error.timeout': 'O serviço de conversa demorou demais para responder. Tente novamente.',
    'error.invalid-response': 'O serviço de conversa enviou uma resposta que não conseguimos usar. Tente novamente.',
    'error.call-failed': 'A chamada de vídeo não pôde continuar. Tente novamente.',
    'error.join-timeout':
      'Não foi possível conectar à chamada de vídeo. Talvez um firewall ou um bloqueador de conteúdo esteja impedindo. Tente novamente.',
    'error.media-blocked':
      'Sua câmera ou seu microfone está bloqueado. Permita o acesso na barra de endereço do navegador para que a conversa possa ouvir você.',
    'error.permission-denied': 'O acesso à câmera e ao microfone foi negado. Permita para conversar cara a cara.',
    'error.permission-blocked': 'As configurações do navegador ou do dispositivo bloqueiam a câmera e o microfone.',
    'error.device-not-found': 'Nenhuma câmera ou microfone foi encontrado. Conecte um e tente de novo.',
    'error.device-in-use': 'Outro app está usando sua câmera ou microfone. Feche-o e tente de novo.',
    'error.iframe-not-allowed': 'Esta página não pode usar sua câmera nem seu microfone. Abra a conversa em uma página própria.',
    'error.call-in-progress': 'Já existe outra conversa em andamento nesta página. Encerre-a e tente novamente.',
    'error.unsupported-deployment-security': 'Esta conversa não pode ser iniciada a partir desta página.',
    'error.captcha-unavailable':
      'Não foi possível carregar a verificação de segurança. Talvez um bloqueador de anúncios ou de scripts esteja impedindo. Tente novamente.',
    'error.captcha-unavailable.no-site-key':
      'A verificação de segurança ainda não foi configurada neste site. Tente novamente mais tarde.',
    'error.captcha-domain-not-allowed':
      'A verificação de segurança ainda não foi configurada neste site. Tente novamente mais tarde.',
    'error.captcha-invalid-key':
      'A verificação de segurança ainda não foi configurada neste site. Tente novamente mais tarde.',
    'error.captcha-unsupported-browser':
      'Este navegador não é compatível com a verificação de segurança. Use outro navegador.',
    'error.captcha-failed': 'Não conseguimos confirmar que você é humano. Tente novamente.',
  },
} satisfies ShippedTranslation;
