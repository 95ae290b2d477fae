'use client';

import { useTranslations } from 'next-intl';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import type { CommandRequest } from '@/lib/collab/messages';
import { useEffect, useMemo, useRef, useState } from 'react';
import { UNDO_WINDOW_MS, readDecisionRecord } from '@/lib/negotiation/commands/decision-record';
import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
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
import { ActionFeedback, FeedbackProvider, type Feedback, type FeedbackApi } from './ActionFeedback';
import { doneSentence } from './feedback-text';
import { connectionKey } from './connection-label';
import { useAnnouncement } from './use-announcement';
import { DraftComments } from '@/components/comments/DraftComments';
import { ParagraphComments } from '@/components/comments/ParagraphComments';
import { useDraftComments } from '@/components/comments/use-draft-comments';

export function DraftRoom(props: DraftRoomProps) {
  const { connection, state, savingPaused, closedReason, session, synced, refusal, dismissRefusal, sendCommand, commentsVersion } =
    useDraftConnection(props.draftId);
  const t = useTranslations('draft.room');
  const tBar = useTranslations('draft.bar');
  const tFeedback = useTranslations('draft.feedback');
  const tStatus = useTranslations('statuses');
  const wordServer = useServerSentence();
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
  // The latest answer of the server (or of the page itself), drawn beside the control that asked.
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const serial = useRef(0);
  // The paragraph the user last clicked, typed or tabbed into: its controls are shown.
  const [selected, setSelected] = useState<string | null>(null);

  // Re-derived on every document change (`version`); cheap next to rendering the editors.
  const view = doc && synced && version >= 0 ? readDraftView(doc) : null;
  const myDelegation = can(actor, 'actOnBehalf') ? speakingFor : actor.delegationId;
  const colour = caretColour(myDelegation ? names.colorKey(myDelegation) : 'chair');
  const presence = usePresence(connection?.provider ?? null, session);

  const labelOf = (paragraphId: string | null) => {
    const paragraph = paragraphId ? view?.paragraphs.find((candidate) => candidate.id === paragraphId) : undefined;
    return paragraph ? spokenParagraphName(paragraph) : null;
  };

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

  const say = (next: Omit<Feedback, 'serial'>) => setFeedback({ ...next, serial: (serial.current += 1) });

  async function run(command: CommandRequest, at?: string) {
    const onBehalfOf = can(actor, 'actOnBehalf') && speakingFor ? { onBehalfOf: speakingFor } : {};
    const earlier = doc ? readDecisionRecord(doc)?.id : undefined;
    const result = await sendCommand({ ...command, ...onBehalfOf });
    const paragraphId = 'paragraphId' in command && typeof command.paragraphId === 'string' ? command.paragraphId : null;
    const place = at ?? (paragraphId ? `paragraph:${paragraphId}` : 'room');
    if (!result.ok) {
      say({ at: place, ok: false, text: result.error ? wordServer(result, result.error) : t('refused') });
      return false;
    }
    // The decision's update reaches the page before its answer, so its undo record is here already.
    const record = doc && command.type !== 'undoDecision' ? readDecisionRecord(doc) : null;
    // Only a decision this command took: one that changed nothing leaves an older record in place.
    const undoable = record !== null && record.id !== earlier && record.by === actor.userId && record.action === command.type;
    say({
      at: place,
      ok: true,
      text: doneSentence(command, tFeedback, (status) => tStatus(status)),
      ...(undoable ? { decisionId: record.id, undoUntil: Date.now() + UNDO_WINDOW_MS } : {}),
    });
    return true;
  }

  const feedbackApi: FeedbackApi = {
    feedback,
    dismiss: () => setFeedback(null),
    undo: (from) => {
      if (from.decisionId) void run({ type: 'undoDecision', decisionId: from.decisionId }, from.at);
    },
    // Each key pressed in agreed text would say the same again; once is enough until it changes.
    show: (at, text) => setFeedback((shown) => (shown?.at === at && shown.text === text ? shown : { at, ok: false, text, serial: (serial.current += 1) })),
  };

  // One polite live region speaks for the whole page: answers, the connection, the chair's moves.
  const connectionText = tBar(`connection.${connectionKey(state, savingPaused)}`);
  const followText = follow === 'offer' && chairFocus ? t('chairIsOnSentence', { paragraph: labelOf(chairFocus) ?? t('anotherParagraph') }) : null;
  const answer = feedback ? (feedback.decisionId ? tFeedback('withUndo', { sentence: feedback.text }) : feedback.text) : null;
  const announcement = useAnnouncement([answer, followText, connectionText], feedback?.serial ?? 0);

  // The secretariat operates the screen for whoever has the floor: when the floor changes, its
  // proposal controls follow, so the words typed next are attributed to the speaker.
  const floor = view?.floor ?? null;
  const secretariat = can(actor, 'actOnBehalf');
  useEffect(() => {
    if (secretariat && floor) setSpeakingFor(floor);
  }, [secretariat, floor]);

  const paragraphs = view ? view.paragraphs.filter((paragraph) => !onlyOpen || paragraph.status === 'open') : [];

  return (
    <FeedbackProvider value={feedbackApi}>
      <div className="draft-room">
        <div className="visually-hidden" aria-live="polite" data-testid="live-region">
          {announcement}
        </div>
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
        <ActionFeedback at="room" className="room-feedback" />
        {follow === 'offer' && chairFocus ? (
          <div className="notice follow-notice" data-testid="follow-notice">
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
                  index={view?.paragraphs.indexOf(paragraph) ?? 0}
                  total={view?.paragraphs.length ?? 0}
                  focused={view?.focus === paragraph.id}
                  active={view?.focus === paragraph.id || selected === paragraph.id}
                  onSelect={() => setSelected(paragraph.id)}
                  commentCount={comments.counts.paragraphs[paragraph.id] ?? 0}
                  actor={actor}
                  user={{ name: props.user.name, color: colour }}
                  names={names}
                  delegations={props.delegations}
                  language={props.originalLanguage}
                  speakingFor={speakingFor}
                  chairProposing={chairProposing}
                  run={run}
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
    </FeedbackProvider>
  );
}

function isInsideParagraph(paragraphId: string): boolean {
  const card = document.getElementById(`paragraph-${paragraphId}`);
  return card !== null && card.contains(document.activeElement);
}
