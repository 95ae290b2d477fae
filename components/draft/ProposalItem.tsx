'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import type { Proposal } from '@/lib/negotiation/proposals';
import { ActionFeedback } from './ActionFeedback';
import type { DelegationNamer } from './delegation-names';
import type { ParagraphView } from './draft-view';
import { spokenParagraphName } from './paragraph-name';

/** Text proposals can have an alternative at their spot; paragraph-level ones cannot. */
const TEXT_KINDS: ReadonlySet<Proposal['kind']> = new Set(['insert', 'delete', 'replace']);

export function ProposalItem(p: {
  proposal: Proposal;
  paragraph: ParagraphView;
  actor: Actor;
  acting: string | null;
  names: DelegationNamer;
  run(command: CommandRequest, at?: string): Promise<boolean>;
  quiet?: boolean;
  proposeAlternative?: (proposalId: string, words: string) => boolean;
}) {
  const { proposal, paragraph, actor, acting, names } = p;
  const t = useTranslations('draft.proposal');
  const [alternativeOpen, setAlternativeOpen] = useState(false);
  const status = paragraph.status;
  const own = acting !== null && proposal.delegation === acting;
  const mayPosition = !own && can(actor, 'setPosition', { paragraphStatus: status, actingAs: acting });
  const position = acting ? positionOf(proposal, acting) : null;
  const mayWithdraw = can(actor, 'withdraw', { paragraphStatus: status, proposalDelegation: proposal.delegation });
  const mayDecide = can(actor, 'decide', { paragraphStatus: status });
  const mayOfferAlternative = Boolean(p.proposeAlternative) && acting !== null && !own && TEXT_KINDS.has(proposal.kind);
  const ids = { paragraphId: paragraph.id, proposalId: proposal.id };
  // A decided or withdrawn proposal leaves the list, so its answer is shown under the list.
  const decided = `decisions:${paragraph.id}`;
  const positioned = `proposal:${proposal.id}`;
  const alt = proposal.alternative !== null ? `alt ${proposal.alternative}` : null;
  // Every control names the proposal it acts on ("Support Mexico's replacement in OP 3"): a
  // screen reader listing the page's buttons otherwise hears a dozen identical "Accept"s.
  const what = t('what', { kind: proposal.kind, delegation: names.name(proposal.delegation), paragraph: spokenParagraphName(paragraph) });
  const setPosition = (wanted: 'support' | 'oppose') =>
    void p.run({ type: 'setPosition', proposalId: proposal.id, position: position === wanted ? null : wanted }, positioned);

  return (
    <li className="proposal" data-color-index={names.colorKey(proposal.delegation)} data-testid="proposal" data-alternative={proposal.alternative ?? undefined}>
      <div className="proposal-summary">
        {alt ? <span className="proposal-alt">{alt}</span> : null}
        <span className="proposal-kind">{t(`kind.${proposal.kind}`)}</span>
        <ProposalText proposal={proposal} />
        <span className="proposal-by" data-testid="proposal-attribution">
          {describeSupport(proposal, names.name, t)}
        </span>
      </div>
      {p.quiet ? null : (
      <div className="proposal-actions">
        {mayPosition ? (
          <>
            <PressButton pressed={position === 'support'} onClick={() => setPosition('support')} name={t('supportName', { what })}>
              {t('support')}
            </PressButton>
            <PressButton pressed={position === 'oppose'} onClick={() => setPosition('oppose')} name={t('opposeName', { what })}>
              {t('oppose')}
            </PressButton>
          </>
        ) : null}
        {mayOfferAlternative ? (
          <button type="button" className="button-quiet button-small" aria-expanded={alternativeOpen} aria-label={t('alternativeName', { what })} onClick={() => setAlternativeOpen((open) => !open)}>
            {t('alternative')}
          </button>
        ) : null}
        {mayWithdraw && !mayDecide ? (
          <button type="button" className="button-quiet button-small" aria-label={t('withdrawName', { what })} onClick={() => void p.run({ type: 'withdrawProposal', ...ids }, decided)}>
            {t('withdraw')}
          </button>
        ) : null}
        {mayDecide ? (
          <>
            <button
              type="button"
              className="button-quiet button-small button-ok"
              aria-label={alt ? t('keepName', { alt, what }) : t('acceptName', { what })}
              onClick={() => void p.run({ type: 'acceptProposal', ...ids }, decided)}
            >
              {alt ? t('keep', { alt }) : t('accept')}
            </button>
            <button
              type="button"
              className="button-quiet button-small button-danger"
              aria-label={t('rejectName', { what })}
              onClick={() => void p.run({ type: 'rejectProposal', ...ids }, decided)}
            >
              {t('reject')}
            </button>
            <button
              type="button"
              className="button-quiet button-small"
              aria-label={t('withdrawnName', { what })}
              onClick={() => void p.run({ type: 'withdrawProposal', ...ids }, decided)}
            >
              {t('withdrawn')}
            </button>
          </>
        ) : null}
        <ActionFeedback at={positioned} />
      </div>
      )}
      {alternativeOpen && p.proposeAlternative ? (
        <AlternativeForm
          to={proposal}
          onCancel={() => setAlternativeOpen(false)}
          onSubmit={(words) => {
            if (p.proposeAlternative?.(proposal.id, words)) setAlternativeOpen(false);
          }}
        />
      ) : null}
    </li>
  );
}

function PressButton(p: { pressed: boolean; onClick(): void; children: string; name: string }) {
  return (
    <button
      type="button"
      className={`button-quiet button-small${p.pressed ? ' is-pressed' : ''}`}
      aria-pressed={p.pressed}
      aria-label={p.name}
      onClick={p.onClick}
    >
      {p.children}
    </button>
  );
}

/** A small inline form: the words the acting delegation proposes instead, at the same spot. */
function AlternativeForm(p: { to: Proposal; onSubmit(words: string): void; onCancel(): void }) {
  const t = useTranslations('draft.proposal');
  const [words, setWords] = useState('');
  const instead = p.to.inserted || p.to.deleted;
  return (
    <form
      className="alternative-form"
      aria-label={t('alternative')}
      onSubmit={(event) => {
        event.preventDefault();
        if (words.trim()) p.onSubmit(words.trim());
      }}
    >
      <label className="inline-label">
        {instead ? t('alternativeWordsTo', { words: instead }) : t('alternativeWords')}
        <input value={words} onChange={(event) => setWords(event.target.value)} maxLength={2_000} autoFocus />
      </label>
      <button type="submit" className="button-primary button-small" disabled={!words.trim()}>
        {t('propose')}
      </button>
      <button type="button" className="button-quiet button-small" onClick={p.onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

function ProposalText({ proposal }: { proposal: Proposal }) {
  return (
    <span className="proposal-text">
      {proposal.deleted ? <del>{proposal.deleted}</del> : null}
      {proposal.deleted && proposal.inserted ? ' → ' : null}
      {proposal.inserted ? <ins>{proposal.inserted}</ins> : null}
    </span>
  );
}

function positionOf(proposal: Proposal, delegation: string): 'support' | 'oppose' | null {
  if (proposal.supporters.includes(delegation)) return 'support';
  if (proposal.objectors.includes(delegation)) return 'oppose';
  return null;
}

type SupportWords = (key: 'supportedBy' | 'opposedBy', values: { names: string }) => string;

const ENGLISH_SUPPORT: SupportWords = (key, { names }) => (key === 'supportedBy' ? `, supported by ${names}` : `; opposed by ${names}`);

/** "Mexico, supported by Argentina, Chile; opposed by Canada", in the interface language when `words` is given. */
export function describeSupport(proposal: Proposal, name: (id: string) => string, words: SupportWords = ENGLISH_SUPPORT): string {
  let text = name(proposal.delegation);
  if (proposal.supporters.length) text += words('supportedBy', { names: proposal.supporters.map(name).join(', ') });
  if (proposal.objectors.length) text += words('opposedBy', { names: proposal.objectors.map(name).join(', ') });
  return text;
}
