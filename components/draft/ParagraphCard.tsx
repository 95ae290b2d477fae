'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { Actor } from '@/lib/negotiation/actor';
import { can, actingDelegation } from '@/lib/negotiation/policy';
import { ParagraphEditor } from '@/components/editor/ParagraphEditor';
import { bracketSelection, bracketToLift } from '@/components/editor/brackets';
import { proposeAlternative } from '@/components/editor/proposal-mode';
import { editorSetup } from './editor-mode';
import { ProposalList } from './ProposalList';
import { ChairControls } from './ChairControls';
import { BracketControls } from './BracketControls';
import { NewParagraphForm } from './NewParagraphForm';
import type { DelegationNamer } from './delegation-names';
import type { ParagraphView } from './draft-view';
import { spokenParagraphName } from './paragraph-name';
import type { DelegationInfo } from './types';

export interface ParagraphCardProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  paragraph: ParagraphView;
  /** The draft's own language: the paragraph's text is read in it whatever the interface's. */
  language?: string | undefined;
  index: number;
  total: number;
  focused: boolean;
  actor: Actor;
  user: { name: string; color: string };
  names: DelegationNamer;
  delegations: DelegationInfo[];
  speakingFor: string | null;
  chairProposing: boolean;
  run(command: Record<string, unknown>): Promise<boolean>;
  /** The paragraph's comment badge and thread (components/comments), rendered under the actions. */
  comments?: ReactNode;
  /** The server's sentence when an action on this paragraph was refused (e.g. accept all). */
  notice?: string | null;
  onDismissNotice?(): void;
}

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

  return (
    <li
      id={`paragraph-${paragraph.id}`}
      className={`paragraph-card status-${paragraph.status}${p.focused ? ' is-focused' : ''}`}
      data-testid={`paragraph-${paragraph.label}`}
      data-status={paragraph.status}
    >
      {/* Each paragraph is a heading a screen reader can jump to, named "OP 3, open, 2 proposals". */}
      <h2
        className="paragraph-head"
        aria-label={t('heading', { name: spokenParagraphName(paragraph), status: tStatus(paragraph.status).toLocaleLowerCase(locale), count: paragraph.proposals.length })}
      >
        <span className="paragraph-label">{labelText}</span>
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
      </h2>
      {/* The draft's own language sets the text's direction, not the interface's: an English draft reads left to right in the Arabic interface. */}
      <div className={`paragraph-body${paragraph.status === 'deleted' ? ' is-deleted' : ''}`} dir="auto" lang={p.language}>
        {paragraph.fragment ? (
          <ParagraphEditor
            fragment={paragraph.fragment}
            provider={p.provider}
            user={p.user}
            mode={setup.mode}
            proposalActor={setup.proposalActor}
            delegations={p.delegations}
            ariaLabel={t('editor', { label: paragraph.label })}
            onEditor={setEditor}
          />
        ) : null}
      </div>
      <ProposalList
        paragraph={paragraph}
        actor={actor}
        names={names}
        speakingFor={p.speakingFor}
        run={p.run}
        proposeAlternative={
          setup.mode === 'proposal' && editor ? (proposalId, words) => proposeAlternative(editor, proposalId, words) : undefined
        }
      />
      {p.notice ? (
        <div className="notice notice-error" role="alert" data-testid="paragraph-notice">
          {p.notice}
          <button type="button" className="button-quiet button-small" onClick={p.onDismissNotice}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
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
                onClick={() => void p.run({ type: 'proposeParagraphDeletion', paragraphId: paragraph.id })}
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
                if (bracketId) void p.run({ type: 'liftBracket', paragraphId: paragraph.id, bracketId });
              }}
            >
              {t('liftBrackets')}
            </button>
          </>
        ) : null}
        {presiding ? <ChairControls paragraph={paragraph} index={p.index} total={p.total} run={p.run} /> : null}
      </div>
      {presiding ? <BracketControls doc={p.doc} paragraph={paragraph} focused={p.focused} run={p.run} /> : null}
      {p.comments}
      {proposingAfter ? (
        <NewParagraphForm
          afterLabel={paragraph.label}
          onCancel={() => setProposingAfter(false)}
          onSubmit={async (text) => {
            const ok = await p.run({ type: 'proposeParagraph', afterParagraphId: paragraph.id, text });
            if (ok) setProposingAfter(false);
          }}
        />
      ) : null}
    </li>
  );
}
