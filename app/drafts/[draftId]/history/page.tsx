import Link from 'next/link';
import { HistoryFilters } from '@/components/history/HistoryFilters';
import { HistoryTable } from '@/components/history/HistoryTable';
import { getLabel, getParagraph, paragraphIds } from '@/lib/negotiation/draft-doc';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { groupHistoryEntries } from '@/server/history/group-history-entries';
import { listDraftHistory } from '@/server/history/list-draft-history';
import { listDelegations } from '@/server/meetings/list-delegations';
import { requireDraftPage } from '@/server/drafts/require-draft-page';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'History' };

type Search = Promise<{ paragraphId?: string | string[]; delegationId?: string | string[] }>;

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ draftId: string }>; searchParams: Search }) {
  const { draftId } = await params;
  const search = await searchParams;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/history` });
  const paragraphId = single(search.paragraphId);
  const delegationId = single(search.delegationId);
  const [entries, delegations, { doc }] = await Promise.all([
    listDraftHistory({ db, draftId, meetingId: access.meetingId, paragraphId, delegationId }),
    listDelegations({ db, meetingId: access.meetingId }),
    loadDraftDoc({ db, draftId }),
  ]);
  const paragraphs = paragraphIds(doc).flatMap((id) => {
    const paragraph = getParagraph(doc, id);
    return paragraph ? [{ id, label: getLabel(paragraph) }] : [];
  });
  doc.destroy();

  return (
    <div className="history-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={`/meetings/${access.meetingId}`}>Meeting</Link>›<Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›
        <span>History</span>
      </nav>
      <h1>History</h1>
      <p className="muted">
        Proposals, positions, decisions, status changes, comments and revisions on <strong>{access.draft.title}</strong>, newest first. Times are UTC. Repeated actions by the same person in a row are one line; open it to see each.
      </p>
      <HistoryFilters
        draftId={draftId}
        paragraphs={paragraphs}
        delegations={delegations}
        {...(paragraphId ? { paragraphId } : {})}
        {...(delegationId ? { delegationId } : {})}
      />
      <section className="card">
        <HistoryTable groups={groupHistoryEntries(entries)} entries={entries} />
      </section>
    </div>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
