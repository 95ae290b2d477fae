import * as Y from 'yjs';
import type { Actor } from '../actor';
import { getParagraph, getRoom } from '../draft-doc';
import { can } from '../policy';
import { ROOM_KEYS, type SpeakerRequest } from '../schema';
import { getSpeakersArray, readFloor, readSpeakers } from '../speakers';
import { MISSING_PARAGRAPH, NO_CHANGE, plan, policyRefusal, refuse, type ApplyOptions, type Plan } from './context';
import type { CommandOf } from './schema';
import { say, type ServerSentence } from '../../i18n/server-sentences';

/**
 * The speakers' list: a delegation asks for the floor, the chair gives it in turn and closes
 * it. One request per delegation: asking again while waiting keeps the original place.
 */

const UNKNOWN_DELEGATION = say('server.command.unknownDelegation', {});

/** The delegation a floor request is for: the delegate's own, or the one the secretariat names. */
function requester(actor: Actor, onBehalfOf: string | undefined, opts: ApplyOptions): { ok: true; delegation: string } | { ok: false; error: ServerSentence } {
  const refusal = policyRefusal(actor, 'requestFloor', {});
  if (refusal) return { ok: false, error: refusal };
  const forOthers = can(actor, 'actOnBehalf');
  if (forOthers) {
    if (!onBehalfOf) return { ok: false, error: say('server.command.chooseFloorDelegation', {}) };
    if (!opts.knownDelegations.has(onBehalfOf)) return { ok: false, error: UNKNOWN_DELEGATION };
  }
  const delegation = forOthers ? onBehalfOf : (onBehalfOf ?? actor.delegationId);
  if (!delegation || !can(actor, 'requestFloor', { actingAs: delegation })) {
    return { ok: false, error: say('server.command.floorOwnOnly', {}) };
  }
  return { ok: true, delegation };
}

function speakersArray(doc: Y.Doc): Y.Array<SpeakerRequest> {
  const existing = getSpeakersArray(doc);
  if (existing) return existing;
  const created = new Y.Array<SpeakerRequest>();
  getRoom(doc).set(ROOM_KEYS.speakers, created);
  return created;
}

function removeRequest(doc: Y.Doc, delegation: string): void {
  const array = getSpeakersArray(doc);
  if (!array) return;
  const index = array.toArray().findIndex((entry) => entry.delegation === delegation);
  if (index >= 0) array.delete(index, 1);
}

export function planRequestFloor(doc: Y.Doc, actor: Actor, command: CommandOf<'requestFloor'>, opts: ApplyOptions): Plan {
  const who = requester(actor, command.onBehalfOf, opts);
  if (!who.ok) return refuse(who.error);
  const paragraphId = command.paragraphId;
  if (paragraphId !== null && !getParagraph(doc, paragraphId)) return refuse(MISSING_PARAGRAPH);
  if (readSpeakers(doc).some((entry) => entry.delegation === who.delegation)) return NO_CHANGE;
  const entry: SpeakerRequest = { delegation: who.delegation, at: opts.now.toISOString(), paragraphId };
  const audit = { action: 'requestFloor', delegationId: who.delegation, ...(paragraphId ? { paragraphId } : {}) };
  return plan([audit], () => speakersArray(doc).push([entry]));
}

/** A delegation takes its own request back; the chair and the secretariat may strike any. */
export function planWithdrawFloorRequest(doc: Y.Doc, actor: Actor, command: CommandOf<'withdrawFloorRequest'>): Plan {
  const delegation = command.delegation;
  if (!can(actor, 'giveFloor') && !can(actor, 'requestFloor', { actingAs: delegation })) {
    return refuse(can(actor, 'requestFloor') ? say('server.command.withdrawFloorOwnOnly', {}) : say('server.command.role.requestFloor', {}));
  }
  const entry = readSpeakers(doc).find((request) => request.delegation === delegation);
  if (!entry) return NO_CHANGE;
  const audit = { action: 'withdrawFloorRequest', delegationId: delegation, ...(entry.paragraphId ? { paragraphId: entry.paragraphId } : {}) };
  return plan([audit], () => removeRequest(doc, delegation));
}

/** Gives the floor to a delegation on the list (or called on directly) and takes it off the list. */
export function planGiveFloor(doc: Y.Doc, actor: Actor, command: CommandOf<'giveFloor'>, opts: ApplyOptions): Plan {
  const refusal = policyRefusal(actor, 'giveFloor', {});
  if (refusal) return refuse(refusal);
  const delegation = command.delegation;
  const entry = readSpeakers(doc).find((request) => request.delegation === delegation);
  if (!entry && !opts.knownDelegations.has(delegation)) return refuse(UNKNOWN_DELEGATION);
  if (!entry && readFloor(doc) === delegation) return NO_CHANGE;
  const paragraphId = entry?.paragraphId ?? null;
  const audit = { action: 'giveFloor', delegationId: delegation, ...(paragraphId ? { paragraphId } : {}) };
  return plan([audit], () => {
    removeRequest(doc, delegation);
    getRoom(doc).set(ROOM_KEYS.floor, delegation);
  });
}

export function planCloseFloor(doc: Y.Doc, actor: Actor): Plan {
  const refusal = policyRefusal(actor, 'giveFloor', {});
  if (refusal) return refuse(refusal);
  const floor = readFloor(doc);
  if (floor === null) return NO_CHANGE;
  return plan([{ action: 'closeFloor', delegationId: floor }], () => getRoom(doc).delete(ROOM_KEYS.floor));
}
