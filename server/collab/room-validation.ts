import * as Y from 'yjs';
import { SERVER_WRITER } from '@/lib/collab/protocol';
import type { CreateValidator, DraftHistory } from './collab-types';
import type { UpdateValidator } from './validation/types';

export interface RoomValidationOptions {
  /** The room's document (built by this call if it was not). */
  doc(): Y.Doc;
  /** The client id of the server's own changes: nobody else may write with it. */
  serverClientId: number;
  createValidator: CreateValidator;
  /**
   * Who wrote with each client id and who made each proposal, from the update log; without it,
   * ids used before the draft was last loaded would be free for anyone.
   */
  loadHistory(): Promise<DraftHistory>;
  logError(message: string, error?: unknown): void;
}

/**
 * A room's update validator, built when the room first needs to judge a write: a draft that is
 * only read (or whose readers arrive first) does not wait for it, nor for the
 * reading of its whole update log. Until then, the writers of updates the room hears from
 * elsewhere are remembered and handed over at build time; its ledgers are read from the
 * document, which already holds those updates.
 */
export class RoomValidation {
  private built: UpdateValidator | undefined;
  private history: DraftHistory | undefined;
  private readonly heard = new Map<number, string>();

  constructor(private readonly options: RoomValidationOptions) {}

  /** The validator once built: every keystroke after the first takes it without waiting a turn. */
  get current(): UpdateValidator | undefined {
    return this.built;
  }

  /** The validator, built if needed. Call inside the room's queue; rejects when the log cannot be read. */
  async ready(): Promise<UpdateValidator> {
    if (this.built) return this.built;
    this.history ??= await this.options.loadHistory();
    this.built ??= this.create(this.history);
    return this.built;
  }

  /** An update applied to the document without the validator's check (a command, another instance's). */
  observe(update: Uint8Array, writer?: string): void {
    if (this.built) {
      const built = this.built;
      this.safely(() => built.observeServerUpdate(update, writer));
      return;
    }
    if (writer === undefined) return;
    const { from, to } = Y.parseUpdateMeta(update);
    to.forEach((clock, client) => {
      if (clock > (from.get(client) ?? 0) && !this.heard.has(client)) this.heard.set(client, writer);
    });
  }

  /** Client id → user id from the log (e.g. after missing the bus); known bindings stay. */
  bindWriters(writers: ReadonlyMap<number, string>): void {
    if (this.built) {
      const built = this.built;
      this.safely(() => built.bindWriters(writers));
      return;
    }
    for (const [client, userId] of writers) if (!this.heard.has(client)) this.heard.set(client, userId);
  }

  /** The room replaced its document (rebuilt without a change that must not stay, touching `paragraphIds`). */
  attach(doc: Y.Doc, paragraphIds: Iterable<string>): void {
    const built = this.built;
    if (built) this.safely(() => built.attach(doc, paragraphIds));
  }

  destroy(): void {
    const built = this.built;
    this.built = undefined;
    if (built) this.safely(() => built.destroy());
  }

  private create(history: DraftHistory): UpdateValidator {
    const validator = this.options.createValidator(this.options.doc(), this.withServer(history));
    validator.bindWriters(this.heard);
    this.heard.clear();
    return validator;
  }

  /** The log's history, with the server as writer of its own client id and of every other one already in the document. */
  private withServer(history: DraftHistory): DraftHistory {
    const writers = new Map(history.writers);
    writers.set(this.options.serverClientId, SERVER_WRITER);
    for (const client of this.options.doc().store.clients.keys()) {
      if (!writers.has(client) && !this.heard.has(client)) writers.set(client, SERVER_WRITER);
    }
    return { ...history, writers };
  }

  private safely(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.options.logError('[collab] validator failed', error);
    }
  }
}

