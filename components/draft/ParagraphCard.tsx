'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { can, actingDelegation } from '@/lib/negotiation/policy';
import { ParagraphEditor } from '@/components/editor/ParagraphEditor';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';
import { bracketSelection, bracketToLift } from '@/components/editor/brackets';
import { proposeAlternative } from '@/components/editor/proposal-mode';
import { editorSetup } from './editor-mode';
import { ProposalList } from './ProposalList';
import { ChairControls } from './ChairControls';
import { BracketControls } from './BracketControls';
import { NewParagraphForm } from './NewParagraphForm';
import { ActionFeedback, useFeedback } from './ActionFeedback';
import { lockedSentence } from './feedback-text';
import { spokenParagraphName } from './paragraph-name';
import type { DelegationNamer } from './delegation-names';
import type { ParagraphView } from './draft-view';
import type { DelegationInfo } from './types';

export interface ParagraphCardProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  paragraph: ParagraphView;
  index: number;
  total: number;
  focused: boolean;
  actor: Actor;
  user: { name: string; color: string };
  names: DelegationNamer;
  delegations: DelegationInfo[];
  speakingFor: string | null;
  chairProposing: boolean;
  run(command: CommandRequest, at?: string): Promise<boolean>;
  /**
   * The paragraph is on screen (room focus) or the user's own (their click, caret or selection):
   * only then are its controls drawn, so a long draft reads as text, not as rows of buttons.
   */
  active: boolean;
  onSelect(): void;
  /** The paragraph's comment badge and thread (components/comments), rendered under the actions. */
  comments?: ReactNode;
  /** How many comments the paragraph has: said in its head while its thread is not drawn. */
  commentCount?: number;
  /** The draft's original language, which sets the direction and language of its text whatever the interface's. */
  language?: string | undefined;
}

/** A key that would type or delete text: a character, Backspace, Delete or Enter. */
const TYPING_KEYS = /^(.|Backspace|Delete|Enter)$/u;

export function ParagraphCard(p: ParagraphCardProps) {
  const { paragraph, actor, names } = p;
  const t = useTranslations('draft.paragraph');
  const tStatus = useTranslations('statuses');
  const locale = useLocale();
  const [proposingAfter, setProposingAfter] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const setup = editorSetup({
    role: actor.role,
    userId: actor.userId,
    delegationId: actor.delegationId,
    status: paragraph.status,
    speakingFor: p.speakingFor,
    chairProposing: p.chairProposing,
  });
  const acting = actingDelegation(actor, p.speakingFor);
  const mayPropose = can(actor, 'propose', { paragraphStatus: paragraph.status, actingAs: acting });
  const presiding = can(actor, 'setStatus');
  const labelText = paragraph.kind === 'PP' && !paragraph.label.startsWith('PP') ? `PP ${paragraph.label}` : paragraph.label;
  const { show } = useFeedback();
  const tFeedback = useTranslations('draft.feedback');
  const locked = lockedSentence(spokenParagraphName(paragraph), paragraph.status, actor.role, tFeedback, tStatus(paragraph.status).toLocaleLowerCase(locale));
  const id = paragraph.id;
  const sayLocked = () => {
    if (locked) show(`text:${id}`, locked);
  };

  return (
    <li
      id={`paragraph-${paragraph.id}`}
      className={`paragraph-card status-${paragraph.status}${p.focused ? ' is-focused' : ''}${p.active ? ' is-active' : ''}`}
      data-testid={`paragraph-${paragraph.label}`}
      data-status={paragraph.status}
      data-active={p.active}
      onFocus={p.onSelect}
      onPointerDown={p.onSelect}
    >
      {/* Each paragraph is a heading a screen reader can jump to, named "OP 3, open, 2 proposals". */}
      <h2
        className="paragraph-head"
        aria-label={t('heading', { name: spokenParagraphName(paragraph), status: tStatus(paragraph.status).toLocaleLowerCase(locale), count: paragraph.proposals.length })}
      >
        <button
          type="button"
          className="paragraph-label"
          aria-expanded={p.active}
          aria-label={t('showControls', { name: spokenParagraphName(paragraph) })}
          onClick={p.onSelect}
        >
          {labelText}
        </button>
        <span className={`status-chip status-${paragraph.status}`} data-testid="paragraph-status">
          {tStatus(paragraph.status)}
        </span>
        {paragraph.proposedBy ? (
          <span className="proposed-by">{t('newBy', { delegation: names.name(paragraph.proposedBy) })}</span>
        ) : null}
        {paragraph.deletionProposal ? (
          <span className="proposed-by">{t('deletionBy', { delegation: names.name(paragraph.deletionProposal.delegation) })}</span>
        ) : null}
        {p.focused ? <span className="focus-flag">{t('onScreen')}</span> : null}
        {!p.active && p.commentCount ? <span className="muted comment-count">{t('commentCount', { count: p.commentCount })}</span> : null}
      </h2>
      {/* The draft's own language sets the text's direction, not the interface's: an English draft reads left to right in the Arabic interface. */}
      <div
        className={`paragraph-body${paragraph.status === 'deleted' ? ' is-deleted' : ''}`}
        {...paragraphTextAttributes(p.language)}
        // A locked paragraph's editor takes no focus; the body does, so a key or a click can say why.
        tabIndex={locked ? 0 : undefined}
        aria-describedby={locked ? `locked-${id}` : undefined}
        onClick={locked ? sayLocked : undefined}
        onKeyDown={locked ? (event) => (TYPING_KEYS.test(event.key) ? sayLocked() : undefined) : undefined}
      >
        {paragraph.fragment ? (
          <ParagraphEditor
            fragment={paragraph.fragment}
            provider={p.provider}
            user={p.user}
            mode={setup.mode}
            proposalActor={setup.proposalActor}
            delegations={p.delegations}
            ariaLabel={t('editor', { label: paragraph.label })}
            shareCaret={actor.role !== 'observer' && actor.role !== 'viewer'}
            language={p.language}
            onEditor={setEditor}
          />
        ) : null}
      </div>
      {locked ? (
        <span id={`locked-${id}`} className="visually-hidden">
          {locked}
        </span>
      ) : null}
      <ActionFeedback at={`text:${id}`} className="paragraph-feedback" />
      <ProposalList
        paragraph={paragraph}
        actor={actor}
        names={names}
        speakingFor={p.speakingFor}
        run={p.run}
        quiet={!p.active}
        proposeAlternative={
          setup.mode === 'proposal' && editor ? (proposalId, words) => proposeAlternative(editor, proposalId, words) : undefined
        }
      />
      <ActionFeedback at={`decisions:${id}`} className="paragraph-feedback" />
      {p.active ? (
        <div className="paragraph-actions">
          {mayPropose ? (
            <>
              <button type="button" className="button-quiet button-small" onClick={() => setProposingAfter((open) => !open)}>
                {t('proposeAfter', { label: paragraph.label })}
              </button>
              {!paragraph.deletionProposal && paragraph.status === 'open' ? (
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => void p.run({ type: 'proposeParagraphDeletion', paragraphId: id }, `paragraph:${id}`)}
                >
                  {t('proposeDeleting', { label: paragraph.label })}
                </button>
              ) : null}
            </>
          ) : null}
          {setup.mode === 'clean' && editor ? (
            <>
              <button
                type="button"
                className="button-quiet button-small"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => bracketSelection(editor, actor.userId)}
              >
                [ ] {t('bracketSelection')}
              </button>
              <button
                type="button"
                className="button-quiet button-small"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  const bracketId = bracketToLift(editor);
                  if (bracketId) void p.run({ type: 'liftBracket', paragraphId: id, bracketId }, `paragraph:${id}`);
                }}
              >
                {t('liftBrackets')}
              </button>
            </>
          ) : null}
          {presiding ? <ChairControls paragraph={paragraph} index={p.index} total={p.total} run={p.run} /> : null}
        </div>
      ) : null}
      <ActionFeedback at={`paragraph:${id}`} className="paragraph-feedback" />
      {presiding && p.active ? <BracketControls doc={p.doc} paragraph={paragraph} focused={p.focused} run={p.run} /> : null}
      <ActionFeedback at={`brackets:${id}`} className="paragraph-feedback" />
      {p.active ? p.comments : null}
      {proposingAfter ? (
        <NewParagraphForm
          afterLabel={paragraph.label}
          onCancel={() => setProposingAfter(false)}
          onSubmit={async (text) => {
            const ok = await p.run({ type: 'proposeParagraph', afterParagraphId: id, text }, `paragraph:${id}`);
            if (ok) setProposingAfter(false);
          }}
        />
      ) : null}
    </li>
  );
}
