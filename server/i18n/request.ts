import { getRequestConfig } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { resolveLocale } from './resolve-locale';

type Messages = Record<string, unknown>;

const catalogs: Record<Locale, () => Promise<{ default: Messages }>> = {
  ar: () => import('../../messages/ar.json'),
  zh: () => import('../../messages/zh.json'),
  en: () => import('../../messages/en.json'),
  fr: () => import('../../messages/fr.json'),
  ru: () => import('../../messages/ru.json'),
  es: () => import('../../messages/es.json'),
};

/** next-intl's per-request configuration: the language, its messages and the meeting's time zone. */
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await catalogs[locale]()).default;
  return { locale, messages, timeZone: 'UTC' };
});
