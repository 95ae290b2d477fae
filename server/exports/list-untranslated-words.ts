import { mastheadLanguage } from '@/lib/exports/masthead-words';
import type { UntranslatedWord } from '@/lib/exports/untranslated-words';
import type { DbExecutor } from '@/server/db/client';
import { buildCrpModel } from './build-crp-model';

/**
 * What the draft's CRP would print in English for want of a translation (agenda item title,
 * meeting words, delegation names), exactly as the export would: shown to the secretariat
 * beside the export menu, before it issues the paper. Empty for an English draft.
 */
export async function listUntranslatedWords({ db, draftId, language }: { db: DbExecutor; draftId: string; language: string }): Promise<UntranslatedWord[]> {
  if (mastheadLanguage(language) === 'en') return [];
  const model = await buildCrpModel({ db, draftId });
  return model.untranslatedWords;
}
