import * as Y from 'yjs';
import { SERVER_WRITER } from '@/lib/collab/protocol';
import { checkTransaction } from './check-transaction';
import { createBracketLedger } from './bracket-ledger';
import { locateChangedType, type ChangedPlace } from './locate-changed-type';
import { createProposalLedger, type ProposalClaimSession } from './mark-ledger';
import { refuse, type SenderHistory, type UpdateValidator, type ValidationActor, type ValidationRefusal, type ValidationResult } from './types';
import { say } from '@/lib/i18n/server-sentences';

interface PendingCheck {
  actor: ValidationActor;
  newClients: number[];
  claims: ProposalClaimSession;
  refusal: ValidationRefusal | null;
  /** The paragraphs the update changed (text, details or the paragraph itself). */
  paragraphs: Set<string>;
  /** The brackets it placed and the paragraph each covers: into the bracket ledger once it is accepted. */
  bracketPlaces: Map<string, string>;
  /** Every bracket format item it added, as [id, paragraph]: into the bracket ledger once it is accepted. */
  bracketFormats: [string, string][];
}

export interface UpdateValidatorOptions {
  /** The server's clock, in milliseconds, against which new proposals' time stamps are judged. */
  now?: () => number;
  /** Client id → user id of whoever wrote with it before the room was loaded (from the update log). */
  writers?: ReadonlyMap<number, string>;
  /** Proposal id → its delegation and author, from the update log (decided proposals included). */
  proposals?: ReadonlyMap<string, { delegation: string; author: string }>;
}

/**
 * Judges each client update on the room's document itself: the update is applied there and
 * judged on the integrated result, inside Yjs's afterTransaction, so an accepted update costs
 * one apply and a check of the stretch it changed. A refused update stays in the document: the
 * caller rebuilds the document without it (the room, from its DocumentCheckpoint) and hands the
 * new one over with `attach`. Refusals are rare (and limited per user), so the valid path pays
 * nothing for them.
 *
 * Invariant the caller must keep: every change to the document that `check` did not make is
 * passed to `observeServerUpdate` once applied, and after a refusal the document is replaced
 * before the next call to `check`.
 */
export function createUpdateValidator(doc: Y.Doc, options: UpdateValidatorOptions = {}): UpdateValidator {
  const now = options.now ?? Date.now;
  const origin = Symbol('update-validator');
  const owners = new Map<number, string>(options.writers);
  let judged = doc;
  const proposals = createProposalLedger(judged, options.proposals);
  const brackets = createBracketLedger(judged);
  /** Paragraphs changed by the server since the ledgers last read them. */
  const touched = new Set<string>();
  let pending: PendingCheck | null = null;

  // Yjs also runs formatting-cleanup transactions of its own; only ours are judged.
  const judge = (transaction: Y.Transaction): void => {
    // The server's own changes are read into the ledgers afterwards; a client's are claimed as judged.
    if (transaction.origin !== origin) notePlaces(locatePlaces(transaction), touched);
    if (transaction.origin !== origin || pending === null) return;
    const places = locatePlaces(transaction);
    notePlaces(places, pending.paragraphs);
    if (pending.refusal !== null) return;
    const { actor, newClients, claims, paragraphs } = pending;
    const marks = { claims, placedBrackets: new Set<string>() };
    const { bracketPlaces, bracketFormats } = pending;
    pending.refusal = checkTransaction({ transaction, actor, owners, newClients, marks, paragraphs, brackets, places, bracketPlaces, bracketFormats });
  };
  judged.on('afterTransaction', judge);

  function readTouched(): void {
    proposals.indexParagraphs(judged, touched);
    brackets.record(judged, touched);
    touched.clear();
  }

  function check(update: Uint8Array, actor: ValidationActor, sender: SenderHistory = {}): ValidationResult {
    owners.set(judged.clientID, SERVER_WRITER);
    const claims = proposals.startClaims(now(), sender.offlineSince);
    const current: PendingCheck = { actor, newClients: [], claims, refusal: null, paragraphs: new Set(), bracketPlaces: new Map(), bracketFormats: [] };
    const pendingBefore = pendingOf(judged);
    pending = current;
    try {
      Y.applyUpdate(judged, update, origin);
    } catch {
      current.refusal = refuse(say('server.refused.unreadable', {}));
    } finally {
      pending = null;
    }
    // A struct that waits for a missing clock of another client would integrate later, inside
    // someone else's update, and pass as their edit. An honest client over one ordered socket
    // never leaves anything pending.
    if (current.refusal === null && leftNewPending(judged, pendingBefore)) {
      current.refusal = { ...refuse(say('server.refused.notSeen', {})), waiting: true };
    }
    if (current.refusal !== null) return { ...current.refusal, paragraphIds: [...current.paragraphs] };
    for (const client of current.newClients) owners.set(client, actor.userId);
    current.claims.commit();
    for (const [id, paragraphId] of current.bracketPlaces) brackets.add(id, paragraphId);
    for (const [id, paragraphId] of current.bracketFormats) brackets.add(id, paragraphId);
    return { ok: true, paragraphIds: [...current.paragraphs] };
  }

  function observeServerUpdate(update: Uint8Array, owner?: string): void {
    owners.set(judged.clientID, SERVER_WRITER);
    if (owner !== undefined) {
      const { from, to } = Y.parseUpdateMeta(update);
      to.forEach((clock, client) => {
        if (clock > (from.get(client) ?? 0) && !owners.has(client)) owners.set(client, owner);
      });
    }
    readTouched();
  }

  /**
   * The document rebuilt without what was refused or not stored. The bracket ledger read
   * `paragraphIds` while they held that change: it reads them again, with any paragraph a server
   * change touched since the ledgers last read. (Proposal owners are never forgotten anyway: an
   * id once seen stays its author's.)
   */
  function attach(rebuilt: Y.Doc, paragraphIds: Iterable<string> = []): void {
    judged.off('afterTransaction', judge);
    judged = rebuilt;
    judged.on('afterTransaction', judge);
    for (const paragraphId of paragraphIds) touched.add(paragraphId);
    readTouched();
  }

  return {
    check,
    observeServerUpdate,
    bindWriters(writers) {
      for (const [client, userId] of writers) if (!owners.has(client)) owners.set(client, userId);
    },
    attach,
    destroy: () => judged.off('afterTransaction', judge),
  };
}

/** Where each type the transaction changed sits in the draft; located once, for both the check and the ledgers. */
function locatePlaces(transaction: Y.Transaction): ChangedPlace[] {
  const places: ChangedPlace[] = [];
  for (const [type, keys] of transaction.changed) places.push(locateChangedType(type, keys));
  return places;
}

/** The ids of the paragraphs a transaction changed, in any way (text, details, or the paragraph itself). */
function notePlaces(places: readonly ChangedPlace[], into: Set<string>): void {
  for (const place of places) {
    if ('paragraphId' in place) into.add(place.paragraphId);
    else if (place.kind === 'paragraphList') for (const key of place.keys) if (key !== null) into.add(key);
  }
}

type PendingState = [Uint8Array | null, Uint8Array | null];

function pendingOf(doc: Y.Doc): PendingState {
  return [doc.store.pendingStructs?.update ?? null, doc.store.pendingDs];
}

/**
 * Yjs replaces its pending buffers whenever an update adds to them. Comparing references keeps
 * the check meaningful even if a server update (e.g. from another instance, out of order) left
 * something pending that this client had nothing to do with.
 */
function leftNewPending(doc: Y.Doc, before: PendingState): boolean {
  const [structs, deletions] = pendingOf(doc);
  return (structs !== null && structs !== before[0]) || (deletions !== null && deletions !== before[1]);
}
