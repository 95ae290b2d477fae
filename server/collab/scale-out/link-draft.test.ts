import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDraftState, getParagraph, getParagraphText, paragraphRawText } from '@/lib/negotiation/draft-doc';
import type { DraftStore } from '../draft-store';
import { createRefusalLimiter } from '../refusal-limiter';
import { createRoomCounters, type RoomCounters } from '../room-counters';
import { RoomRegistry } from '../room-registry';
import { waitFor } from '@/test-support/collab/wait-for';
import { createUpdateValidator } from '../validation';
import { createLocalRoomBus, type DraftEvent, type RoomBus } from './room-bus';

const DRAFT = 'd0c0ffee-0000-4000-8000-000000000001';
const PARAGRAPH = 'd0c0ffee-0000-4000-8000-0000000000aa';

/** A bus whose other instances are the test itself. */
function scriptedBus(): RoomBus & { listeners: Map<string, (event: DraftEvent) => void> } {
  const listeners = new Map<string, (event: DraftEvent) => void>();
  return {
    ...createLocalRoomBus(),
    listeners,
    subscribeDraft: (draftId, listener) => {
      listeners.set(draftId, listener);
      return Promise.resolve(() => listeners.delete(draftId));
    },
  };
}

/** A store whose load waits until the test lets it answer, with the state of `stored` then. */
function slowStore(stored: Y.Doc): DraftStore & { answer(): void; asked(): boolean } {
  let answer: (() => void) | undefined;
  return {
    load: () => new Promise<Uint8Array>((resolve) => (answer = () => resolve(Y.encodeStateAsUpdate(stored)))),
    append: () => Promise.resolve(),
    compact: () => Promise.resolve(),
    answer: () => answer?.(),
    asked: () => answer !== undefined,
  };
}

function registryOver(store: DraftStore, bus: RoomBus): { registry: RoomRegistry; counters: RoomCounters } {
  const counters = createRoomCounters();
  const deps = {
    store,
    bus,
    counters,
    audit: () => Promise.resolve(),
    limiter: createRefusalLimiter(),
    logError: (message: string) => {
      throw new Error(message);
    },
    runCommand: () => Promise.resolve(),
    createValidator: createUpdateValidator,
  };
  return { registry: new RoomRegistry(deps, 0), counters };
}

/** Another instance's accepted edit: typed into its own copy of the draft. */
function editElsewhere(doc: Y.Doc, words: string): Uint8Array {
  const elsewhere = new Y.Doc();
  Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(elsewhere);
  const paragraph = getParagraph(elsewhere, PARAGRAPH);
  const text = paragraph ? getParagraphText(paragraph) : undefined;
  if (!text) throw new Error('the paragraph has no text');
  text.insert(0, words);
  return Y.encodeStateAsUpdate(elsewhere, before);
}

function textOf(doc: Y.Doc): string {
  const paragraph = getParagraph(doc, PARAGRAPH);
  return paragraph ? paragraphRawText(paragraph) : '';
}

describe('loading a draft while other instances publish updates', () => {
  it('subscribes before reading the database and applies what arrived meanwhile', async () => {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, buildDraftState([{ id: PARAGRAPH, label: '1', kind: 'OP', runs: [{ insert: 'States parties' }] }]));
    const bus = scriptedBus();
    const store = slowStore(stored);
    const { registry, counters } = registryOver(store, bus);
    const loading = registry.acquire(DRAFT);
    await waitFor(() => bus.listeners.has(DRAFT) && store.asked(), 'subscribed, then reading');
    // Stored elsewhere after this load's read began, so only the bus carries it.
    const missed = editElsewhere(stored, 'All ');
    bus.listeners.get(DRAFT)?.({ kind: 'update', update: missed, writer: 'someone' });
    store.answer();
    const room = await loading;
    expect(textOf(room.doc)).toBe('All States parties');
    expect(counters.remoteUpdatesApplied).toBe(1);
    registry.release(room);
    await waitFor(() => !bus.listeners.has(DRAFT), 'unsubscribed once unloaded');
  });

  it('applies an update both read and buffered only once', async () => {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, buildDraftState([{ id: PARAGRAPH, label: '1', kind: 'OP', runs: [{ insert: 'States parties' }] }]));
    const bus = scriptedBus();
    const store = slowStore(stored);
    const { registry, counters } = registryOver(store, bus);
    const loading = registry.acquire(DRAFT);
    await waitFor(() => store.asked(), 'reading');
    const both = editElsewhere(stored, 'All ');
    Y.applyUpdate(stored, both);
    bus.listeners.get(DRAFT)?.({ kind: 'update', update: both, writer: 'someone' });
    store.answer();
    const room = await loading;
    expect(textOf(room.doc)).toBe('All States parties');
    expect(counters.remoteUpdatesApplied).toBe(0);
    await registry.closeAll();
    expect(bus.listeners.size).toBe(0);
  });
});
