import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ErrorLike } from '@apollo/client';
import { LABELS, type EnumName } from '../../../server/src/shared/labels';
import { errorCode, firstError, type ApiError } from '../apollo/errors';
import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh-TW' | 'en';

const STORAGE_KEY = 'inservice.lang';
const MESSAGES: Record<Lang, Record<MessageKey, string>> = { 'zh-TW': zh, en };

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-TW';
  } catch {
    return 'zh-TW';
  }
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A UI string, with `{name}` placeholders filled from `vars`. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The label of an enum option, e.g. label('Stage', 'ELEMENTARY') = 國小 / Elementary. */
  label(name: EnumName, value: string): string;
  /** A county's (or any bilingual thing's) name in the current language. */
  pick(zhText: string, enText: string | null | undefined): string;
  /** Numbers formatted for the language. */
  num(n: number): string;
  /** Items joined as the language lists them: 國小、國中 / Elementary, Junior high. */
  list(items: readonly string[]): string;
  /**
   * What to say for an API error, in the current language: the text of its `extensions.reason`
   * (messages/errors.ts, `{name}` filled from its extensions); the server's message when it has
   * no reason we know.
   */
  explain(error: ApiError | undefined): string;
  /** `explain` for the first error of a failed request, or "cannot reach the server". */
  errorText(error: ErrorLike | undefined | null): string;
  /** A date-time of the API (UTC) in Taiwan time, e.g. 2026/11/25 16:41. */
  dateTime(iso: string): string;
  /** The Taiwan calendar day of an instant of the API (UTC), e.g. 2026/11/25. */
  date(iso: string): string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-Hant-TW';
    document.title = MESSAGES[lang]['app.title'];
  }, [lang]);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[lang];
    const nf = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-TW');
    const df = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
      timeZone: 'Asia/Taipei',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const dayFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
      timeZone: 'Asia/Taipei',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const t = (key: MessageKey, vars?: Record<string, string | number>) => {
      const text = messages[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
    };
    const list = (items: readonly string[]) => items.join(lang === 'en' ? ', ' : '、');
    const explain = (e: ApiError | undefined) => {
      if (!e) return '';
      if (!e.reason) return e.message;
      const vars: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(e.extensions)) {
        if (typeof v === 'string' || typeof v === 'number') vars[k] = typeof v === 'number' ? nf.format(v) : v;
        else if (Array.isArray(v)) vars[k] = list(v.map(String));
      }
      return t(`error.${e.reason}`, vars);
    };
    return {
      lang,
      setLang,
      t,
      label: (name, value) => {
        const entry = (LABELS[name] as Record<string, { zh: string; en: string }>)[value];
        if (!entry) return value;
        return lang === 'en' ? entry.en : entry.zh;
      },
      pick: (zhText, enText) => (lang === 'en' && enText ? enText : zhText),
      num: (n) => nf.format(n),
      list,
      explain,
      errorText: (error) => (!error ? '' : errorCode(error) === 'NETWORK' ? t('common.networkError') : explain(firstError(error))),
      dateTime: (iso) => df.format(new Date(iso)),
      date: (iso) => dayFormat.format(new Date(iso)),
    };
  }, [lang, setLang]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside <I18nProvider>');
  return v;
}

export type { MessageKey };
