'use client';

import Link from 'next/link';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { ROLE_LABELS, type Role } from '@/lib/negotiation/roles';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import { connectionLabel } from './connection-label';
import type { ConnectionState } from './use-draft-connection';
import type { PresenceUser } from './use-presence';
import type { DelegationNamer } from './delegation-names';
import type { DraftRoomProps } from './types';
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
  run(command: CommandRequest): Promise<boolean>;
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
          <ExportMenu draftId={props.draftId} canExport={actor.role !== 'viewer'} />
        </div>
        <div className={`connection connection-${connection.tone}`} role="status" aria-live="polite" data-testid="connection-state">
          <span className="connection-dot" aria-hidden />
          {connection.text}
        </div>
      </div>
      {p.savingPaused && p.state !== 'closed' ? (
        <div className="notice notice-warning" role="status" data-testid="saving-paused">
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
        {actor.role === 'secretariat' ? (
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
        {actor.role === 'chair' || actor.role === 'secretariat' ? (
          <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'renumber' })}>
            Renumber paragraphs
          </button>
        ) : null}
        {actor.role === 'chair' ? (
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
  // Grouped by delegation, as the room thinks of it: "Mexico: 2", the Chair, the Secretariat.
  const groups = new Map<string, PresenceUser[]>();
  for (const person of people) {
    const key = person.delegationId ? names.name(person.delegationId) : ROLE_LABELS[person.role as Role] ?? person.role;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  return (
    <ul className="presence" aria-label="Connected now" data-testid="presence">
      {[...groups.entries()].map(([group, members]) => (
        <li key={group} title={members.map((member) => member.name).join(', ')}>
          {members.map((member) => (
            <span key={member.clientId} className="presence-dot" style={{ background: member.color }} aria-hidden />
          ))}
          <strong>{group}</strong>
          <span className="muted">{members.map((member) => member.name).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
