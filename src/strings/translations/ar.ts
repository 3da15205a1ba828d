import type { ShippedTranslation } from '../languages.js';

/**
 * Arabic (Modern Standard), right to left: the countdown has the forms for 1 and 2 (no numeral, as Arabic says
 * them) and 3–10 (ثوانٍ); the rest take ثانية.
 */
export default {
  lang: 'ar',
  dir: 'rtl',
  strings: {
    'launcher.label': 'تحدّث إلينا',
    'launcher.live': 'في مكالمة',
    minimize: 'تصغير',
    close: 'إغلاق',
    'close.title': 'هل تريد إنهاء المحادثة؟',
    'close.end': 'إنهاء',
    'close.keep': 'متابعة الحديث',
    region: 'محادثة فيديو',
    'start.label': 'ابدأ محادثة فيديو',
    'start.media': 'تستخدم الكاميرا والميكروفون',
    'retry.now': 'أعد المحاولة',
    recheck: 'تحقّق مرة أخرى',
    'call.title': 'مكالمة فيديو',

    'title.unavailable': 'غير متاح حاليًا',
    'title.setup': 'لا يمكن بدء هذه المحادثة هنا',
    'title.failed': 'حدث خطأ ما',

    'error.invalid-config': 'لم يُكمل هذا الموقع إعداد محادثة الفيديو بعد. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.forbidden': 'لا يمكن بدء المحادثات من هذه الصفحة.',
    'error.not-found': 'هذه المحادثة غير متاحة.',
    'error.network': 'تعذّر الوصول إلى خدمة المحادثة. تحقّق من اتصالك ثم أعد المحاولة.',
    'error.origin-not-allowed': 'لا يمكن بدء المحادثات من هذا الموقع بعد. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.unavailable': 'المحادثات غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.unavailable.daily_limit': 'نفدت محادثات اليوم. يُرجى العودة غدًا.',
    'error.unavailable.total_limit': 'لم تعد هناك محادثات متاحة هنا.',
    'error.unavailable.busy': 'جميع المحادثات قيد الاستخدام حاليًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',

    'start.again': 'ابدأ محادثة جديدة',
    cancel: 'إلغاء',
    dismiss: 'إغلاق',
    'retry.wait': 'يمكنك المحاولة مرة أخرى بعد {seconds} ثانية.',
    'retry.wait.one': 'يمكنك المحاولة مرة أخرى بعد ثانية واحدة.',
    'retry.wait.two': 'يمكنك المحاولة مرة أخرى بعد ثانيتين.',
    'retry.wait.few': 'يمكنك المحاولة مرة أخرى بعد {seconds} ثوانٍ.',
    'retry.ready': 'يمكنك المحاولة مرة أخرى الآن.',
    'retry.in': '{seconds} ث',

    'password.title': 'أدخل كلمة المرور',
    'password.prompt': 'هذه المحادثة محمية بكلمة مرور.',
    'password.label': 'كلمة المرور',
    'password.submit': 'متابعة',
    'password.incorrect': 'كلمة المرور غير صحيحة. يُرجى المحاولة مرة أخرى.',

    'status.awaiting-password': 'يلزم إدخال كلمة مرور لبدء هذه المحادثة.',
    'status.awaiting-captcha': 'جارٍ التحقق من أنك لست روبوتًا…',
    'status.starting': 'جارٍ بدء المحادثة…',
    'status.joining': 'جارٍ الاتصال بمكالمة الفيديو…',
    'status.connected': 'أنت الآن في المحادثة.',
    'status.ending': 'جارٍ إنهاء المحادثة…',
    'status.ended': 'انتهت المحادثة.',

    'ended.title': 'انتهت المحادثة',
    'ended.text': 'شكرًا لتحدّثك معنا.',

    'error.bad-request': 'تعذّر بدء المحادثة. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.password-required': 'هذه المحادثة محمية بكلمة مرور.',
    'error.password-incorrect': 'كلمة المرور غير صحيحة. يُرجى المحاولة مرة أخرى.',
    'error.limit-reached': 'لا تتوفر محادثات أخرى اليوم. يُرجى العودة غدًا.',
    'error.busy': 'خدمة المحادثة مشغولة. يُرجى المحاولة مرة أخرى بعد قليل.',
    'error.rate-limited': 'بدأت محادثات كثيرة جدًا للتو. يُرجى الانتظار لحظة.',
    'error.server-error': 'واجهت خدمة المحادثة مشكلة. يُرجى المحاولة مرة أخرى.',
    'error.timeout': 'استغرقت خدمة المحادثة وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
    'error.invalid-response': 'أرسلت خدمة المحادثة ردًا لا يمكن استخدامه. يُرجى المحاولة مرة أخرى.',
    'error.call-failed': 'تعذّر استمرار مكالمة الفيديو. يُرجى المحاولة مرة أخرى.',
    'error.join-timeout':
      'تعذّر الوصول إلى مكالمة الفيديو. ربما يمنعها جدار حماية أو أداة لحظر المحتوى. يُرجى المحاولة مرة أخرى.',
    'error.media-blocked': 'الكاميرا أو الميكروفون محظور. اسمح بالوصول من شريط العنوان في المتصفح لكي تسمعك المحادثة.',
    'error.permission-denied': 'تم رفض الوصول إلى الكاميرا والميكروفون. اسمح بالوصول للتحدث وجهًا لوجه.',
    'error.permission-blocked': 'إعدادات المتصفح أو الجهاز تحظر الكاميرا والميكروفون.',
    'error.device-not-found': 'لم يتم العثور على كاميرا أو ميكروفون. وصّل جهازًا وحاول مرة أخرى.',
    'error.device-in-use': 'تطبيق آخر يستخدم الكاميرا أو الميكروفون. أغلقه وحاول مرة أخرى.',
    'error.iframe-not-allowed': 'لا يمكن لهذه الصفحة استخدام الكاميرا أو الميكروفون. افتح المحادثة في صفحة مستقلة.',
    'error.call-in-progress': 'هناك محادثة أخرى جارية بالفعل في هذه الصفحة. أنهِها أولًا ثم أعد المحاولة.',
    'error.unsupported-deployment-security': 'لا يمكن بدء هذه المحادثة من هذه الصفحة.',
    'error.captcha-unavailable':
      'تعذّر تحميل التحقق الأمني. ربما تمنعه أداة لحظر الإعلانات أو النصوص البرمجية. يُرجى المحاولة مرة أخرى.',
    'error.captcha-unavailable.no-site-key':
      'لم يُعدّ التحقق الأمني على هذا الموقع بعد. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.captcha-domain-not-allowed': 'لم يُعدّ التحقق الأمني على هذا الموقع بعد. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.captcha-invalid-key': 'لم يُعدّ التحقق الأمني على هذا الموقع بعد. يُرجى المحاولة مرة أخرى لاحقًا.',
    'error.captcha-unsupported-browser': 'لا يمكن تشغيل التحقق الأمني في هذا المتصفح. يُرجى تجربة متصفح آخر.',
    'error.captcha-failed': 'تعذّر التأكد من أنك لست روبوتًا. يُرجى المحاولة مرة أخرى.',
  },
} satisfies ShippedTranslation;
