import * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import type { SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { waitFor } from '@/test-support/collab/wait-for';
import type { Actor } from './random-operations';

/**
 * One place at the table in the property test: a delegate or the chair, driving a real
 * y-websocket client the way the browser does. Refused: the client discards its document and
 * reconnects fresh. The server turns a user away after five refusals a minute (by design), so
 * each seat has a few members of its delegation and the next one takes over after a refusal.
 */
export class SimulatedSeat {
  client: TestClient | null = null;
  offline = false;
  refusals = 0;
  /** Commands sent on the current connection; all answered before the seat counts as settled. */
  commandsSent = 0;
  private turn = 0;

  constructor(
    readonly name: string,
    readonly role: Actor['role'],
    readonly delegation: string,
    readonly members: SeededUser[],
    readonly otherDelegations: string[],
    private readonly url: string,
    private readonly draftId: string,
  ) {}

  get user(): SeededUser {
    return this.members[this.turn % this.members.length]!;
  }

  actor(): Actor {
    const colleague = this.members[(this.turn + 1) % this.members.length]!;
    return { role: this.role, userId: this.user.userId, delegation: this.delegation, colleagueId: colleague.userId, otherDelegations: this.otherDelegations };
  }

  async connect(): Promise<TestClient> {
    const client = await connectTestClient({ url: this.url, draftId: this.draftId, user: this.user });
    this.client = client;
    this.offline = false;
    this.commandsSent = 0;
    await waitFor(() => client.provider.synced || client.closeCodes.length > 0, `${this.name} synced`);
    this.assertWelcome();
    return client;
  }

  isRefused(): boolean {
    return this.client !== null && (this.client.refusals.length > 0 || this.client.closeCodes.includes(CLOSE.refused));
  }

  /** Replaces a refused client by a fresh one, as the browser reloads the draft. */
  async recover(): Promise<TestClient> {
    if (this.client && !this.isRefused()) {
      this.assertWelcome();
      return this.client;
    }
    this.client?.destroy();
    this.refusals++;
    this.turn++;
    return this.connect();
  }

  /** Connected (or offline on purpose) and not refused: ready for the next operation. */
  async ready(): Promise<TestClient> {
    for (;;) {
      const client = await this.recover();
      if (this.offline) return client;
      await waitFor(() => this.isRefused() || client.provider.synced || this.turnedAway(), `${this.name} ready`);
      this.assertWelcome();
      if (!this.isRefused()) return client;
    }
  }

  /** Sends a command when connected; an offline browser would not offer the button. */
  send(command: Record<string, unknown>): void {
    if (this.offline || !this.client?.provider.wsconnected) return;
    this.client.sendCommand(command);
    this.commandsSent++;
  }

  answered(): boolean {
    return this.client === null || this.client.replies.length >= this.commandsSent;
  }

  /** Goes offline, but never with a command in flight (its answer would be lost, its effect not). */
  goOffline(): void {
    if (this.offline || !this.client || !this.answered()) return;
    this.client.provider.disconnect();
    this.offline = true;
  }

  /** Back online with the same document: offline edits travel in sync step 2. */
  goOnline(): void {
    if (!this.offline || !this.client) return;
    this.client.provider.connect();
    this.offline = false;
  }

  /** Whether the server has broadcast everything this client wrote (the watcher has it). */
  deliveredTo(watcher: Y.Doc): boolean {
    if (!this.client) return true;
    const mine = Y.decodeStateVector(Y.encodeStateVector(this.client.doc));
    const theirs = Y.decodeStateVector(Y.encodeStateVector(watcher));
    for (const [client, clock] of mine) if ((theirs.get(client) ?? 0) < clock) return false;
    return true;
  }

  destroy(): void {
    this.client?.destroy();
    this.client = null;
  }

  /**
   * Room for one more forgery: each member is turned away after five refusals a minute, and
   * honest edits may be refused too when they race with the chair.
   */
  mayForge(): boolean {
    return this.refusals < this.members.length * 2;
  }

  private turnedAway(): boolean {
    return this.client?.closeCodes.some((code) => code === CLOSE.rateLimited || code === CLOSE.forbidden || code === CLOSE.badMessage) ?? false;
  }

  private assertWelcome(): void {
    if (this.turnedAway()) throw new Error(`${this.name} (${this.user.name}) was closed with ${this.client?.closeCodes.join(', ')}`);
  }
}
