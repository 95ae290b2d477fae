'use client';

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
    <section className="speakers" aria-label="Speakers' list" data-testid="speakers-list">
      <p className="speakers-floor" data-testid="floor">
        {p.floor ? (
          <>
            <strong>{p.names.name(p.floor)}</strong> has the floor
          </>
        ) : (
          'Nobody has the floor'
        )}
        {presiding && p.floor ? (
          <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'closeFloor' })}>
            Close the floor
          </button>
        ) : null}
      </p>
      {p.speakers.length > 0 ? (
        <ol className="speakers-queue" aria-label="Waiting for the floor">
          {p.speakers.map((entry) => (
            <li key={entry.delegation} data-testid="speaker-request">
              <span className="speaker-name">{p.names.name(entry.delegation)}</span>
              {p.labelOf(entry.paragraphId) ? <span className="muted"> on {p.labelOf(entry.paragraphId)}</span> : null}
              {presiding ? (
                <>
                  <button type="button" className="button-small" onClick={() => void giveFloor(entry.delegation)}>
                    Give the floor
                  </button>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    aria-label={`Remove ${p.names.name(entry.delegation)} from the list`}
                    onClick={() => void act({ type: 'withdrawFloorRequest', delegation: entry.delegation })}
                  >
                    Remove
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted speakers-empty">No delegation is waiting for the floor.</p>
      )}
      {mayAsk && own ? (
        waiting ? (
          <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'withdrawFloorRequest', delegation: own })}>
            Withdraw my request
          </button>
        ) : (
          <button type="button" className="button-small" onClick={() => void act({ type: 'requestFloor', paragraphId: p.focus })}>
            Request the floor{focusLabel ? ` on ${focusLabel}` : ''}
          </button>
        )
      ) : null}
      {can(p.actor, 'actOnBehalf') && p.speakingFor && !p.speakers.some((entry) => entry.delegation === p.speakingFor) ? (
        <button type="button" className="button-quiet button-small" onClick={() => void act({ type: 'requestFloor', paragraphId: p.focus })}>
          Put {p.names.name(p.speakingFor)} on the list
        </button>
      ) : null}
      <ActionFeedback at="speakers" />
    </section>
  );
}
