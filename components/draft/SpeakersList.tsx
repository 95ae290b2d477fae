'use client';

import { useTranslations } from 'next-intl';
import type { CommandRequest } from '@/lib/collab/messages';
import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import type { SpeakerRequest } from '@/lib/negotiation/schema';
import type { DelegationNamer } from './delegation-names';
import { ActionFeedback } from './ActionFeedback';

export interface SpeakersListProps {
  speakers: SpeakerRequest[];
  floor: string | null;
  /** The paragraph on screen: a new request is made on it. */
  focus: string | null;
  labelOf(paragraphId: string | null): string | null;
  actor: Actor;
  /** The secretariat's "speaking for" delegation, which it may put on the list. */
  speakingFor: string | null;
  names: DelegationNamer;
  run(command: CommandRequest, at?: string): Promise<boolean>;
  /** Called after the floor was given, so the secretariat's proposal controls speak for that delegation. */
  onFloorGiven?(delegation: string): void;
}

/** The speakers' list, live for everyone: who has the floor, who waits, and the buttons each role may use. */
export function SpeakersList(p: SpeakersListProps) {
  const t = useTranslations('draft.speakers');
  const presiding = can(p.actor, 'giveFloor');
  const own = can(p.actor, 'actOnBehalf') ? null : p.actor.delegationId;
  const mayAsk = own !== null && can(p.actor, 'requestFloor', { actingAs: own });
  const waiting = own !== null && p.speakers.some((entry) => entry.delegation === own);
  const focusLabel = p.labelOf(p.focus);
  const act = (command: CommandRequest) => p.run(command, 'speakers');

  async function giveFloor(delegation: string) {
    if (await act({ type: 'giveFloor', delegation })) p.onFloorGiven?.(delegation);
  }

  return (
    <section className="speakers" aria-label={t('list')} data-testid="speakers-list">
      <p className="speakers-floor" data-testid="floor">
        {p.floor ? (
          t.rich('hasFloor', { delegation: p.names.name(p.floor), strong: (chunks) => <strong>{chunks}</strong> })
        ) : (
          t('nobody')
        )}
        {presiding && p.floor ? (
          <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'closeFloor' })}>
            {t('close')}
          </button>
        ) : null}
      </p>
      {p.speakers.length > 0 ? (
        <ol className="speakers-queue" aria-label={t('waiting')}>
          {p.speakers.map((entry) => (
            <li key={entry.delegation} data-testid="speaker-request">
              <span className="speaker-name">{p.names.name(entry.delegation)}</span>
              {p.labelOf(entry.paragraphId) ? <span className="muted"> {t('on', { paragraph: p.labelOf(entry.paragraphId) ?? '' })}</span> : null}
              {presiding ? (
                <>
                  <button type="button" className="button-small" onClick={() => void giveFloor(entry.delegation)}>
                    {t('give')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    aria-label={t('removeFromList', { delegation: p.names.name(entry.delegation) })}
                    onClick={() => void act({ type: 'withdrawFloorRequest', delegation: entry.delegation })}
                  >
                    {t('remove')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted speakers-empty">{t('empty')}</p>
      )}
      {mayAsk && own ? (
        waiting ? (
          <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'withdrawFloorRequest', delegation: own })}>
            {t('withdraw')}
          </button>
        ) : (
          <button type="button" className="button-small" onClick={() => void act({ type: 'requestFloor', paragraphId: p.focus })}>
            {focusLabel ? t('requestOn', { paragraph: focusLabel }) : t('request')}
          </button>
        )
      ) : null}
      {can(p.actor, 'actOnBehalf') && p.speakingFor && !p.speakers.some((entry) => entry.delegation === p.speakingFor) ? (
        <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'requestFloor', paragraphId: p.focus })}>
          {t('put', { delegation: p.names.name(p.speakingFor) })}
        </button>
      ) : null}
      <ActionFeedback at="speakers" />
    </section>
  );
}
