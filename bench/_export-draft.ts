import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { buildDraftState, type NewParagraph, type TextRun } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { Database } from '@/server/db/client';
import { commentVersions, comments, delegations, meetings, users } from '@/server/db/schema';
import { seedDemoMeeting } from '@/server/db/seed';
import { createDraft } from '@/server/drafts/create-draft';

/**
 * The export benchmark's draft: `paragraphs` paragraphs of realistic length under the demo
 * meeting, about a third of them with pending proposals of every kind (replacement,
 * alternatives, chair text, deletion, bracketed text), and `commentCount` comments spread over
 * the paragraphs by the meeting's delegations, one in five edited once.
 */
export async function seedExportBenchDraft(db: Database, paragraphs: number, commentCount: number): Promise<string> {
  await seedDemoMeeting(db);
  const [meeting] = await db.select().from(meetings).limit(1);
  const [secretariat] = await db.select().from(users).where(eq(users.email, 'secretariat@concord.test'));
  if (!meeting || !secretariat) throw new Error('demo meeting missing');
  const delegationIds = (await db.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meeting.id))).map((row) => row.id);
  const pick = (index: number) => delegationIds[index % delegationIds.length] ?? CHAIR_DELEGATION;
  const at = '2022-06-29T10:00:00.000Z';
  const mark = (proposal: string, delegation: string) => ({ proposal, delegation, author: secretariat.id, at });

  const list: NewParagraph[] = Array.from({ length: paragraphs }, (_, index) => {
    const preamble = index < 10;
    const label = preamble ? `PP${index + 1}` : String(index - 9);
    const base = `States parties should consider adopting measures, in accordance with their domestic legal frameworks, to ensure that victims of trafficking in persons (${index + 1}) are identified early, referred to assistance and protected`;
    const runs: TextRun[] = [{ insert: `${base} ` }];
    switch (index % 6) {
      case 0:
        runs.push({ insert: 'consider', attributes: { deletion: mark(`r${index}`, pick(index)) } }, { insert: 'ensure', attributes: { insertion: mark(`r${index}`, pick(index)) } });
        break;
      case 1:
        runs.push({ insert: 'should', attributes: { insertion: mark(`a${index}`, pick(index)) } }, { insert: 'may', attributes: { insertion: mark(`b${index}`, pick(index + 1)) } });
        break;
      case 2:
        runs.push({ insert: 'including through training', attributes: { bracket: { by: secretariat.id } } });
        break;
      case 3:
        runs.push({ insert: ', as appropriate', attributes: { insertion: mark(`c${index}`, CHAIR_DELEGATION) } });
        break;
      default:
        runs.push({ insert: 'and with the participation of civil society' });
    }
    runs.push({ insert: ' throughout criminal proceedings;' });
    return { id: randomUUID(), label, kind: preamble ? 'PP' : 'OP', runs, status: index % 9 === 4 ? 'agreed' : 'open' };
  });
  const draft = await createDraft({
    db,
    meetingId: meeting.id,
    agendaItemId: null,
    title: 'Draft recommendations (benchmark)',
    symbol: 'CTOC/COP/WG.4/2022/CRP.99',
    initialState: buildDraftState(list),
  });

  const rows = Array.from({ length: commentCount }, (_, index) => ({
    id: randomUUID(),
    draftId: draft.id,
    paragraphId: index % 25 === 0 ? null : (list[index % list.length]?.id ?? null),
    delegationId: pick(index * 7),
    userId: secretariat.id,
    createdAt: new Date(Date.parse(at) + index * 60_000),
  }));
  await db.insert(comments).values(rows);
  const versions = rows.flatMap((row, index) => {
    const first = { commentId: row.id, body: `Comment ${index + 1}: the delegation supports the paragraph with the amendments proposed, and recalls its national practice on the matter.`, editedBy: secretariat.id, editedAt: row.createdAt };
    return index % 5 === 0 ? [first, { ...first, body: `${first.body} (revised)`, editedAt: new Date(row.createdAt.getTime() + 1000) }] : [first];
  });
  await db.insert(commentVersions).values(versions);
  return draft.id;
}
