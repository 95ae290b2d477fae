'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { ROLES, type Role } from '@/lib/negotiation/roles';
import { actingDelegation, can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION, PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
import { connectionKey, connectionLabel } from './connection-label';
import type { ConnectionState } from './use-draft-connection';
import type { PresenceUser } from './use-presence';
import type { DelegationNamer } from './delegation-names';
import type { DraftRoomProps } from './types';
import { ActionFeedback } from './ActionFeedback';
import { groupPresence } from './presence-groups';
import { ExportMenu } from '@/components/exports/ExportMenu';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import { englishOf, type ServerSentence } from '@/lib/i18n/server-sentences';

interface RoomBarProps {
  props: DraftRoomProps;
  actor: Actor;
  state: ConnectionState;
  /** The server cannot reach its database: nothing typed is saved until it resumes. */
  savingPaused: boolean;
  closedReason: ServerSentence | null;
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
  const t = useTranslations('draft.bar');
  const wordServer = useServerSentence();
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
          <ExportMenu draftId={props.draftId} canExport={can(actor, 'export')} canIssue={can(actor, 'issueCrp')} untranslated={props.untranslated} />
        </div>
        {/* Announced through the page's one live region (DraftRoom), not from here. */}
        <div className={`connection connection-${connection.tone}`} data-testid="connection-state">
          <span className="connection-dot" aria-hidden />
          {connectionText}
        </div>
      </div>
      {p.savingPaused && p.state !== 'closed' ? (
        <div className="notice notice-warning" data-testid="saving-paused">
          {t('savingPaused')}
        </div>
      ) : null}
      {p.closedReason ? (
        <div className="notice notice-error" role="alert">
          {wordServer(p.closedReason, englishOf(p.closedReason))} <Link href={`/signin?callbackUrl=/drafts/${props.draftId}`}>{t('signIn')}</Link>
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
        {can(actor, 'actOnBehalf') ? (
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
        {can(actor, 'renumber') ? (
          <span className="control-with-feedback">
            <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'renumber' }, 'renumber')}>
              {t('renumber')}
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
  // By delegation, as the room counts itself: "MEX Mexico (3)"; the code beside the colour,
  // so that colour is never the only cue. Observers and viewers are counted here, not as carets.
  const groups = groupPresence(people, { ...names, roleName: (role) => (isRole(role) ? tRoles(role) : role) });
  return (
    <ul className="presence" aria-label={t('connectedCount', { count: people.length })} data-testid="presence">
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

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
