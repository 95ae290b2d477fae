'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { Actor } from '@/lib/negotiation/actor';
import { useDraftConnection } from './use-draft-connection';
import { useDocVersion } from './use-doc-version';
import { readDraftView } from './draft-view';
import { delegationNamer, caretColour } from './delegation-names';
import { RoomBar } from './RoomBar';
import { ParagraphCard } from './ParagraphCard';
import { RefusalBanner } from './RefusalBanner';
import { Legend } from './Legend';
import { SpeakersList } from './SpeakersList';
import { spokenParagraphName } from './paragraph-name';
import { usePresence } from './use-presence';
import { followAction } from './follow-chair';
import { useTypingFocus } from './use-typing-focus';
import type { DraftRoomProps } from './types';
import { DraftComments } from '@/components/comments/DraftComments';
import { ParagraphComments } from '@/components/comments/ParagraphComments';
import { useDraftComments } from '@/components/comments/use-draft-comments';

export function DraftRoom(props: DraftRoomProps) {
  const { connection, state, savingPaused, closedReason, session, synced, refusal, dismissRefusal, sendCommand, commentsVersion } =
    useDraftConnection(props.draftId);
  const t = useTranslations('draft.room');
  const doc = connection?.doc ?? null;
  const version = useDocVersion(doc);
  const names = useMemo(() => delegationNamer(props.delegations), [props.delegations]);
  // The server's word on role wins: a role change reaches open pages through the session message.
  const actor: Actor = {
    userId: props.user.id,
    role: session?.role ?? props.role,
    delegationId: session ? session.delegationId : props.delegationId,
  };
  // Comments are not in the Y.Doc: refetched on MESSAGE.commentsChanged and after a reconnect
  // (notices sent while the socket was down are lost).
  const comments = useDraftComments(props.draftId, `${commentsVersion}:${synced}`);
  const [speakingFor, setSpeakingFor] = useState<string | null>(null);
  const [chairProposing, setChairProposing] = useState(false);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [followChair, setFollowChair] = useState(true);
  // A refused action's sentence, shown on the paragraph it concerned (or at the top).
  const [actionError, setActionError] = useState<{ text: string; paragraphId: string | null } | null>(null);

  // Re-derived on every document change (`version`); cheap next to rendering the editors.
  const view = doc && synced && version >= 0 ? readDraftView(doc) : null;
  const myDelegation = actor.role === 'secretariat' ? speakingFor : actor.delegationId;
  const colour = caretColour(myDelegation ? names.colorKey(myDelegation) : 'chair');
  const presence = usePresence(connection?.provider ?? null, session);

  // Follow the chair, but never move the page under a user who is typing (follow-chair.ts).
  const typing = useTypingFocus();
  const [followed, setFollowed] = useState<string | null>(null);
  const chairFocus = view?.focus ?? null;
  const goTo = (paragraphId: string) => {
    // Smooth scrolling moves the whole page; readers who asked for less motion jump instead.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.getElementById(`paragraph-${paragraphId}`)?.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'center' });
    setFollowed(paragraphId);
  };
  const insideFocus = chairFocus !== null && typing && isInsideParagraph(chairFocus);
  const follow = followAction({ followChair, focus: chairFocus, followed, typing, insideFocus });
  useEffect(() => {
    if (follow === 'scroll' && chairFocus) goTo(chairFocus);
    else if (follow === 'adopt') setFollowed(chairFocus);
  }, [follow, chairFocus]);

  async function run(command: Record<string, unknown>) {
    const onBehalfOf = actor.role === 'secretariat' && speakingFor ? { onBehalfOf: speakingFor } : {};
    const result = await sendCommand({ ...command, ...onBehalfOf });
    const paragraphId = typeof command.paragraphId === 'string' ? command.paragraphId : null;
    setActionError(result.ok ? null : { text: result.error ?? t('refused'), paragraphId });
    return result.ok;
  }

  // The secretariat operates the screen for whoever has the floor: when the floor changes, its
  // proposal controls follow, so the words typed next are attributed to the speaker.
  const floor = view?.floor ?? null;
  const secretariat = actor.role === 'secretariat';
  useEffect(() => {
    if (secretariat && floor) setSpeakingFor(floor);
  }, [secretariat, floor]);

  const labelOf = (paragraphId: string | null) => {
    const paragraph = paragraphId ? view?.paragraphs.find((candidate) => candidate.id === paragraphId) : undefined;
    return paragraph ? spokenParagraphName(paragraph) : null;
  };

  const paragraphs = view ? view.paragraphs.filter((paragraph) => !onlyOpen || paragraph.status === 'open') : [];

  return (
    <div className="draft-room">
      {/* The room bar and the speakers' list come first; keyboard users may go straight to the text. */}
      <a href="#draft-paragraphs" className="skip-link">
        {t('skipToText')}
      </a>
      <RoomBar
        props={props}
        actor={actor}
        state={state}
        savingPaused={savingPaused}
        closedReason={closedReason}
        presence={presence}
        names={names}
        counts={view?.counts ?? null}
        onlyOpen={onlyOpen}
        setOnlyOpen={setOnlyOpen}
        followChair={followChair}
        setFollowChair={setFollowChair}
        speakingFor={speakingFor}
        setSpeakingFor={setSpeakingFor}
        chairProposing={chairProposing}
        setChairProposing={setChairProposing}
        run={run}
      />
      {refusal && doc ? <RefusalBanner refusal={refusal} doc={doc} synced={synced} onDismiss={dismissRefusal} /> : null}
      {actionError && !paragraphs.some((paragraph) => paragraph.id === actionError.paragraphId) ? (
        <div className="notice notice-error" role="alert">
          {actionError.text}
          <button type="button" className="button-quiet button-small" onClick={() => setActionError(null)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      {follow === 'offer' && chairFocus ? (
        <div className="notice follow-notice" role="status" data-testid="follow-notice">
          {t('chairIsOn', { paragraph: labelOf(chairFocus) ?? t('anotherParagraph') })} —
          <button type="button" className="button-small" onClick={() => goTo(chairFocus)}>
            {t('goThere')}
          </button>
        </div>
      ) : null}
      {view ? (
        <SpeakersList
          speakers={view.speakers}
          floor={view.floor}
          focus={view.focus}
          labelOf={labelOf}
          actor={actor}
          speakingFor={speakingFor}
          names={names}
          run={run}
          onFloorGiven={secretariat ? setSpeakingFor : undefined}
        />
      ) : null}
      {view ? <Legend view={view} names={names} /> : null}
      {!view ? <p className="muted loading">{t('connecting')}</p> : null}
      <ol className="paragraph-list" aria-label={t('paragraphs')} id="draft-paragraphs" tabIndex={-1}>
        {doc && connection
          ? paragraphs.map((paragraph) => (
              <ParagraphCard
                key={paragraph.id}
                doc={doc}
                provider={connection.provider}
                paragraph={paragraph}
                language={props.language}
                index={view?.paragraphs.indexOf(paragraph) ?? 0}
                total={view?.paragraphs.length ?? 0}
                focused={view?.focus === paragraph.id}
                actor={actor}
                user={{ name: props.user.name, color: colour }}
                names={names}
                delegations={props.delegations}
                speakingFor={speakingFor}
                chairProposing={chairProposing}
                run={run}
                notice={actionError?.paragraphId === paragraph.id ? actionError.text : null}
                onDismissNotice={() => setActionError(null)}
                comments={
                  <ParagraphComments
                    draftId={props.draftId}
                    paragraphId={paragraph.id}
                    paragraphLabel={paragraph.label}
                    paragraphName={spokenParagraphName(paragraph)}
                    reader={actor}
                    delegations={props.delegations}
                    comments={comments}
                  />
                }
              />
            ))
          : null}
      </ol>
      {view ? (
        <DraftComments
          draftId={props.draftId}
          reader={actor}
          delegations={props.delegations}
          paragraphs={view.paragraphs.map(({ id, label }) => ({ id, label }))}
          comments={comments}
        />
      ) : null}
    </div>
  );
}

function isInsideParagraph(paragraphId: string): boolean {
  const card = document.getElementById(`paragraph-${paragraphId}`);
  return card !== null && card.contains(document.activeElement);
}
