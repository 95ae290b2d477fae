import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { buildDraftState, getParagraph, getProposals } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION, PARAGRAPH_KEYS, PROPOSAL_KEYS } from '@/lib/negotiation/schema';
import type { Database } from '@/server/db/client';
import { agendaItems, commentVersions, comments, delegations, meetings, revisions, users } from '@/server/db/schema';
import { seedDemoMeeting } from '@/server/db/seed';
import { appendDraftUpdate } from '@/server/drafts/append-draft-update';
import { createDraft } from '@/server/drafts/create-draft';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { draftRuns } from './draft-runs';

/**
 * A demo meeting plus one English draft that holds every kind of proposal, every status,
 * comments from States, a group and observers (one edited, one withdrawn), general comments,
 * and a revision "Rev.1" taken before a later change. Also a Chinese draft. For export tests.
 */

export interface ExportFixture {
  meetingId: string;
  draftId: string;
  chineseDraftId: string;
  revisionId: string;
  ids: Record<string, string>;
  paragraph: Record<string, string>;
}

const AT = '2022-06-29T10:00:00.000Z';

export async function seedExportDraft(db: Database): Promise<ExportFixture> {
  await seedDemoMeeting(db);
  const [meeting] = await db.select().from(meetings).limit(1);
  if (!meeting) throw new Error('demo meeting missing');
  const ids: Record<string, string> = {};
  for (const row of await db.select().from(delegations).where(eq(delegations.meetingId, meeting.id))) ids[row.name] = row.id;
  for (const row of await db.select().from(users)) ids[row.email] = row.id;
  const [item] = await db.select().from(agendaItems).where(eq(agendaItems.number, '2'));
  const id = (name: string) => required(ids[name], name);

  const { mark, ins, del, plain, brackets, p } = draftRuns({ author: id('secretariat@concord.test'), bracketsBy: id('chair@concord.test'), at: AT });
  const canadaAlsoStrikes = { 'deletion--can8': mark('p8-can', id('Canada')) };
  const outer = { id: 'b8-outer', note: 'Canada, supported by Mexico; Japan: delete' };
  const nigeriaNew = mark('p-new', id('Nigeria'));
  const paragraphs = [
    p('PP1', [plain('Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,')], { status: 'agreed' }),
    p('PP2', [plain('Noting with concern that victims are compelled to commit offences, '), { insert: 'including drug-related offences,', attributes: { bracket: { by: id('chair@concord.test') } } }], { status: 'agreed_informals' }),
    p('1', [plain('States parties should '), del('consider establishing', 'p-mex', id('Mexico')), ins('establish', 'p-mex', id('Mexico')), plain(' a framework of non-punishment;')]),
    p('2', [plain('States parties '), del('shall', 'p-alt', id('Mexico')), ins('should', 'p-alt', id('Mexico')), ins('may', 'p-eu', id('European Union')), plain(' provide training to judges;')]),
    p('3', [plain('The Working Group recommends data collection'), ins(', disaggregated by sex and age', 'p-chair', CHAIR_DELEGATION), plain(' '), del('on all cases', 'p-can', id('Canada')), plain(';')]),
    p('3 bis', [ins('Invites donors to support technical assistance.', 'p-new', id('Nigeria'))], { proposedBy: id('Nigeria'), insertionProposal: nigeriaNew }),
    p('4', [plain('States parties are encouraged to request technical assistance from UNODC.')]),
    p('5', [plain('States parties should consider a flexible approach to the link required.')], { status: 'deleted' }),
    p('6', [plain('The Working Group recommends central points of contact.')], { status: 'agreed_ad_ref' }),
    p('7', [plain('States parties should encourage parallel financial investigations.')], { status: 'parked' }),
    // Mexico: should -> shall; Canada: should -> may (an alternative set), before nested imported brackets.
    p('8', [
      plain('States parties '),
      { insert: 'should', attributes: { deletion: mark('p8-mex', id('Mexico')), ...canadaAlsoStrikes } },
      ins('shall', 'p8-mex', id('Mexico')),
      ins('may', 'p8-can', id('Canada')),
      plain(' '),
      brackets('provide training to ', outer),
      brackets('front-line', outer, { id: 'b8-inner' }),
      brackets(' officers', outer),
      plain(' on early identification.'),
    ]),
    p('9', [
      brackets('Recognizing', { id: 'b9-a', spot: 's9-verb', form: 'adjacent', delegation: id('European Union') }),
      brackets('Acknowledging', { id: 'b9-b', spot: 's9-verb', form: 'adjacent', note: 'Egypt; Japan' }),
      plain(' the role of '),
      brackets('joint investigation teams', { id: 'b9-c', spot: 's9-means', form: 'slash' }),
      brackets('parallel investigations', { id: 'b9-d', spot: 's9-means', form: 'slash' }),
      plain(' in cross-border cases,'),
    ]),
    p('10', [
      plain('The Working Group recommends that:'),
      brackets('States parties should designate national focal points.', { id: 'b10-1', spot: 's10', form: 'option', option: 'Option 1', delegation: id('Mexico') }),
      brackets('No text.', { id: 'b10-2', spot: 's10', form: 'option', option: 'Option 2', noText: true, note: 'Japan, supported by Canada' }),
    ], { status: 'agreed_informals' }),
  ];
  const paragraph: Record<string, string> = Object.fromEntries(paragraphs.map((entry) => [entry.label, entry.id]));
  const state = withExtras(buildDraftState(paragraphs), (doc) => {
    getParagraph(doc, required(paragraph['4'], '4'))?.set(PARAGRAPH_KEYS.deletionProposal, mark('p-delpara', id('Canada')));
    positions(doc, 'p-mex', { [id('Argentina')]: 'support', [id('Canada')]: 'oppose' });
    positions(doc, 'p8-can', { [id('Japan')]: 'support' });
  });
  const draft = await createDraft({
    db,
    meetingId: meeting.id,
    agendaItemId: item?.id ?? null,
    title: 'Draft recommendations on non-punishment of victims of trafficking in persons',
    symbol: null,
    originalLanguage: 'en',
    initialState: state,
  });

  const [revision] = await db
    .insert(revisions)
    .values({ draftId: draft.id, name: 'Rev.1', state: await loadDraftState({ db, draftId: draft.id }), createdBy: id('secretariat@concord.test'), createdAt: new Date('2022-06-29T18:00:00Z') })
    .returning();
  await changeAfterRevision(db, draft.id, required(paragraph['4'], '4'));
  await seedComments(db, draft.id, paragraph, id);
  const chinese = await seedChineseDraft(db, meeting.id, item?.id ?? null);
  return { meetingId: meeting.id, draftId: draft.id, chineseDraftId: chinese, revisionId: required(revision?.id, 'revision'), ids, paragraph };
}

function withExtras(state: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  doc.transact(() => change(doc));
  const result = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return result;
}

function positions(doc: Y.Doc, proposalId: string, entries: Record<string, 'support' | 'oppose'>): void {
  const entry = new Y.Map<unknown>();
  getProposals(doc).set(proposalId, entry);
  const map = new Y.Map<string>();
  entry.set(PROPOSAL_KEYS.positions, map);
  for (const [delegation, position] of Object.entries(entries)) map.set(delegation, position);
}

/** After Rev.1, OP 4 is agreed: the current paper and Rev.1 must differ there. */
async function changeAfterRevision(db: Database, draftId: string, paragraphId: string): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadDraftState({ db, draftId }));
  const before = Y.encodeStateVector(doc);
  doc.transact(() => getParagraph(doc, paragraphId)?.set(PARAGRAPH_KEYS.status, 'agreed'));
  await appendDraftUpdate({ db, draftId, update: Y.encodeStateAsUpdate(doc, before), userId: null, delegationId: null });
  doc.destroy();
}

export const FIXTURE_COMMENTS = {
  mexicoFirst: 'Mexico would prefer a binding formulation.',
  mexicoEdited: 'Mexico prefers a binding formulation, as in article 6.',
  argentina: 'Argentina supports the proposal of Mexico.',
  canada: 'Canada cannot accept the deletion of “consider”.',
  iom: 'IOM recalls its guidance on non-punishment.',
  japanWithdrawn: 'Japan reserves its position.',
  eu: 'The European Union prefers “may”.',
  generalNigeria: 'Nigeria thanks the secretariat for the draft.',
  generalCoe: 'The Council of Europe offers its expertise.',
} as const;

async function seedComments(db: Database, draftId: string, paragraph: Record<string, string>, id: (name: string) => string): Promise<void> {
  const add = async (paragraphId: string | null, delegation: string, bodies: string[], at: string, withdrawn = false) => {
    const [row] = await db
      .insert(comments)
      .values({ draftId, paragraphId, delegationId: id(delegation), userId: id('secretariat@concord.test'), createdAt: new Date(at), deletedAt: withdrawn ? new Date('2022-06-30T09:00:00Z') : null })
      .returning();
    for (const [index, body] of bodies.entries()) {
      const editedAt = new Date(new Date(at).getTime() + index * 86_400_000);
      await db.insert(commentVersions).values({ commentId: required(row?.id, 'comment'), body, editedBy: id('secretariat@concord.test'), editedAt });
    }
  };
  const op1 = required(paragraph['1'], '1');
  await add(op1, 'Mexico', [FIXTURE_COMMENTS.mexicoFirst, FIXTURE_COMMENTS.mexicoEdited], '2022-06-29T11:00:00Z');
  await add(op1, 'International Organization for Migration', [FIXTURE_COMMENTS.iom], '2022-06-29T11:05:00Z');
  await add(op1, 'Canada', [FIXTURE_COMMENTS.canada], '2022-06-29T11:10:00Z');
  await add(op1, 'Argentina', [FIXTURE_COMMENTS.argentina], '2022-06-29T11:15:00Z');
  await add(op1, 'Japan', [FIXTURE_COMMENTS.japanWithdrawn], '2022-06-29T11:20:00Z', true);
  await add(required(paragraph['2'], '2'), 'European Union', [FIXTURE_COMMENTS.eu], '2022-06-29T12:00:00Z');
  await add(null, 'Council of Europe', [FIXTURE_COMMENTS.generalCoe], '2022-06-29T12:30:00Z');
  await add(null, 'Nigeria', [FIXTURE_COMMENTS.generalNigeria], '2022-06-29T12:35:00Z');
}

export const CHINESE_TEXT = {
  title: '关于不惩罚人口贩运受害者的建议草案',
  op1: '缔约国应当确保人口贩运受害者不因被迫实施的违法行为而受到惩罚。',
  op2Plain: '缔约国应当',
  op2Inserted: '加强',
  op2Tail: '国际合作。',
} as const;

async function seedChineseDraft(db: Database, meetingId: string, agendaItemId: string | null): Promise<string> {
  const state = buildDraftState([
    { id: randomUUID(), label: '1', kind: 'OP', runs: [{ insert: CHINESE_TEXT.op1 }] },
    {
      id: randomUUID(),
      label: '2',
      kind: 'OP',
      runs: [
        { insert: CHINESE_TEXT.op2Plain },
        { insert: CHINESE_TEXT.op2Inserted, attributes: { insertion: { proposal: 'zh-1', delegation: CHAIR_DELEGATION, author: 'u', at: AT } } },
        { insert: CHINESE_TEXT.op2Tail },
      ],
    },
  ]);
  const draft = await createDraft({ db, meetingId, agendaItemId, title: CHINESE_TEXT.title, symbol: 'CTOC/COP/WG.4/2022/CRP.9', originalLanguage: 'zh', initialState: state });
  return draft.id;
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`export fixture: missing ${what}`);
  return value;
}
