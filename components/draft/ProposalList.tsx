'use client';

import { useTranslations } from 'next-intl';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { actingDelegation } from '@/lib/negotiation/policy';
import type { Proposal } from '@/lib/negotiation/proposals';
import { groupProposals } from './alternative-labels';
import type { DelegationNamer } from './delegation-names';
import type { ParagraphView } from './draft-view';
import { ProposalItem } from './ProposalItem';

/**
 * Each pending proposal with who made it, who supports and who opposes it, and what one may do.
 * Competing proposals at one spot are listed together, as the alternatives the room reads
 * ("alt 1", "alt 2"); the chair keeps one of them, which rejects the others.
 */
export function ProposalList(p: {
  paragraph: ParagraphView;
  actor: Actor;
  names: DelegationNamer;
  speakingFor: string | null;
  run(command: CommandRequest, at?: string): Promise<boolean>;
  /** Only the summaries, no buttons: the paragraph is neither on screen nor the user's own. */
  quiet?: boolean;
  /** Set when the paragraph's editor can propose for the acting delegation (proposal mode). */
  proposeAlternative?: (proposalId: string, words: string) => boolean;
}) {
  const { paragraph, actor } = p;
  const t = useTranslations('draft.paragraph');
  if (paragraph.proposals.length === 0) return null;
  const acting = actingDelegation(actor, p.speakingFor);
  const item = (proposal: Proposal) => (
    <ProposalItem
      key={proposal.id}
      proposal={proposal}
      paragraph={paragraph}
      actor={actor}
      acting={acting}
      names={p.names}
      run={p.run}
      quiet={p.quiet}
      proposeAlternative={p.proposeAlternative}
    />
  );
  return (
    <ul className="proposal-list" aria-label={t('proposals', { label: paragraph.label })}>
      {groupProposals(paragraph.proposals).map((entry) =>
        entry.kind === 'single' ? (
          item(entry.proposal)
        ) : (
          <li key={entry.set} className="proposal-set" data-testid="proposal-set">
            <span className="proposal-set-title">
              {entry.alternatives[0]?.deleted
                ? t('alternativesFor', { count: entry.alternatives.length, words: entry.alternatives[0].deleted })
                : t('alternatives', { count: entry.alternatives.length })}
            </span>
            <ul className="proposal-list" aria-label={t('alternativesOn', { label: paragraph.label })}>
              {entry.alternatives.map(item)}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}
