import type { ShippedTranslation } from '../languages.js';

/**
 * Chinese (Simplified): shown for `zh`, `zh-CN`, `zh-Hans` and `zh-SG`; Traditional tags are not matched.
 */
export default {
  lang: 'zh-cn',
  dir: 'ltr',
  strings: {
    region: '视频对话',
    'start.label': '开始视频对话',
    'start.media': '将使用你的摄像头和麦克风',
    'retry.now': '重试',
    recheck: '重新检查',
    'call.title': '视频通话',

    'title.unavailable': '暂不可用',
    'title.setup': '无法在此开始对话',
    'title.failed': '出了点问题',

    'error.invalid-config': '本网站尚未完成视频对话的设置。请稍后再试。',
    'error.forbidden': '无法从此页面开始对话。',
    'error.not-found': '此对话不可用。',
    'error.network': '无法连接到对话服务。请检查网络连接后重试。',
    'error.origin-not-allowed': '暂时无法从本网站开始对话。请稍后再试。',
    'error.unavailable': '对话暂不可用。请稍后再试。',
    'error.unavailable.daily_limit': '今天的对话次数已用完。请明天再来。',
    'error.unavailable.total_limit': '这里已没有可用的对话。',
    'error.unavailable.busy': '所有对话都在使用中。请过几分钟再试。',

    'start.again': '开始新的对话',
    cancel: '取消',
    dismiss: '关闭',
    'retry.wait': '{seconds} 秒后可以重试。',
    'retry.ready': '现在可以重试了。',
    'retry.in': '{seconds} 秒',

    'password.title': '输入密码',
    'password.prompt': '此对话受密码保护。',
    'password.label': '密码',
    'password.submit': '继续',
    'password.incorrect': '密码不正确。请重试。',

    'status.awaiting-password': '需要密码才能开始此对话。',
    'status.awaiting-captcha': '正在进行人机验证…',
    'status.starting': '正在开始对话…',
    'status.joining': '正在连接视频通话…',
    'status.connected': '你已进入对话。',
    'status.ending': '正在结束对话…',
    'status.ended': '对话已结束。',

    'ended.title': '对话已结束',
    'ended.text': '感谢你与我们交流。',

    'error.bad-request': '无法开始对话。请稍后再试。',
    'error.password-required': '此对话受密码保护。',
    'error.password-incorrect': '密码不正确。请重试。',
    'error.limit-reached': '今天已没有可用的对话。请明天再来。',
    'error.busy': '对话服务繁忙。请稍后再试。',
    'error.rate-limited': '刚刚开始的对话太多。请稍候片刻。',
    'error.server-error': '对话服务出现问题。请重试。',
    'error.timeout': '对话服务响应超时。请重试。',
    'error.invalid-response': '对话服务返回了无法使用的响应。请重试。',
    'error.call-failed': '视频通话无法继续。请重试。',
    'error.join-timeout': '无法连接到视频通话，可能被防火墙或内容拦截器阻止了。请重试。',
    'error.media-blocked': '你的摄像头或麦克风已被阻止。请在浏览器地址栏中允许访问，以便对话能听到你的声音。',
    'error.call-in-progress': '此页面上已有另一个对话正在进行。请先结束该对话，然后重试。',
    'error.unsupported-deployment-security': '无法从此页面开始此对话。',
    'error.captcha-unavailable': '人机验证无法加载，可能被广告或脚本拦截器阻止了。请重试。',
    'error.captcha-unavailable.no-site-key': '本网站尚未设置人机验证。请稍后再试。',
    'error.captcha-domain-not-allowed': '本网站尚未设置人机验证。请稍后再试。',
    'error.captcha-invalid-key': '本网站尚未设置人机验证。请稍后再试。',
    'error.captcha-unsupported-browser': '此浏览器无法运行人机验证。请换用其他浏览器。',
    'error.captcha-failed': '无法确认你是真人。请重试。',
  },
} satisfies ShippedTranslation;
