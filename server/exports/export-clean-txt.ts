import { renderCleanTxt } from '@/lib/exports/clean-text';
import type { CrpModel } from '@/lib/exports/crp-model';

/** The agreed paragraphs' clean text as a UTF-8 plain-text file (see lib/exports/clean-text.ts). */
export function exportCleanTxt(model: CrpModel): Buffer {
  return Buffer.from(renderCleanTxt(model), 'utf8');
}
