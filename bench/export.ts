/**
 * Export time of a 100-paragraph draft with 500 comments (a long session's CRP), each format, median of
 * several runs after one warm-up. Every run is what a download does: read the CRP model from
 * PostgreSQL (embedded, local) and write the file. The baselines, measured in the same run, are
 * reading the model alone and writing the plain-text export (a file with no layout at all).
 * Targets: under 1 s for the .docx formats, under 250 ms for the CRP PDF (fonts are parsed once per
 * process; the warm-up run pays for that).
 *
 *   npm run bench -- export      or      npx tsx bench/export.ts
 *   BENCH_RUNS=n changes the number of measured runs (default 7; each format stops after 30 s).
 */
import type { CrpModel } from '@/lib/exports/crp-model';
import type { Database } from '@/server/db/client';
import { buildCrpModel } from '@/server/exports/build-crp-model';
import { exportAknXml } from '@/server/exports/export-akn-xml';
import { exportCleanDocx } from '@/server/exports/export-clean-docx';
import { exportCleanTxt } from '@/server/exports/export-clean-txt';
import { exportCrpDocx } from '@/server/exports/export-crp-docx';
import { exportCrpPdf } from '@/server/exports/export-crp-pdf';
import { exportTrackedDocx } from '@/server/exports/export-tracked-docx';
import { percentile, round } from './_stats';
import { seedExportBenchDraft } from './_export-draft';
import { startDurableDatabase } from './_durable-database';

const PARAGRAPHS = 100;
const COMMENTS = 500;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const BUDGET_MS = 30_000;
const PDF_TARGET_MS = 250;

type Writer = (model: CrpModel) => Buffer | Promise<Buffer>;

const FORMATS: Record<string, Writer | null> = {
  model: null,
  txt: exportCleanTxt,
  docx: (model) => exportCrpDocx(model),
  docx_tracked: exportTrackedDocx,
  docx_clean: exportCleanDocx,
  pdf: (model) => exportCrpPdf(model),
  akn: (model) => exportAknXml(model),
};

async function timeOnce(db: Database, draftId: string, writer: Writer | null): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const model = await buildCrpModel({ db, draftId });
  const bytes = writer ? (await writer(model)).byteLength : 0;
  return { ms: performance.now() - start, bytes };
}

async function measure(db: Database, draftId: string, writer: Writer | null): Promise<{ median: number; runs: number; bytes: number }> {
  await timeOnce(db, draftId, writer);
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  while (times.length < RUNS && performance.now() - started < BUDGET_MS) {
    const run = await timeOnce(db, draftId, writer);
    times.push(run.ms);
    bytes = run.bytes;
  }
  return { median: percentile(times, 50), runs: times.length, bytes };
}

export default async function runExportBench(): Promise<Record<string, number>> {
  const database = await startDurableDatabase();
  try {
    const draftId = await seedExportBenchDraft(database.db, PARAGRAPHS, COMMENTS);
    const model = await buildCrpModel({ db: database.db, draftId });
    const comments = model.paragraphs.reduce((sum, p) => sum + p.comments.reduce((n, g) => n + g.comments.length, 0), 0) + model.generalComments.reduce((n, g) => n + g.comments.length, 0);
    const results: Record<string, { median: number; runs: number; bytes: number }> = {};
    for (const [name, writer] of Object.entries(FORMATS)) results[name] = await measure(database.db, draftId, writer);
    const ms = (name: string) => round(results[name]?.median ?? NaN);
    const summary: Record<string, number> = {
      paragraphs: model.paragraphs.length,
      comments,
      runs: Math.min(...Object.values(results).map((result) => result.runs)),
      docx_ms: ms('docx'),
      docx_tracked_ms: ms('docx_tracked'),
      docx_clean_ms: ms('docx_clean'),
      pdf_ms: ms('pdf'),
      akn_ms: ms('akn'),
      baseline_model_ms: ms('model'),
      baseline_txt_ms: ms('txt'),
      docx_ratio: round(ms('docx') / ms('model'), 2),
      pdf_ratio: round(ms('pdf') / ms('model'), 2),
      docx_kb: round((results.docx?.bytes ?? 0) / 1024),
      pdf_kb: round((results.pdf?.bytes ?? 0) / 1024),
      docx_target_met: Number(ms('docx') < 1000 && ms('docx_tracked') < 1000 && ms('docx_clean') < 1000),
      pdf_target_met: Number(ms('pdf') < PDF_TARGET_MS),
    };
    console.log(
      `export: ${summary.paragraphs} paragraphs, ${summary.comments} comments, median of ${summary.runs}+ runs — ` +
        `CRP .docx ${summary.docx_ms} ms, tracked .docx ${summary.docx_tracked_ms} ms, clean .docx ${summary.docx_clean_ms} ms, ` +
        `PDF ${summary.pdf_ms} ms, Akoma Ntoso ${summary.akn_ms} ms; baseline: reading the model ${summary.baseline_model_ms} ms, ` +
        `plain text ${summary.baseline_txt_ms} ms (targets: .docx < 1000 ms ${summary.docx_target_met ? 'met' : 'MISSED'}, PDF < ${PDF_TARGET_MS} ms ${summary.pdf_target_met ? 'met' : 'MISSED'})`,
    );
    console.log(JSON.stringify(summary));
    return summary;
  } finally {
    await database.stop();
  }
}

void runExportBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
