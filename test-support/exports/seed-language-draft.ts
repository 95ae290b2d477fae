import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { UnLanguage } from '@/lib/exports/masthead-words';
import { buildDraftState, getParagraph, getProposals } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION, PARAGRAPH_KEYS, PROPOSAL_KEYS } from '@/lib/negotiation/schema';
import type { Database } from '@/server/db/client';
import { agendaItems, commentVersions, comments, delegations, meetings, users } from '@/server/db/schema';
import { createDraft } from '@/server/drafts/create-draft';
import { draftRuns } from './draft-runs';
import { PHRASES } from './phrasebook';

/**
 * A draft tabled in `language` under the demo meeting (seed it first), with the same structure
 * in every language: adjacent alternatives, a bis label, a replacement with supporters and
 * objectors, an alternative set, a chair insertion, a new paragraph, a proposal to delete a
 * paragraph, every status, nested brackets around slash alternatives, options with "No text",
 * and comments from two delegations, one answered, each quoting the words it is about.
 */

const AT = '2022-06-29T10:00:00.000Z';

export async function seedLanguageDraft(db: Database, language: UnLanguage): Promise<string> {
  const [meeting] = await db.select().from(meetings).limit(1);
  const [item] = await db.select().from(agendaItems).where(eq(agendaItems.number, '2'));
  if (!meeting || !item) throw new Error('seed the demo meeting first');
  const ids = new Map<string, string>();
  for (const row of await db.select().from(delegations).where(eq(delegations.meetingId, meeting.id))) ids.set(row.name, row.id);
  const [secretariat] = await db.select().from(users).where(eq(users.email, 'secretariat@concord.test'));
  const id = (name: string) => required(ids.get(name), name);
  const user = required(secretariat?.id, 'secretariat');
  const w = PHRASES[language];
  const bis = language === 'zh' ? '之二' : language === 'ar' ? ' مكررا' : ' bis';

  const { mark, ins, del, plain, brackets, p } = draftRuns({ author: user, bracketsBy: user, at: AT });
  const outer = { id: 'b8-outer', delegation: id('Canada') };
  const paragraphs = [
    p('PP1', [plain(w.pp1)], { status: 'agreed' }),
    p('PP2', [
      brackets(w.verbA, { id: 'b2-a', spot: 's2', form: 'adjacent' }),
      brackets(w.verbB, { id: 'b2-b', spot: 's2', form: 'adjacent', delegation: id('European Union') }),
      plain(w.pp2Tail),
    ]),
    p(`PP2${bis}`, [plain(w.ppBis), brackets(w.ppBisTail, { id: 'b2bis', delegation: id('Egypt') })], { status: 'agreed_informals' }),
    p('1', [plain(w.op1Lead), del(w.op1Deleted, 'p-mex', id('Mexico')), ins(w.op1Inserted, 'p-mex', id('Mexico')), plain(w.op1Tail)]),
    p('2', [plain(w.op2Lead), del(w.op2Deleted, 'p-alt', id('Mexico')), ins(w.op2AltA, 'p-alt', id('Mexico')), ins(w.op2AltB, 'p-eu', id('European Union')), plain(w.op2Tail)]),
    p('3', [plain(w.op3Lead), ins(w.op3Inserted, 'p-chair', CHAIR_DELEGATION), plain(' '), del(w.op3Deleted, 'p-can', id('Canada')), plain('.')]),
    p(`3${bis}`, [ins(w.op3bis, 'p-new', id('Nigeria'))], { proposedBy: id('Nigeria'), insertionProposal: mark('p-new', id('Nigeria')) }),
    p('4', [plain(w.op4)]),
    p('5', [plain(w.op5)], { status: 'deleted' }),
    p('6', [plain(w.op6)], { status: 'agreed_ad_ref' }),
    p('7', [plain(w.op6)], { status: 'parked' }),
    p('8', [
      plain(w.op8Lead),
      brackets(w.op8Outer, outer),
      brackets(w.op8Inner, outer, { id: 'b8-inner' }),
      brackets(w.op8Tail, outer),
      brackets(w.slashA, outer, { id: 'b8-a', spot: 's8', form: 'slash', delegation: id('Japan') }),
      brackets(w.slashB, outer, { id: 'b8-b', spot: 's8', form: 'slash' }),
      plain('.'),
    ]),
    p('9', [
      plain(w.op9Chapeau),
      brackets(w.op9Option1, { id: 'b9-1', spot: 's9', form: 'option', option: w.option(1), delegation: id('Mexico') }),
      brackets(w.noText, { id: 'b9-2', spot: 's9', form: 'option', option: w.option(2), noText: true, delegation: id('Japan') }),
    ]),
  ];
  const byLabel = new Map(paragraphs.map((paragraph) => [paragraph.label, paragraph.id]));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, buildDraftState(paragraphs));
  doc.transact(() => {
    getParagraph(doc, required(byLabel.get('4'), '4'))?.set(PARAGRAPH_KEYS.deletionProposal, mark('p-delpara', id('Canada')));
    positions(doc, 'p-mex', { [id('Argentina')]: 'support', [id('Canada')]: 'oppose' });
  });
  const draft = await createDraft({ db, meetingId: meeting.id, agendaItemId: item.id, title: w.title, symbol: null, originalLanguage: language, initialState: Y.encodeStateAsUpdate(doc) });
  doc.destroy();

  const comment = async (delegation: string | null, body: string, at: string, extra: { replyToId?: string; quote?: string } = {}) => {
    const [row] = await db
      .insert(comments)
      .values({ draftId: draft.id, paragraphId: required(byLabel.get('1'), '1'), delegationId: delegation, userId: user, createdAt: new Date(at), ...extra })
      .returning();
    await db.insert(commentVersions).values({ commentId: required(row?.id, 'comment'), body, editedBy: user, editedAt: new Date(at) });
    return required(row?.id, 'comment');
  };
  const first = await comment(id('Mexico'), w.comment1, '2022-06-29T11:00:00Z', { quote: w.op1Inserted });
  await comment(id('Canada'), w.comment2, '2022-06-29T11:10:00Z', { quote: w.op1Deleted });
  await comment(id('Mexico'), w.reply, '2022-06-29T11:20:00Z', { replyToId: first });
  await comment(CHAIR_DELEGATION, w.comment2, '2022-06-29T11:30:00Z');
  return draft.id;
}

function positions(doc: Y.Doc, proposalId: string, entries: Record<string, 'support' | 'oppose'>): void {
  const entry = new Y.Map<unknown>();
  getProposals(doc).set(proposalId, entry);
  const map = new Y.Map<string>();
  entry.set(PROPOSAL_KEYS.positions, map);
  for (const [delegation, position] of Object.entries(entries)) map.set(delegation, position);
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`language draft: missing ${what}`);
  return value;
}
