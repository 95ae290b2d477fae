import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { linkOwnPresence } from '@/lib/collab/own-presence';
import { MESSAGE } from '@/lib/collab/protocol';
import { waitFor } from '@/test-support/collab/wait-for';

/**
 * Delegates typing into one draft, and participants reading it, each a y-websocket provider
 * with its own Y.Doc as in the browser. Every keystroke is one update; each reader records when
 * each keystroke arrived (keyed by the typist's client id and clock), so propagation is timed in
 * one process with one clock.
 */

export interface Seat {
  /** The collaboration URL (ws://host:port/collab or a relay's root). */
  url: string;
  room: string;
  params: Record<string, string>;
}

export interface Typist {
  seat: Seat;
  paragraphId: string;
  /** The insertion mark a delegate's words carry (none for the bare relay, which does not care). */
  attributes: Record<string, unknown>;
}

interface Participant {
  doc: Y.Doc;
  provider: WebsocketProvider;
  unlink: () => void;
}

export interface TypingResult {
  latenciesMs: number[];
  keystrokes: number;
  /** Reader × keystroke pairs that never arrived. */
  lost: number;
  /** Updates the readers and typists received from others. */
  delivered: number;
}

const CONCORD_FRAMES = 100;
const BURST_KEYS = 8;
// About seven characters a second: a fast typist, not a paste.
const KEY_GAP_MS = 150;
const SYNC_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 30_000;

function join(seat: Seat): Participant {
  // Each y-websocket provider in Node listens for the process's exit.
  process.setMaxListeners(0);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(seat.url, seat.room, doc, {
    disableBc: true,
    params: seat.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  for (const type of Object.values(MESSAGE)) if (type >= CONCORD_FRAMES) provider.messageHandlers[type] = () => undefined;
  const unlink = linkOwnPresence(provider);
  return { doc, provider, unlink };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TypingHooks {
  /** Awaited once every typist and reader has synced, before the first keystroke. */
  synced?: () => Promise<void>;
  /** Awaited once every keystroke has reached everyone (or the drain gave up), before anyone leaves. */
  drained?: () => Promise<void>;
}

/** How fast typists type: BURST_KEYS keys `keyGapMs` apart, then a pause of 1–4 × `burstPauseMs`. */
export interface TypingPace {
  keyGapMs: number;
  burstPauseMs: number;
}

const TYPISTS_PACE: TypingPace = { keyGapMs: KEY_GAP_MS, burstPauseMs: 500 };

/** Typists type bursts for `durationMs` while readers watch; then waits until everyone has everything. */
export async function runTyping(
  typists: Typist[],
  readerSeats: Seat[],
  durationMs: number,
  random: () => number,
  hooks: TypingHooks = {},
  pace: TypingPace = TYPISTS_PACE,
): Promise<TypingResult> {
  const { synced = () => Promise.resolve(), drained = () => Promise.resolve() } = hooks;
  const writers = typists.map((typist) => ({ ...typist, ...join(typist.seat) }));
  const readers = readerSeats.map(join);
  const everyone = [...writers, ...readers];
  await waitFor(() => everyone.every((participant) => participant.provider.synced), 'typists and readers synced', SYNC_TIMEOUT_MS);
  await synced();

  const sentAt = new Map<string, number>();
  const latenciesMs: number[] = [];
  let delivered = 0;
  for (const participant of everyone) {
    participant.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== participant.provider) return;
      const now = performance.now();
      delivered += 1;
      if (!readers.includes(participant)) return;
      Y.parseUpdateMeta(update).to.forEach((clock, client) => {
        const start = sentAt.get(`${client}:${clock}`);
        if (start !== undefined) latenciesMs.push(now - start);
      });
    });
  }

  const stopAt = performance.now() + durationMs;
  const typing = writers.map(async (writer) => {
    const text = getParagraphText(getParagraph(writer.doc, writer.paragraphId)!);
    if (!text) throw new Error(`paragraph ${writer.paragraphId} missing`);
    await pause(random() * 1_000);
    while (performance.now() < stopAt) {
      for (let key = 0; key < BURST_KEYS; key++) {
        text.insert(text.length, 'x', writer.attributes);
        sentAt.set(`${writer.doc.clientID}:${Y.getState(writer.doc.store, writer.doc.clientID)}`, performance.now());
        await pause(pace.keyGapMs);
      }
      await pause(pace.burstPauseMs * (1 + random() * 3));
    }
  });
  await Promise.all(typing);

  const finalClocks = writers.map((writer) => [writer.doc.clientID, Y.getState(writer.doc.store, writer.doc.clientID)] as const);
  const missing = (): number =>
    everyone.reduce(
      (sum, participant) => sum + finalClocks.reduce((inner, [client, clock]) => inner + Math.max(0, clock - Y.getState(participant.doc.store, client)), 0),
      0,
    );
  await waitFor(() => missing() === 0, () => `every keystroke everywhere (${missing()} missing)`, DRAIN_TIMEOUT_MS).catch(() => undefined);
  const lost = missing();
  await drained();
  for (const participant of everyone) {
    participant.unlink();
    participant.provider.destroy();
    participant.doc.destroy();
  }
  return { latenciesMs, keystrokes: sentAt.size, lost, delivered };
}

/** Time from opening a connection until the draft has arrived (sync step 2). */
export async function timeLoad(seat: Seat): Promise<number> {
  const start = performance.now();
  const participant = join(seat);
  try {
    await waitFor(() => participant.provider.synced, 'draft loaded', SYNC_TIMEOUT_MS);
    return performance.now() - start;
  } finally {
    participant.unlink();
    participant.provider.destroy();
    participant.doc.destroy();
  }
}
