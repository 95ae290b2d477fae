'use client';

import Link from 'next/link';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { ROLE_LABELS } from '@/lib/negotiation/roles';
import { actingDelegation, can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION, PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import { connectionLabel } from './connection-label';
import type { ConnectionState } from './use-draft-connection';
import type { PresenceUser } from './use-presence';
import type { DelegationNamer } from './delegation-names';
import type { DraftRoomProps } from './types';
import { ActionFeedback } from './ActionFeedback';
import { groupPresence } from './presence-groups';
import { ExportMenu } from '@/components/exports/ExportMenu';

interface RoomBarProps {
  props: DraftRoomProps;
  actor: Actor;
  state: ConnectionState;
  /** The server cannot reach its database: nothing typed is saved until it resumes. */
  savingPaused: boolean;
  closedReason: string | null;
  presence: PresenceUser[];
  names: DelegationNamer;
  counts: Record<ParagraphStatus, number> | null;
  onlyOpen: boolean;
  setOnlyOpen(value: boolean): void;
  followChair: boolean;
  setFollowChair(value: boolean): void;
  speakingFor: string | null;
  setSpeakingFor(value: string | null): void;
  chairProposing: boolean;
  setChairProposing(value: boolean): void;
  run(command: CommandRequest, at?: string): Promise<boolean>;
}

export function RoomBar(p: RoomBarProps) {
  const { props, actor } = p;
  const ownDelegation = props.delegations.find((delegation) => delegation.id === actor.delegationId);
  const connection = connectionLabel(p.state, p.savingPaused);
  return (
    <section className="room-bar" aria-label="Draft">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/meetings">Meetings</Link>›<Link href={`/meetings/${props.meeting.id}`}>{props.meeting.title}</Link>
        {props.agendaItem ? (
          <>
            ›<span>Item {props.agendaItem.number}</span>
          </>
        ) : null}
      </nav>
      <div className="room-title-row">
        <div>
          <h1 className="draft-title">{props.title}</h1>
          <p className="muted draft-subtitle">
            {props.symbol ? `${props.symbol} · ` : ''}You are {ROLE_LABELS[actor.role].toLowerCase()}
            {ownDelegation ? ` of ${ownDelegation.name}` : ''}
          </p>
          <nav className="room-links" aria-label="About this draft">
            <Link href={`/drafts/${props.draftId}/revisions`}>Revisions and compare</Link>
            <Link href={`/drafts/${props.draftId}/history`}>History</Link>
            <Link href={`/drafts/${props.draftId}/screen`} target="_blank">
              Screen view (projector)
            </Link>
          </nav>
          <ExportMenu draftId={props.draftId} canExport={can(actor, 'export')} canIssue={can(actor, 'issueCrp')} />
        </div>
        {/* Announced through the page's one live region (DraftRoom), not from here. */}
        <div className={`connection connection-${connection.tone}`} data-testid="connection-state">
          <span className="connection-dot" aria-hidden />
          {connection.text}
        </div>
      </div>
      {p.savingPaused && p.state !== 'closed' ? (
        <div className="notice notice-warning" data-testid="saving-paused">
          Saving paused — the server cannot reach its database. Keep typing: what you write stays on this page and is
          saved as soon as saving resumes. Do not close this page until then.
        </div>
      ) : null}
      {p.closedReason ? (
        <div className="notice notice-error" role="alert">
          {p.closedReason} <Link href={`/signin?callbackUrl=/drafts/${props.draftId}`}>Sign in</Link>
        </div>
      ) : null}
      <div className="room-tools">
        <Progress counts={p.counts} />
        <label className="toggle">
          <input type="checkbox" checked={p.onlyOpen} onChange={(event) => p.setOnlyOpen(event.target.checked)} />
          Only open paragraphs
        </label>
        <label className="toggle">
          <input type="checkbox" checked={p.followChair} onChange={(event) => p.setFollowChair(event.target.checked)} />
          Follow the chair
        </label>
        {can(actor, 'actOnBehalf') ? (
          <label className="speaking-for">
            Speaking for
            <select
              value={p.speakingFor ?? ''}
              onChange={(event) => p.setSpeakingFor(event.target.value || null)}
              aria-label="Speaking for"
            >
              <option value="">— nobody (edit clean text) —</option>
              {props.delegations.map((delegation) => (
                <option key={delegation.id} value={delegation.id}>
                  {delegation.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {can(actor, 'renumber') ? (
          <span className="control-with-feedback">
            <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'renumber' }, 'renumber')}>
              Renumber paragraphs
            </button>
            <ActionFeedback at="renumber" />
          </span>
        ) : null}
        {actingDelegation(actor) === CHAIR_DELEGATION ? (
          <label className="toggle">
            <input
              type="checkbox"
              checked={p.chairProposing}
              onChange={(event) => p.setChairProposing(event.target.checked)}
            />
            Offer compromise text as Chair
          </label>
        ) : null}
      </div>
      <Presence people={p.presence} names={p.names} />
    </section>
  );
}

function Progress({ counts }: { counts: Record<ParagraphStatus, number> | null }) {
  if (!counts) return null;
  return (
    <ul className="progress" aria-label="Progress by status" data-testid="progress">
      {PARAGRAPH_STATUSES.map((status) => (
        <li key={status} className={`status-chip status-${status}`}>
          {STATUS_LABELS[status]}: <strong>{counts[status]}</strong>
        </li>
      ))}
    </ul>
  );
}

function Presence({ people, names }: { people: PresenceUser[]; names: DelegationNamer }) {
  if (people.length === 0) return null;
  // By delegation, as the room counts itself: "MEX Mexico (3)"; the code beside the colour,
  // so that colour is never the only cue. Observers and viewers are counted here, not as carets.
  const groups = groupPresence(people, names);
  return (
    <ul className="presence" aria-label={`Connected now: ${people.length}`} data-testid="presence">
      {groups.map((group) => (
        <li key={group.key} title={group.people.map((member) => member.name).join(', ')} data-testid="presence-group">
          <span className="delegation-code" data-color-index={group.colorKey ?? undefined}>
            {group.code}
          </span>
          <strong>{group.name}</strong>
          <span className="muted" data-testid="presence-count">
            ({group.people.length})
          </span>
        </li>
      ))}
    </ul>
  );
}
