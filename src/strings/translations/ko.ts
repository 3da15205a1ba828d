import type { ShippedTranslation } from '../languages.js';

/**
 * Korean: polite (합니다, 해 주세요) forms.
 */
export default {
  lang: 'ko',
  dir: 'ltr',
  strings: {
    region: '영상 대화',
    'start.label': '영상 대화 시작',
    'start.media': '카메라와 마이크를 사용합니다',
    'retry.now': '다시 시도',
    recheck: '다시 확인',
    'call.title': '영상 통화',

    'title.unavailable': '지금은 이용할 수 없습니다',
    'title.setup': '여기서는 이 대화를 시작할 수 없습니다',
    'title.failed': '문제가 발생했습니다',

    'error.invalid-config': '이 웹사이트의 영상 대화 설정이 아직 완료되지 않았습니다. 나중에 다시 시도해 주세요.',
    'error.forbidden': '이 페이지에서는 대화를 시작할 수 없습니다.',
    'error.not-found': '이 대화는 이용할 수 없습니다.',
    'error.network': '대화 서비스에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.',
    'error.origin-not-allowed': '이 웹사이트에서는 아직 대화를 시작할 수 없습니다. 나중에 다시 시도해 주세요.',
    'error.unavailable': '지금은 대화를 이용할 수 없습니다. 나중에 다시 시도해 주세요.',
    'error.unavailable.daily_limit': '오늘 이용할 수 있는 대화가 모두 소진되었습니다. 내일 다시 방문해 주세요.',
    'error.unavailable.total_limit': '이곳에서 이용할 수 있는 대화가 더 이상 없습니다.',
    'error.unavailable.busy': '현재 모든 대화가 사용 중입니다. 몇 분 후에 다시 시도해 주세요.',

    'start.again': '새 대화 시작',
    cancel: '취소',
    dismiss: '닫기',
    'retry.wait': '{seconds}초 후에 다시 시도할 수 있습니다.',
    'retry.ready': '이제 다시 시도할 수 있습니다.',
    'retry.in': '{seconds}초',

    'password.title': '비밀번호 입력',
    'password.prompt': '이 대화는 비밀번호로 보호되어 있습니다.',
    'password.label': '비밀번호',
    'password.submit': '계속',
    'password.incorrect': '비밀번호가 올바르지 않습니다. 다시 시도해 주세요.',

    'status.awaiting-password': '이 대화를 시작하려면 비밀번호가 필요합니다.',
    'status.awaiting-captcha': '사람인지 확인하는 중…',
    'status.starting': '대화를 시작하는 중…',
    'status.joining': '영상 통화에 연결하는 중…',
    'status.connected': '대화에 참여 중입니다.',
    'status.ending': '대화를 종료하는 중…',
    'status.ended': '대화가 종료되었습니다.',

    'ended.title': '대화 종료',
    'ended.text': '대화해 주셔서 감사합니다.',

    'error.bad-request': '대화를 시작할 수 없습니다. 나중에 다시 시도해 주세요.',
    'error.password-required': '이 대화는 비밀번호로 보호되어 있습니다.',
    'error.password-incorrect': '비밀번호가 올바르지 않습니다. 다시 시도해 주세요.',
    'error.limit-reached': '오늘은 더 이상 이용할 수 있는 대화가 없습니다. 내일 다시 방문해 주세요.',
    'error.busy': '대화 서비스가 혼잡합니다. 잠시 후 다시 시도해 주세요.',
    'error.rate-limited': '방금 너무 많은 대화가 시작되었습니다. 잠시 기다려 주세요.',
    'error.server-error': '대화 서비스에 문제가 발생했습니다. 다시 시도해 주세요.',
    'error.timeout': '대화 서비스의 응답이 너무 늦습니다. 다시 시도해 주세요.',
    'error.invalid-response': '대화 서비스가 사용할 수 없는 응답을 보냈습니다. 다시 시도해 주세요.',
    'error.call-failed': '영상 통화를 계속할 수 없습니다. 다시 시도해 주세요.',
    'error.join-timeout': '영상 통화에 연결할 수 없습니다. 방화벽이나 콘텐츠 차단기가 막고 있을 수 있습니다. 다시 시도해 주세요.',
    'error.media-blocked': '카메라 또는 마이크가 차단되어 있습니다. 대화에서 목소리가 들리도록 브라우저 주소창에서 접근을 허용해 주세요.',
    'error.call-in-progress': '이 페이지에서 이미 다른 대화가 진행 중입니다. 먼저 그 대화를 종료한 후 다시 시도해 주세요.',
    'error.unsupported-deployment-security': '이 페이지에서는 이 대화를 시작할 수 없습니다.',
    'error.captcha-unavailable': '보안 확인을 불러올 수 없습니다. 광고 차단기나 스크립트 차단기가 막고 있을 수 있습니다. 다시 시도해 주세요.',
    'error.captcha-unavailable.no-site-key': '이 웹사이트에는 아직 보안 확인이 설정되지 않았습니다. 나중에 다시 시도해 주세요.',
    'error.captcha-domain-not-allowed': '이 웹사이트에는 아직 보안 확인이 설정되지 않았습니다. 나중에 다시 시도해 주세요.',
    'error.captcha-invalid-key': '이 웹사이트에는 아직 보안 확인이 설정되지 않았습니다. 나중에 다시 시도해 주세요.',
    'error.captcha-unsupported-browser': '이 브라우저에서는 보안 확인을 실행할 수 없습니다. 다른 브라우저를 사용해 주세요.',
    'error.captcha-failed': '사람인지 확인하지 못했습니다. 다시 시도해 주세요.',
  },
} satisfies ShippedTranslation;
