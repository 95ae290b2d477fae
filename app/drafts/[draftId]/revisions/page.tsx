import Link from 'next/link';
import { can } from '@/lib/negotiation/policy';
import { formatMoment } from '@/components/comments/format-moment';
import { ComparePicker } from '@/components/revisions/ComparePicker';
import { TakeRevisionForm } from '@/components/revisions/TakeRevisionForm';
import { listRevisions } from '@/server/revisions/list-revisions';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { suggestRevisionName } from '@/server/revisions/suggest-revision-name';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Revisions' };

export default async function RevisionsPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const { db, user, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/revisions` });
  const revisions = await listRevisions({ db, draftId });
  const mayTake = can({ userId: user.id, role: access.role, delegationId: access.delegationId }, 'takeRevision');

  return (
    <div className="revisions-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={`/meetings/${access.meetingId}`}>Meeting</Link>›<Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›
        <span>Revisions</span>
      </nav>
      <h1>Revisions</h1>
      <p className="muted">
        Named snapshots of <strong>{access.draft.title}</strong>. Open one to read it as it stood, or compare two versions.
      </p>
      {mayTake ? <TakeRevisionForm draftId={draftId} suggestedName={suggestRevisionName(revisions.map((r) => r.name))} /> : null}
      <section className="card" aria-labelledby="revision-list-title">
        <h2 id="revision-list-title">Revisions taken</h2>
        {revisions.length === 0 ? (
          <p className="muted">No revision has been taken yet.</p>
        ) : (
          <>
            <table className="data-table" data-testid="revision-list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Taken</th>
                  <th scope="col">By</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision) => (
                  <tr key={revision.id}>
                    <td>
                      <Link href={`/drafts/${draftId}/revisions/${revision.id}`}>{revision.name}</Link>
                    </td>
                    <td>{formatMoment(revision.createdAt, 'UTC')}</td>
                    <td>{revision.createdBy.name}</td>
                    <td>{revision.note ?? ''}</td>
                    <td>
                      <Link href={`/drafts/${draftId}/revisions/compare?from=${revision.id}&to=current`}>Compare with current</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ComparePicker draftId={draftId} revisions={revisions} />
          </>
        )}
      </section>
    </div>
  );
}
