import type { ShippedTranslation } from '../languages.js';

/**
 * Polish: informal second person; the countdown has the forms for 1 (sekundę), 2–4 (sekundy) and 5+ (sekund).
 */
export default {
  lang: 'pl',
  dir: 'ltr',
  strings: {
    'launcher.label': 'Porozmawiaj z nami',
    'launcher.live': 'W trakcie rozmowy',
    minimize: 'Zminimalizuj',
    close: 'Zamknij',
    'close.title': 'Zakończyć rozmowę?',
    'close.end': 'Zakończ',
    'close.keep': 'Rozmawiaj dalej',
    region: 'Rozmowa wideo',
    'start.label': 'Rozpocznij rozmowę wideo',
    'start.media': 'Używa kamery i mikrofonu',
    'retry.now': 'Spróbuj ponownie',
    recheck: 'Sprawdź ponownie',
    'call.title': 'Połączenie wideo',

    'title.unavailable': 'Obecnie niedostępne',
    'title.setup': 'Tej rozmowy nie można tu rozpocząć',
    'title.failed': 'Coś poszło nie tak',

    'error.invalid-config': 'Ta witryna nie ukończyła jeszcze konfiguracji rozmowy wideo. Spróbuj ponownie później.',
    'error.forbidden': 'Z tej strony nie można rozpoczynać rozmów.',
    'error.not-found': 'Ta rozmowa jest niedostępna.',
    'error.network': 'Nie udało się połączyć z usługą rozmów. Sprawdź połączenie i spróbuj ponownie.',
    'error.origin-not-allowed': 'Z tej witryny nie można jeszcze rozpoczynać rozmów. Spróbuj ponownie później.',
    'error.unavailable': 'Rozmowy są obecnie niedostępne. Spróbuj ponownie później.',
    'error.unavailable.daily_limit': 'Dzisiejszy limit rozmów został wyczerpany. Wróć jutro.',
    'error.unavailable.total_limit': 'Nie ma tu już dostępnych rozmów.',
    'error.unavailable.busy': 'Wszystkie rozmowy są teraz zajęte. Spróbuj ponownie za kilka minut.',

    'start.again': 'Rozpocznij nową rozmowę',
    cancel: 'Anuluj',
    dismiss: 'Zamknij',
    'retry.wait': 'Możesz spróbować ponownie za {seconds} sekundy.',
    'retry.wait.one': 'Możesz spróbować ponownie za {seconds} sekundę.',
    'retry.wait.few': 'Możesz spróbować ponownie za {seconds} sekundy.',
    'retry.wait.many': 'Możesz spróbować ponownie za {seconds} sekund.',
    'retry.ready': 'Możesz już spróbować ponownie.',
    'retry.in': '{seconds}\u00a0s',

    'password.title': 'Wpisz hasło',
    'password.prompt': 'Ta rozmowa jest chroniona hasłem.',
    'password.label': 'Hasło',
    'password.submit': 'Dalej',
    'password.incorrect': 'Nieprawidłowe hasło. Spróbuj ponownie.',

    'status.awaiting-password': 'Aby rozpocząć tę rozmowę, potrzebne jest hasło.',
    'status.awaiting-captcha': 'Sprawdzamy, czy nie jesteś robotem…',
    'status.starting': 'Rozpoczynanie rozmowy…',
    'status.joining': 'Łączenie z rozmową wideo…',
    'status.connected': 'Jesteś w rozmowie.',
    'status.ending': 'Kończenie rozmowy…',
    'status.ended': 'Rozmowa została zakończona.',

    'ended.title': 'Rozmowa zakończona',
    'ended.text': 'Dziękujemy za rozmowę.',

    'error.bad-request': 'Nie udało się rozpocząć rozmowy. Spróbuj ponownie później.',
    'error.password-required': 'Ta rozmowa jest chroniona hasłem.',
    'error.password-incorrect': 'Nieprawidłowe hasło. Spróbuj ponownie.',
    'error.limit-reached': 'Na dziś nie ma już dostępnych rozmów. Wróć jutro.',
    'error.busy': 'Usługa rozmów jest zajęta. Spróbuj ponownie za chwilę.',
    'error.rate-limited': 'Przed chwilą rozpoczęto zbyt wiele rozmów. Zaczekaj chwilę.',
    'error.server-error': 'W usłudze rozmów wystąpił problem. Spróbuj ponownie.',
    'error.timeout': 'Usługa rozmów zbyt długo nie odpowiadała. Spróbuj ponownie.',
    'error.invalid-response': 'Usługa rozmów wysłała odpowiedź, której nie da się użyć. Spróbuj ponownie.',
    'error.call-failed': 'Nie udało się kontynuować rozmowy wideo. Spróbuj ponownie.',
    'error.join-timeout':
      'Nie udało się połączyć z rozmową wideo. Może to blokować zapora sieciowa lub bloker treści. Spróbuj ponownie.',
    'error.media-blocked':
      'Kamera lub mikrofon są zablokowane. Zezwól na dostęp na pasku adresu przeglądarki, aby rozmowa mogła cię słyszeć.',
    'error.permission-denied': 'Odmówiono dostępu do kamery i mikrofonu. Zezwól na niego, aby rozmawiać twarzą w twarz.',
    'error.permission-blocked': 'Ustawienia przeglądarki lub urządzenia blokują kamerę i mikrofon.',
    'error.device-not-found': 'Nie znaleziono kamery ani mikrofonu. Podłącz urządzenie i spróbuj ponownie.',
    'error.device-in-use': 'Inna aplikacja używa kamery lub mikrofonu. Zamknij ją i spróbuj ponownie.',
    'error.iframe-not-allowed': 'Ta strona nie może używać kamery ani mikrofonu. Otwórz rozmowę na osobnej stronie.',
    'error.call-in-progress': 'Na tej stronie trwa już inna rozmowa. Najpierw ją zakończ, a potem spróbuj ponownie.',
    'error.unsupported-deployment-security': 'Tej rozmowy nie można rozpocząć z tej strony.',
    'error.captcha-unavailable':
      'Nie udało się wczytać weryfikacji. Może ją blokować bloker reklam lub skryptów. Spróbuj ponownie.',
    'error.captcha-unavailable.no-site-key':
      'Weryfikacja nie jest jeszcze skonfigurowana w tej witrynie. Spróbuj ponownie później.',
    'error.captcha-domain-not-allowed':
      'Weryfikacja nie jest jeszcze skonfigurowana w tej witrynie. Spróbuj ponownie później.',
    'error.captcha-invalid-key':
      'Weryfikacja nie jest jeszcze skonfigurowana w tej witrynie. Spróbuj ponownie później.',
    'error.captcha-unsupported-browser': 'Ta przeglądarka nie obsługuje weryfikacji. Użyj innej przeglądarki.',
    'error.captcha-failed': 'Nie udało się potwierdzić, że nie jesteś robotem. Spróbuj ponownie.',
  },
} satisfies ShippedTranslation;
