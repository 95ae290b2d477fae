import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatMoment } from '@/components/comments/format-moment';
import { buildAttributions } from '@/components/revisions/attributions';
import { RevisionDocument } from '@/components/revisions/RevisionDocument';
import { listDelegations } from '@/server/meetings/list-delegations';
import { loadDraftVersion } from '@/server/revisions/load-draft-version';
import { readParagraphTexts } from '@/server/revisions/read-paragraph-texts';
import { requireDraftPage } from '@/server/drafts/require-draft-page';
import { AppError } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Revision' };

export default async function RevisionPage({ params }: { params: Promise<{ draftId: string; revisionId: string }> }) {
  const { draftId, revisionId } = await params;
  const { db, access } = await requireDraftPage({ draftId, path: `/drafts/${draftId}/revisions/${revisionId}` });
  const version = await loadDraftVersion({ db, draftId, ref: revisionId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  const delegations = await listDelegations({ db, meetingId: access.meetingId });
  const paragraphs = readParagraphTexts(version.doc);
  version.doc.destroy();
  const revision = version.revision;
  if (!revision) notFound();

  return (
    <div className="revision-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={`/drafts/${draftId}`}>{access.draft.title}</Link>›<Link href={`/drafts/${draftId}/revisions`}>Revisions</Link>›
        <span>{revision.name}</span>
      </nav>
      <h1>
        {access.draft.title} — {revision.name}
      </h1>
      <p className="muted revision-meta">
        Taken {formatMoment(revision.createdAt, 'UTC')} by {revision.createdBy.name}. Read-only.
        {revision.note ? <> Note: {revision.note}</> : null}
      </p>
      <p className="room-links">
        <Link href={`/drafts/${draftId}/revisions/compare?from=${revision.id}&to=current`}>Compare with the current text</Link>
      </p>
      <RevisionDocument paragraphs={paragraphs} attributions={buildAttributions(delegations)} language={access.draft.originalLanguage} />
    </div>
  );
}
