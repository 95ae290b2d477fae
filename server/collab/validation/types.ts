import type * as Y from 'yjs';
import { englishOf, type ServerSentence, type WireSentence } from '@/lib/i18n/server-sentences';
import type { Actor } from '@/lib/negotiation/actor';

/** The connection's actor, plus the meeting's delegations the secretariat may speak for. */
export interface ValidationActor extends Actor {
  knownDelegations: Set<string>;
}

/** What the room knows of the sender beyond its role. */
export interface SenderHistory {
  /**
   * When the sender's previous connection to the draft closed (milliseconds): words typed
   * offline since then may carry time stamps that old.
   */
  offlineSince?: number;
}

/**
 * `reason` is the English sentence; `sentence` its key and parameters, so the page can say it in
 * its reader's language. `waiting`: the update builds on changes the server has not received yet
 * (Yjs would leave it pending); it was judged on nothing, and may be judged again once they have
 * arrived. `paragraphIds`: the paragraphs the refused update touched.
 */
export type ValidationRefusal = { ok: false; reason: string; sentence: WireSentence; paragraphId?: string; paragraphIds?: string[]; waiting?: true };
/** `paragraphIds`: the paragraphs the accepted update changed, so a later failure can name them. */
export type ValidationAcceptance = { ok: true; paragraphIds?: string[] };
export type ValidationResult = ValidationAcceptance | ValidationRefusal;

export interface UpdateValidator {
  /**
   * Applies a client update to the document and judges it there. Accepted or not, the update is
   * then in the document: after a refusal (or when it is not stored after all) the caller
   * replaces the document with one rebuilt without it, and passes that to `attach`.
   */
  check(update: Uint8Array, actor: ValidationActor, sender?: SenderHistory): ValidationResult;
  /**
   * An update the caller applied to the document without a check: a command, or one another
   * instance accepted. `owner` is the user it came from; the client ids it advances are bound to
   * them, so nobody on this instance can continue writing under another instance's (or the
   * server's) client id.
   */
  observeServerUpdate(update: Uint8Array, owner?: string): void;
  /** Binds client ids to the users who wrote with them (from the update log); known bindings stay. */
  bindWriters(writers: ReadonlyMap<number, string>): void;
  /** Judges on `doc` from now on: the document rebuilt without a change that must not stay, which touched `paragraphIds`. */
  attach(doc: Y.Doc, paragraphIds?: Iterable<string>): void;
  destroy(): void;
}

export function refuse(sentence: ServerSentence, paragraphId?: string): ValidationRefusal {
  const refusal: ValidationRefusal = { ok: false, reason: englishOf(sentence), sentence };
  return paragraphId === undefined ? refusal : { ...refusal, paragraphId };
}
