'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Actor } from '@/lib/negotiation/actor';
import { ROLES, type Role } from '@/lib/negotiation/roles';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
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
  run(command: Record<string, unknown>): Promise<boolean>;
}

export function RoomBar(p: RoomBarProps) {
  const { props, actor } = p;
  const ownDelegation = props.delegations.find((delegation) => delegation.id === actor.delegationId);
  const t = useTranslations('draft.bar');
  const tRoles = useTranslations('roles');
  const connection = connectionLabel(p.state, p.savingPaused);
  const connectionText = t(`connection.${connectionKey(p.state, p.savingPaused)}`);
  return (
    <section className="room-bar" aria-label={t('region')}>
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <Link href="/meetings">{t('meetings')}</Link>›<Link href={`/meetings/${props.meeting.id}`}>{props.meeting.title}</Link>
        {props.agendaItem ? (
          <>
            ›<span>{t('item', { number: props.agendaItem.number })}</span>
          </>
        ) : null}
      </nav>
      <div className="room-title-row">
        <div>
          <h1 className="draft-title">{props.title}</h1>
          <p className="muted draft-subtitle">
            {props.symbol ? `${props.symbol} · ` : ''}
            {ownDelegation ? t('youAreOf', { role: tRoles(actor.role), delegation: ownDelegation.name }) : t('youAre', { role: tRoles(actor.role) })}
          </p>
          <nav className="room-links" aria-label={t('about')}>
            <Link href={`/drafts/${props.draftId}/revisions`}>{t('revisions')}</Link>
            <Link href={`/drafts/${props.draftId}/history`}>{t('history')}</Link>
            <Link href={`/drafts/${props.draftId}/screen`} target="_blank">
              {t('screen')}
            </Link>
          </nav>
          <ExportMenu draftId={props.draftId} canExport={actor.role !== 'viewer'} />
        </div>
        <div className={`connection connection-${connection.tone}`} role="status" aria-live="polite" data-testid="connection-state">
          <span className="connection-dot" aria-hidden />
          {connectionText}
        </div>
      </div>
      {p.savingPaused && p.state !== 'closed' ? (
        <div className="notice notice-warning" role="status" data-testid="saving-paused">
          {t('savingPaused')}
        </div>
      ) : null}
      {p.closedReason ? (
        <div className="notice notice-error" role="alert">
          {p.closedReason} <Link href={`/signin?callbackUrl=/drafts/${props.draftId}`}>{t('signIn')}</Link>
        </div>
      ) : null}
      <div className="room-tools">
        <Progress counts={p.counts} />
        <label className="toggle">
          <input type="checkbox" checked={p.onlyOpen} onChange={(event) => p.setOnlyOpen(event.target.checked)} />
          {t('onlyOpen')}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={p.followChair} onChange={(event) => p.setFollowChair(event.target.checked)} />
          {t('followChair')}
        </label>
        {actor.role === 'secretariat' ? (
          <label className="speaking-for">
            {t('speakingFor')}
            <select
              value={p.speakingFor ?? ''}
              onChange={(event) => p.setSpeakingFor(event.target.value || null)}
              aria-label={t('speakingFor')}
            >
              <option value="">{t('nobody')}</option>
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
            {t('renumber')}
          </button>
        ) : null}
        {actor.role === 'chair' ? (
          <label className="toggle">
            <input
              type="checkbox"
              checked={p.chairProposing}
              onChange={(event) => p.setChairProposing(event.target.checked)}
            />
            {t('compromise')}
          </label>
        ) : null}
      </div>
      <Presence people={p.presence} names={p.names} />
    </section>
  );
}

function Progress({ counts }: { counts: Record<ParagraphStatus, number> | null }) {
  const t = useTranslations('draft.bar');
  const tStatus = useTranslations('statuses');
  if (!counts) return null;
  return (
    <ul className="progress" aria-label={t('progress')} data-testid="progress">
      {PARAGRAPH_STATUSES.map((status) => (
        <li key={status} className={`status-chip status-${status}`}>
          {tStatus(status)}: <strong>{counts[status]}</strong>
        </li>
      ))}
    </ul>
  );
}

function Presence({ people, names }: { people: PresenceUser[]; names: DelegationNamer }) {
  const t = useTranslations('draft.bar');
  const tRoles = useTranslations('roles');
  if (people.length === 0) return null;
  // Grouped by delegation, as the room thinks of it: "Mexico: 2", the Chair, the Secretariat.
  const groups = new Map<string, PresenceUser[]>();
  for (const person of people) {
    const key = person.delegationId ? names.name(person.delegationId) : isRole(person.role) ? tRoles(person.role) : person.role;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  return (
    <ul className="presence" aria-label={t('connectedNow')} data-testid="presence">
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

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Which of the room bar's connection sentences applies (the same cases as connectionLabel). */
function connectionKey(state: ConnectionState, savingPaused: boolean): string {
  if (savingPaused && state === 'connected') return 'paused';
  if (savingPaused && state !== 'closed') return 'pausedReconnecting';
  return state;
}
