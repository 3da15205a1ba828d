import { expect } from '@open-wc/testing';
import { enCall } from '../src/strings/en-call.js';
import { enFloating } from '../src/strings/en-floating.js';
import { enLater } from '../src/strings/en-later.js';
import { enPreJoin } from '../src/strings/en-prejoin.js';
import { en } from '../src/strings/en.js';
import { counted } from '../src/strings/counted.js';
import { COUNTED, shipped, translations } from '../src/strings/languages.js';
import { translator, type CountedKey, type StringTable } from '../src/strings/localize.js';
import { mount, type Mounted } from './support/element.js';
import { until } from './support/mock-api.js';
import { warnings } from './support/warnings.js';

const english: Record<string, string> = { ...en, ...enLater, ...enPreJoin, ...enFloating, ...enCall };
const PLURAL_FORM = /^(.+)\.(zero|one|two|few|many)$/;
/** Every sentence but the plural forms: what each language must have. */
const sentenceKeys = Object.keys(english).filter((key) => !PLURAL_FORM.test(key)).sort();
const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

const startLabel = (m: Mounted) => m.part('start-button')?.textContent?.trim();

/** Waits for the start button to read `label`: a language other than English arrives a moment after the element. */
const untilStartLabel = (m: Mounted, label: string) => until(() => startLabel(m) === label, `"${label}"`);

/** Requests for the languages chunk or a translation since `since` (performance.now()). */
const languageRequests = (since: number) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.startTime >= since && /\/src\/strings\/(languages|translations\/)/.test(e.name))
    .map((e) => e.name);

describe('languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  // First, before any test fetched the languages chunk (a cached module would not show as a request).
  it('an English page fetches nothing for its language', async () => {
    const since = performance.now();
    const m = await mount('open');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(startLabel(m)).to.equal('Start video conversation');
    expect(m.part('start-button')!.closest('.root')!.getAttribute('lang')).to.equal('en');
    expect(languageRequests(since)).to.deep.equal([]);
  });

  describe('every shipped language', () => {
    const codes = Object.keys(translations);

    it('is one of the twelve, with English built in', () => {
      expect(codes.sort()).to.deep.equal(['ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'zh']);
    });

    for (const code of codes) {
      it(`${code}: has every sentence, no other, with English's parameters, and only the plural forms it uses`, async () => {
        const { lang, dir, strings } = (await translations[code]!()).default;
        const table = strings as Record<string, string>;
        expect(shipped(lang), 'its tag chooses it').to.equal(code);
        expect(dir).to.equal(code === 'ar' ? 'rtl' : 'ltr');
        expect(Object.keys(table).filter((key) => !PLURAL_FORM.test(key)).sort()).to.deep.equal(sentenceKeys);
        for (const key of sentenceKeys) {
          expect(table[key], key).to.be.a('string').and.not.equal('');
          expect(params(table[key]!), key).to.deep.equal(params(english[key]!));
        }
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const key of Object.keys(table).filter((k) => PLURAL_FORM.test(k))) {
          const [, base, category] = PLURAL_FORM.exec(key)!;
          expect(COUNTED, key).to.include(base);
          expect(categories, `${key}: a category ${lang} has`).to.include(category);
          // A form may spell the number out (Arabic's one and two), but has no parameter its sentence lacks.
          for (const param of params(table[key]!)) expect(params(english[base!]!), key).to.include(param);
        }
      });
    }
  });

  describe('choosing the language', () => {
    it('matches tags by their language, and leaves Traditional Chinese to the next choice', () => {
      const cases: [string, string | undefined][] = [
        ['fr', 'fr'],
        ['es-MX', 'es'],
        ['pt', 'pt'],
        ['pt-BR', 'pt'],
        ['pt_PT', 'pt'],
        ['zh', 'zh'],
        ['zh-CN', 'zh'],
        ['zh-Hans', 'zh'],
        ['ZH-hans-SG', 'zh'],
        ['zh-TW', undefined],
        ['zh-Hant-HK', undefined],
        ['en-GB', 'en'],
        ['ar-EG', 'ar'],
        ['sv', undefined],
        ['frr', undefined],
        ['', undefined],
      ];
      for (const [tag, code] of cases) expect(shipped(tag), tag).to.equal(code);
    });

    it('reads <html lang>: French buttons on a French page', async () => {
      document.documentElement.lang = 'fr';
      const m = await mount('open');
      await untilStartLabel(m, 'Démarrer la conversation vidéo');
      expect(m.part('media-note')!.textContent).to.equal('Utilise votre caméra et votre micro');
      expect(m.el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('fr');
    });

    it('prefers the element’s own lang, then the nearest ancestor’s', async () => {
      document.documentElement.lang = 'fr';
      const m = await mount('open', { lang: 'de-AT' });
      await untilStartLabel(m, 'Videogespräch starten');
      m.el.removeAttribute('lang');
      await untilStartLabel(m, 'Démarrer la conversation vidéo');
      m.el.parentElement!.lang = 'es-MX';
      // Ancestors are not watched: their change shows at the element's next render.
      m.el.requestUpdate();
      await untilStartLabel(m, 'Iniciar conversación por video');
    });

    it('switches at once when its own lang changes, back to English too', async () => {
      const m = await mount('open');
      m.el.lang = 'ja';
      await untilStartLabel(m, 'ビデオ会話を始める');
      m.el.setAttribute('lang', 'pt-BR');
      await untilStartLabel(m, 'Iniciar conversa por vídeo');
      m.el.lang = 'en-US';
      await untilStartLabel(m, 'Start video conversation');
      expect(m.el.lang, 'the native property is left alone').to.equal('en-US');
    });

    it('falls back to English for a language we do not ship', async () => {
      document.documentElement.lang = 'sv';
      const m = await mount('open', { lang: 'zh-TW' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(startLabel(m)).to.equal('Start video conversation');
      expect(m.el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    });

    it('without any lang, takes the first of the browser’s languages that we ship', async () => {
      document.documentElement.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { value: ['sv-SE', 'nl-BE', 'en'], configurable: true });
      try {
        const m = await mount('open');
        await untilStartLabel(m, 'Videogesprek starten');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
      }
    });

    it('renders Arabic right to left', async () => {
      const m = await mount('open', { lang: 'ar' });
      await untilStartLabel(m, 'ابدأ محادثة فيديو');
      const root = m.el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(root.dir).to.equal('rtl');
      expect(getComputedStyle(m.part('start-button')!).direction).to.equal('rtl');
      // The caption's text starts on the right.
      m.el.poster = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      await m.el.updateComplete;
      const caption = m.el.shadowRoot!.querySelector<HTMLElement>('.caption')!;
      const button = m.part('start-button')!.getBoundingClientRect();
      expect(caption.getBoundingClientRect().right - button.right).to.be.below(40);
      m.el.lang = 'en';
      await untilStartLabel(m, 'Start video conversation');
      expect(root.dir).to.equal('ltr');
    });
  });

  describe('the page’s own sentences', () => {
    it('override one key, through the property or the attribute, over any language', async () => {
      const m = await mount('open');
      m.el.strings = { 'start.media': 'Camera and mic on' };
      await m.el.updateComplete;
      expect(m.part('media-note')!.textContent).to.equal('Camera and mic on');
      expect(startLabel(m)).to.equal('Start video conversation');

      m.el.setAttribute('strings', JSON.stringify({ 'start.label': 'Parler maintenant' }));
      m.el.lang = 'fr';
      await until(() => m.part('media-note')!.textContent === 'Utilise votre caméra et votre micro', 'French');
      expect(startLabel(m)).to.equal('Parler maintenant');
    });

    it('warn once about invalid JSON, and about keys no sentence has, and are otherwise ignored', async () => {
      const logged = await warnings(async () => {
        const m = await mount('open', { strings: '{"start.label": "Go"' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        m.el.requestUpdate();
        await m.el.updateComplete;
        expect(startLabel(m)).to.equal('Start video conversation');
        const typo = { 'start.lable': 'Go', 'retry.wait.few': 'Za {seconds} sekundy', cancel: 'Stop' } as Partial<StringTable>;
        m.el.strings = typo;
        await new Promise((resolve) => setTimeout(resolve, 300));
        // The same mistake again, on a new object: still one warning.
        m.el.strings = { ...typo };
        await new Promise((resolve) => setTimeout(resolve, 300));
        m.el.setAttribute('strings', '{"cancel": 5}');
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(logged).to.have.length(3);
      expect(logged[0]).to.contain('`strings` attribute is not valid JSON');
      expect(logged[1]).to.contain('"start.lable"').and.not.contain('retry.wait.few').and.not.contain('"cancel"');
      expect(logged[2]).to.contain('must be text').and.contain('"cancel"');
    });
  });

  describe('numbers and plurals', () => {
    const seconds = (lang: string, key: CountedKey, n: number, table: Partial<StringTable>) =>
      counted(translator(table, lang), key, n);

    it('picks the plural form the language needs, and writes the number its way', async () => {
      const polish = (await translations['pl']!()).default.strings;
      expect([1, 2, 5, 22].map((n) => seconds('pl', 'retry.wait', n, polish))).to.deep.equal([
        'Możesz spróbować ponownie za 1 sekundę.',
        'Możesz spróbować ponownie za 2 sekundy.',
        'Możesz spróbować ponownie za 5 sekund.',
        'Możesz spróbować ponownie za 22 sekundy.',
      ]);
      const arabic = (await translations['ar']!()).default.strings;
      // Digits as Intl writes Arabic's (Latin or Arabic-Indic, by the browser's data).
      const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
      expect([1, 2, 3, 11].map((n) => seconds('ar', 'retry.wait', n, arabic))).to.deep.equal([
        'يمكنك المحاولة مرة أخرى بعد ثانية واحدة.',
        'يمكنك المحاولة مرة أخرى بعد ثانيتين.',
        `يمكنك المحاولة مرة أخرى بعد ${digits(3)} ثوانٍ.`,
        `يمكنك المحاولة مرة أخرى بعد ${digits(11)} ثانية.`,
      ]);
      expect(seconds('ar', 'retry.in', 1234, arabic)).to.equal(`${digits(1234)} ث`);
      expect(seconds('de', 'retry.in', 1234, { 'retry.in': '{seconds}' })).to.equal('1.234');
      expect([1, 7].map((n) => seconds('en', 'retry.wait', n, english))).to.deep.equal([
        'You can try again in 1 second.',
        'You can try again in 7 seconds.',
      ]);
    });
  });

  describe('errors and the human check', () => {
    it('tavus:error carries the sentence shown, in the visitor’s language; the code stays', async () => {
      const m = await mount('ratelimited-2', { lang: 'pl' });
      await untilStartLabel(m, 'Rozpocznij rozmowę wideo');
      await m.el.startConversation();
      await m.waitForState('error');
      const [error] = m.log.of('tavus:error');
      expect(error!.code).to.equal('rate-limited');
      expect(error!.message).to.equal('Przed chwilą rozpoczęto zbyt wiele rozmów. Zaczekaj chwilę.');
      expect(m.part('error-message')!.textContent).to.equal(error!.message);
      expect(m.part('status')!.textContent).to.equal('Możesz spróbować ponownie za 2 sekundy.');
      expect(m.part('retry-button')!.textContent!.replace(/[ \n]+/g, ' ').trim()).to.match(/^Spróbuj ponownie \([12]\u00a0s\)$/);
    });

    it('an error /init reveals is shown in the language too', async () => {
      const m = await mount('missing', { lang: 'ko' });
      await until(() => m.part('error-message')?.textContent === '이 대화는 이용할 수 없습니다.', 'the Korean sentence');
      expect(m.part('error-title')!.textContent).to.equal('여기서는 이 대화를 시작할 수 없습니다');
    });
  });
});
