import type { Language } from '../../../shared/model/session';
import { format } from '../../../shared/plural';
import type { MessageKey, Messages, PluralKey } from './messages';
import { commonNl } from './common';

/**
 * Texts come in packs: every route's, the start page's, the report's (cockpit and follow-up page), and the cockpit's, the host tablet's, the info desk's and
 * the projector's own (cockpit.ts, parts/host.ts, parts/desk.ts, parts/screen.ts with
 * parts/wrapup.ts) and the public sign-up page's (parts/signup-page.ts), each loaded with its
 * route, so a phone carries none of them.
 */
export type Pack = 'common' | 'start' | 'report' | 'cockpit' | 'host' | 'desk' | 'screen' | 'signup';

/**
 * The texts loaded so far. Dutch, the default, comes with the app; every other language is its
 * own file, fetched only when someone chooses it: a phone on venue Wi-Fi downloads one.
 */
const loaded: Partial<Record<Language, Partial<Messages>>> = { nl: commonNl };
const done = new Set<string>(['nl:common']);
const wanted = new Set<Pack>(['common']);
const LOADERS: Record<Language, Record<Pack, () => Promise<Partial<Messages>>>> = {
  nl: {
    common: async () => commonNl,
    start: () => import('./parts/start').then((m) => m.startNl),
    report: () => import('./parts/report').then((m) => m.reportNl),
    cockpit: () => import('./cockpit').then((m) => m.cockpitNl),
    host: () => import('./parts/host').then((m) => m.hostNl),
    desk: () => import('./parts/desk').then((m) => m.deskNl),
    screen: () =>
      Promise.all([import('./parts/screen'), import('./parts/wrapup')]).then(([a, b]) => ({
        ...a.screenNl,
        ...b.wrapupNl,
      })),
    signup: () => import('./parts/signup-page').then((m) => m.signupPageNl),
  },
  en: {
    common: () => import('./common.en').then((m) => m.commonEn),
    start: () => import('./parts/start.en').then((m) => m.startEn),
    report: () => import('./parts/report.en').then((m) => m.reportEn),
    cockpit: () => import('./cockpit.en').then((m) => m.cockpitEn),
    host: () => import('./parts/host.en').then((m) => m.hostEn),
    desk: () => import('./parts/desk.en').then((m) => m.deskEn),
    screen: () =>
      Promise.all([import('./parts/screen.en'), import('./parts/wrapup.en')]).then(([a, b]) => ({
        ...a.screenEn,
        ...b.wrapupEn,
      })),
    signup: () => import('./parts/signup-page.en').then((m) => m.signupPageEn),
  },
};

async function loadPackIn(language: Language, pack: Pack): Promise<void> {
  const key = `${language}:${pack}`;
  if (done.has(key)) return;
  const texts = await LOADERS[language][pack]();
  loaded[language] = { ...loaded[language], ...texts };
  done.add(key);
}

/** Makes a language's texts available, every pack a route asked for; resolves at once when they are. */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([...wanted].map((pack) => loadPackIn(language, pack)));
}

/** A route's own texts, in Dutch (the fallback) and in every language loaded so far. */
export async function loadPack(pack: Pack): Promise<void> {
  wanted.add(pack);
  const languages = Object.keys(loaded) as Language[];
  await Promise.all([...new Set<Language>(['nl', ...languages])].map((language) => loadPackIn(language, pack)));
}

/** For tests and tools that have every language at hand already (see every-language.ts). */
export function addLanguage(language: Language, messages: Messages): void {
  loaded[language] = messages;
  for (const pack of Object.keys(LOADERS[language]) as Pack[]) done.add(`${language}:${pack}`);
}

export type Vars = Record<string, string | number>;

/** A text that counts needs its `count`; any other text may have placeholders. */
export type VarsFor<K extends MessageKey> = K extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars];

/**
 * Look up a text, pick its plural form by `count` (see shared/plural.ts) and fill in `{name}`
 * placeholders; an unknown placeholder stays visible. A language not loaded yet reads as Dutch:
 * the store switches the shown language only once its file is in. A text whose pack is not in
 * shows its key, never a blank. Free of React, so tests can use it.
 */
export function translate<K extends MessageKey>(language: Language, key: K, ...[vars]: VarsFor<K>): string {
  const message = loaded[language]?.[key] ?? loaded.nl?.[key];
  return message === undefined ? key : format(language, message, vars);
}

export type Translate = <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => string;
