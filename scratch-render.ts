import { writeFileSync } from 'node:fs';
import { startTestDatabase } from '@/server/db/test-database';
import { seedDemoMeeting } from '@/server/db/seed';
import { buildCrpModel } from '@/server/exports/build-crp-model';
import { exportCrpPdf } from '@/server/exports/export-crp-pdf';
import { exportCrpDocx } from '@/server/exports/export-crp-docx';
import { exportTrackedDocx } from '@/server/exports/export-tracked-docx';
import { seedLanguageDraft } from '@/server/exports/test-kit/seed-language-draft';
import { UN_LANGUAGES } from '@/lib/exports/masthead-words';

async function main() {
const database = await startTestDatabase();
try {
  await seedDemoMeeting(database.db);
  for (const language of UN_LANGUAGES) {
    const draftId = await seedLanguageDraft(database.db, language);
    const model = await buildCrpModel({ db: database.db, draftId, now: new Date('2022-06-30T16:00:00Z') });
    console.log(language, model.untranslated);
    writeFileSync(`/tmp/crp-out/${language}.pdf`, await exportCrpPdf(model));
    writeFileSync(`/tmp/crp-out/${language}.docx`, await exportCrpDocx(model));
    writeFileSync(`/tmp/crp-out/${language}-tracked.docx`, await exportTrackedDocx(model));
  }
} finally {
  await database.stop();
}
}
void main();
