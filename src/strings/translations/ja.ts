import type { ShippedTranslation } from '../languages.js';

/**
 * Japanese: polite (です・ます) forms.
 */
export default {
  lang: 'ja',
  dir: 'ltr',
  strings: {
    region: 'ビデオ会話',
    'start.label': 'ビデオ会話を始める',
    'start.media': 'カメラとマイクを使用します',
    'retry.now': 'もう一度試す',
    recheck: 'もう一度確認',
    'call.title': 'ビデオ通話',

    'title.unavailable': '現在ご利用いただけません',
    'title.setup': 'この会話はここでは開始できません',
    'title.failed': '問題が発生しました',

    'error.invalid-config': 'このウェブサイトのビデオ会話はまだ設定が完了していません。しばらくしてからもう一度お試しください。',
    'error.forbidden': 'このページから会話を開始することはできません。',
    'error.not-found': 'この会話はご利用いただけません。',
    'error.network': '会話サービスに接続できませんでした。接続を確認して、もう一度お試しください。',
    'error.origin-not-allowed': 'このウェブサイトからはまだ会話を開始できません。しばらくしてからもう一度お試しください。',
    'error.unavailable': '現在、会話はご利用いただけません。しばらくしてからもう一度お試しください。',
    'error.unavailable.daily_limit': '本日の会話の受付は終了しました。明日またお越しください。',
    'error.unavailable.total_limit': 'ここでご利用いただける会話はもうありません。',
    'error.unavailable.busy': '現在、すべての会話が使用中です。数分後にもう一度お試しください。',

    'start.again': '新しい会話を始める',
    cancel: 'キャンセル',
    dismiss: '閉じる',
    'retry.wait': '{seconds}秒後にもう一度お試しいただけます。',
    'retry.ready': 'もう一度お試しいただけます。',
    'retry.in': '{seconds}秒',

    'password.title': 'パスワードを入力',
    'password.prompt': 'この会話はパスワードで保護されています。',
    'password.label': 'パスワード',
    'password.submit': '続行',
    'password.incorrect': 'パスワードが正しくありません。もう一度お試しください。',

    'status.awaiting-password': 'この会話を始めるにはパスワードが必要です。',
    'status.awaiting-captcha': 'ロボットでないことを確認しています…',
    'status.starting': '会話を開始しています…',
    'status.joining': 'ビデオ通話に接続しています…',
    'status.connected': '会話に参加しています。',
    'status.ending': '会話を終了しています…',
    'status.ended': '会話が終了しました。',

    'ended.title': '会話終了',
    'ended.text': 'お話しいただきありがとうございました。',

    'error.bad-request': '会話を開始できませんでした。しばらくしてからもう一度お試しください。',
    'error.password-required': 'この会話はパスワードで保護されています。',
    'error.password-incorrect': 'パスワードが正しくありません。もう一度お試しください。',
    'error.limit-reached': '本日ご利用いただける会話はもうありません。明日またお越しください。',
    'error.busy': '会話サービスが混み合っています。少し待ってからもう一度お試しください。',
    'error.rate-limited': '短時間に多くの会話が開始されました。しばらくお待ちください。',
    'error.server-error': '会話サービスで問題が発生しました。もう一度お試しください。',
    'error.timeout': '会話サービスの応答に時間がかかりすぎました。もう一度お試しください。',
    'error.invalid-response': '会話サービスから利用できない応答が返されました。もう一度お試しください。',
    'error.call-failed': 'ビデオ通話を続行できませんでした。もう一度お試しください。',
    'error.join-timeout': 'ビデオ通話に接続できませんでした。ファイアウォールやコンテンツブロッカーが妨げている可能性があります。もう一度お試しください。',
    'error.media-blocked': 'カメラまたはマイクがブロックされています。会話に声が届くよう、ブラウザのアドレスバーからアクセスを許可してください。',
    'error.call-in-progress': 'このページでは別の会話がすでに進行中です。その会話を終了してから、もう一度お試しください。',
    'error.unsupported-deployment-security': 'この会話はこのページから開始できません。',
    'error.captcha-unavailable': 'セキュリティチェックを読み込めませんでした。広告ブロッカーやスクリプトブロッカーが妨げている可能性があります。もう一度お試しください。',
    'error.captcha-unavailable.no-site-key': 'このウェブサイトではセキュリティチェックがまだ設定されていません。しばらくしてからもう一度お試しください。',
    'error.captcha-domain-not-allowed': 'このウェブサイトではセキュリティチェックがまだ設定されていません。しばらくしてからもう一度お試しください。',
    'error.captcha-invalid-key': 'このウェブサイトではセキュリティチェックがまだ設定されていません。しばらくしてからもう一度お試しください。',
    'error.captcha-unsupported-browser': 'このブラウザではセキュリティチェックを実行できません。別のブラウザをお試しください。',
    'error.captcha-failed': 'ロボットでないことを確認できませんでした。もう一度お試しください。',
  },
} satisfies ShippedTranslation;
