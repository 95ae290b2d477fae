import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLabel, getParagraph, getParagraphRuns, paragraphIds } from '@/lib/negotiation/draft-doc';
import { agendaItems, drafts, programmeSlots } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { AppError } from '@/server/http/app-error';
import { createImportedDraft } from '@/server/import/create-imported-draft';
import { previewDraftImport } from '@/server/import/preview-draft-import';
import { getMembership } from '@/server/meetings/get-membership';
import { addAgendaItem } from './add-agenda-item';
import { addDelegation } from './add-delegation';
import { addProgrammeSlot } from './add-programme-slot';
import { removeAgendaItem } from './remove-agenda-item';
import { reorderAgendaItems } from './reorder-agenda-items';
import { addMember, MEETING_FIELDS, meetingAudit, newMeeting } from '@/test-support/setup/setup-test-kit';
import { updateAgendaItem } from './update-agenda-item';
import { updateMeeting } from './update-meeting';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const slot = { day: '2022-06-29', startsAt: '3 p.m.', endsAt: '6 p.m.', items: ['2'], continuedItems: [], note: null };

describe('meeting, agenda and programme', () => {
  it('makes the creator of a meeting its secretariat', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    expect(await getMembership({ db, userId: secretariatId, meetingId })).toEqual({ role: 'secretariat', delegationId: null });
    const [event] = await meetingAudit(db, meetingId);
    expect(event).toMatchObject({ action: 'meeting.create', userId: secretariatId });
  });

  it('edits the meeting but not into dates that strand a programme slot', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Criminal justice responses' } });
    await addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: { ...slot, day: '2022-06-30' } });
    const updated = await updateMeeting({ db, userId: secretariatId, meetingId, fields: { ...MEETING_FIELDS, venue: 'Vienna International Centre' } });
    expect(updated.venue).toBe('Vienna International Centre');
    const error = await refusal(updateMeeting({ db, userId: secretariatId, meetingId, fields: { ...MEETING_FIELDS, endsOn: '2022-06-29' } }));
    expect(error.userMessage).toBe('The programme of work has a slot on 2022-06-30, outside the new dates. Move or remove that slot first.');
    const events = await meetingAudit(db, meetingId);
    expect(events.find((event) => event.action === 'meeting.update')?.details).toEqual({ changed: ['venue'] });
  });

  it('adds, renumbers, reorders and removes agenda items, keeping the programme in step', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const one = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '1', title: 'Organizational matters' } });
    const two = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Criminal justice responses' } });
    expect((await refusal(addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Again' } }))).code).toBe('conflict');
    const added = await addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: { ...slot, items: ['1', '2'], continuedItems: ['2'] } });

    await updateAgendaItem({ db, userId: secretariatId, meetingId, itemId: two.id, fields: { number: '3', title: 'Criminal justice responses' } });
    const [renamed] = await db.select().from(programmeSlots).where(eq(programmeSlots.id, added.id));
    expect(renamed).toMatchObject({ items: ['1', '3'], continuedItems: ['3'] });

    await reorderAgendaItems({ db, userId: secretariatId, meetingId, itemIds: [two.id, one.id] });
    const order = await db.select({ number: agendaItems.number }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(agendaItems.position);
    expect(order.map((item) => item.number)).toEqual(['3', '1']);
    expect((await refusal(reorderAgendaItems({ db, userId: secretariatId, meetingId, itemIds: [one.id] }))).code).toBe('conflict');

    await removeAgendaItem({ db, userId: secretariatId, meetingId, itemId: one.id });
    const [after] = await db.select().from(programmeSlots).where(eq(programmeSlots.id, added.id));
    expect(after?.items).toEqual(['3']);
  });

  it('checks programme slots against the agenda and the dates, and orders them by time', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Item' } });
    const afternoon = await addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: slot });
    const morning = await addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: { ...slot, startsAt: '10 a.m.', endsAt: '1 p.m.' } });
    expect(morning.position).toBeLessThan(afternoon.position);
    expect((await refusal(addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: { ...slot, items: ['9'] } }))).userMessage).toBe('Not on the agenda: 9.');
    expect((await refusal(addProgrammeSlot({ db, userId: secretariatId, meetingId, fields: { ...slot, day: '2022-07-01' } }))).code).toBe('bad_request');
  });

  it('refuses meeting setup to the chair', async () => {
    const { db } = database;
    const { meetingId } = await newMeeting(db);
    const chair = await addMember(db, meetingId, 'chair');
    expect((await refusal(updateMeeting({ db, userId: chair, meetingId, fields: MEETING_FIELDS }))).code).toBe('forbidden');
    expect((await refusal(addAgendaItem({ db, userId: chair, meetingId, fields: { number: '9', title: 'x' } }))).code).toBe('forbidden');
  });
});

describe('a new draft from imported text', () => {
  const text = 'Draft recommendations\n\nPP1 Recalling the Protocol,\n\n1. States should [consider establishing] measures;\n1 bis. [Invites donors.]';

  function form(fields: Record<string, string>): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  }

  it('previews, then creates the draft with bracketed spans attributed to the importing officer', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const item = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Item' } });
    const preview = await previewDraftImport({ db, userId: secretariatId, meetingId, form: form({ text }) });
    expect(preview).toMatchObject({ ok: true, counts: { preambular: 1, operative: 2, brackets: 2, alternativeSpots: 0, options: 0, attributions: 0 } });

    const fields = { agendaItemId: item.id, title: 'Draft recommendations', symbol: 'CTOC/COP/WG.4/2022/CRP.1', originalLanguage: 'fr' as const };
    const draft = await createImportedDraft({ db, userId: secretariatId, meetingId, fields, form: form({ text }) });
    expect(draft).toMatchObject({ agendaItemId: item.id, originalLanguage: 'fr', symbol: 'CTOC/COP/WG.4/2022/CRP.1' });

    const { doc } = await loadDraftDoc({ db, draftId: draft.id });
    const paragraphs = paragraphIds(doc).map((id) => getParagraph(doc, id)!);
    expect(paragraphs.map(getLabel)).toEqual(['PP1', '1', '1 bis']);
    expect(getParagraphRuns(paragraphs[1]!)).toEqual([
      { insert: 'States should ' },
      { insert: 'consider establishing', attributes: { bracket: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), by: secretariatId } } },
      { insert: ' measures;' },
    ]);
    doc.destroy();
    const events = await meetingAudit(db, meetingId);
    expect(events.at(-1)).toMatchObject({ action: 'draft.create', draftId: draft.id, details: { kind: 'paste', paragraphs: 3, brackets: 2 } });

    const again = await refusal(createImportedDraft({ db, userId: secretariatId, meetingId, fields, form: form({ text }) }));
    expect(again.userMessage).toBe('The symbol CTOC/COP/WG.4/2022/CRP.1 is already used by "Draft recommendations".');
  });

  it('previews the structure it found and links attributions to the meeting\'s delegations', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const item = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Item' } });
    const egypt = await addDelegation({ db, userId: secretariatId, meetingId, fields: { name: 'Egypt', shortName: 'EGY', kind: 'state_party' } });
    const structured = [
      'PP1. [Recognizing] (Egypt) [Acknowledging] (European Union; Brazil) that [States parties should [consider] provide[ing] training],',
      '1. The Working Group:',
      'Option 1: Decides [to establish / to consider] an expert group (Canada, supported by Mexico; Japan: delete)',
      'Option 2: No text.',
      '1之二. 各缔约国应设立[专门][专职]（埃及）机构；',
    ].join('\n');
    const preview = await previewDraftImport({ db, userId: secretariatId, meetingId, form: form({ text: structured }) });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.counts).toEqual({ preambular: 1, operative: 2, brackets: 9, alternativeSpots: 3, options: 2, attributions: 4 });
    expect(preview.paragraphs.map((p) => p.label)).toEqual(['PP1', '1', '1之二']);
    expect(preview.paragraphs[0]?.structure.brackets.map((b) => [b.depth, b.text, b.attribution])).toEqual([
      [0, 'Recognizing', 'Egypt'],
      [0, 'Acknowledging', 'European Union; Brazil'],
      [0, 'States parties should consider provideing training', null],
      [1, 'consider', null],
      [1, 'ing', null],
    ]);
    expect(preview.paragraphs[1]?.structure.options).toEqual([
      { label: 'Option 1', text: 'Decides to establishto consider an expert group', noText: false, attribution: 'Canada, supported by Mexico; Japan: delete' },
      { label: 'Option 2', text: 'No text.', noText: true, attribution: null },
    ]);
    expect(preview.paragraphs[0]?.text).toContain('Recognizing');

    const fields = { agendaItemId: item.id, title: 'Structured draft', symbol: null, originalLanguage: 'en' as const };
    const draft = await createImportedDraft({ db, userId: secretariatId, meetingId, fields, form: form({ text: structured }) });
    const { doc } = await loadDraftDoc({ db, draftId: draft.id });
    const paragraphs = paragraphIds(doc).map((id) => getParagraph(doc, id)!);
    const first = getParagraphRuns(paragraphs[0]!);
    expect(first[0]?.attributes?.bracket).toMatchObject({ by: secretariatId, form: 'adjacent', delegation: egypt.id });
    expect(first[1]).toEqual({ insert: ' ' });
    expect(first[2]?.attributes?.bracket).toMatchObject({ form: 'adjacent', note: 'European Union; Brazil' });
    const chinese = getParagraphRuns(paragraphs[2]!);
    expect(chinese.find((run) => run.insert === '专职')?.attributes?.bracket).toMatchObject({ delegation: egypt.id });
    doc.destroy();
  });

  it('reports unparseable text by line and creates nothing', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const item = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Item' } });
    const bad = form({ text: '1. Urges [States;\n2. Decides.' });
    expect(await previewDraftImport({ db, userId: secretariatId, meetingId, form: bad })).toMatchObject({ ok: false, error: { line: 1 } });
    const fields = { agendaItemId: item.id, title: 'T', symbol: null, originalLanguage: 'en' as const };
    const error = await refusal(createImportedDraft({ db, userId: secretariatId, meetingId, fields, form: bad }));
    expect(error.userMessage).toMatch(/^Line 1: a square bracket/);
    expect(await db.select().from(drafts).where(eq(drafts.meetingId, meetingId))).toEqual([]);
  });

  it('refuses uploads of the wrong type or a damaged Word file', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const upload = (name: string, content: string) => {
      const data = new FormData();
      data.set('file', new File([content], name));
      return data;
    };
    const pdf = await refusal(previewDraftImport({ db, userId: secretariatId, meetingId, form: upload('draft.pdf', '%PDF-1.4') }));
    expect(pdf.userMessage).toBe('"draft.pdf" cannot be imported: choose a .docx, .txt or .md file.');
    const docx = await refusal(previewDraftImport({ db, userId: secretariatId, meetingId, form: upload('draft.docx', 'garbage') }));
    expect(docx.userMessage).toMatch(/^"draft\.docx" cannot be imported: the file is not a Word document/);
    const markdown = await previewDraftImport({ db, userId: secretariatId, meetingId, form: upload('draft.md', '**PP1** *Recalling*,\n\n1. Decides.') });
    expect(markdown).toMatchObject({ ok: true, source: { kind: 'md' }, paragraphs: [{ label: 'PP1', runs: [{ text: 'Recalling,' }] }, { label: '1' }] });
  });

  it('refuses imports from anyone but the secretariat', async () => {
    const { db } = database;
    const { meetingId, secretariatId } = await newMeeting(db);
    const item = await addAgendaItem({ db, userId: secretariatId, meetingId, fields: { number: '2', title: 'Item' } });
    const chair = await addMember(db, meetingId, 'chair');
    const fields = { agendaItemId: item.id, title: 'T', symbol: null, originalLanguage: 'en' as const };
    expect((await refusal(previewDraftImport({ db, userId: chair, meetingId, form: form({ text }) }))).code).toBe('forbidden');
    expect((await refusal(createImportedDraft({ db, userId: chair, meetingId, fields, form: form({ text }) }))).code).toBe('forbidden');
  });
});
