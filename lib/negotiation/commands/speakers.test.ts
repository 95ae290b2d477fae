import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { readFloor, readSpeakers } from '../speakers';
import { AT, CANADA, EU, MEXICO, actors, draftDoc, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import { parseCommand, type Command } from './schema';

const fixture = () => draftDoc([{ id: 'p', label: '3', kind: 'OP', status: 'open', runs: [plain('Urges States.')] }]);
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());
const queue = (doc: Y.Doc) => readSpeakers(doc).map((entry) => entry.delegation);
const OBSERVER = actors.observer.delegationId;

describe('requestFloor', () => {
  it('puts a delegate on the list for their own delegation, once, with the paragraph and the time', () => {
    const doc = fixture();
    expect(run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'p' })).toEqual({
      ok: true,
      audit: [{ action: 'requestFloor', delegationId: MEXICO, paragraphId: 'p' }],
    });
    expect(run(doc, actors.canada, { type: 'requestFloor', paragraphId: null }).ok).toBe(true);
    expect(run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'p' })).toEqual({ ok: true, audit: [] });
    expect(readSpeakers(doc)).toEqual([
      { delegation: MEXICO, at: AT, paragraphId: 'p' },
      { delegation: CANADA, at: AT, paragraphId: null },
    ]);
  });

  it('lets observers ask, and the secretariat ask for a delegation of the meeting', () => {
    const doc = fixture();
    expect(run(doc, actors.observer, { type: 'requestFloor', paragraphId: 'p' }).ok).toBe(true);
    expect(run(doc, actors.secretariat, { type: 'requestFloor', paragraphId: 'p', onBehalfOf: EU }).ok).toBe(true);
    expect(queue(doc)).toEqual([OBSERVER, EU]);
    expect(run(doc, actors.secretariat, { type: 'requestFloor', paragraphId: 'p' })).toMatchObject({
      ok: false,
      error: 'Choose the delegation that asks for the floor.',
    });
    expect(run(doc, actors.secretariat, { type: 'requestFloor', paragraphId: 'p', onBehalfOf: 'd-unknown' })).toMatchObject({
      ok: false,
      error: 'That delegation is not part of this meeting.',
    });
  });

  it('refuses another delegation, the chair, viewers and a missing paragraph', () => {
    const doc = fixture();
    expect(run(doc, actors.canada, { type: 'requestFloor', paragraphId: 'p', onBehalfOf: MEXICO })).toMatchObject({
      ok: false,
      error: 'You can only ask for the floor for your own delegation.',
    });
    for (const actor of [actors.chair, actors.viewer]) {
      expect(run(doc, actor, { type: 'requestFloor', paragraphId: 'p' })).toMatchObject({ ok: false, error: 'Your role cannot ask for the floor.' });
    }
    expect(run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'gone' }).ok).toBe(false);
    expect(queue(doc)).toEqual([]);
  });
});

describe('withdrawFloorRequest', () => {
  it('lets a delegation withdraw its own request and the chair strike any, but not another delegate', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'p' });
    run(doc, actors.canada, { type: 'requestFloor', paragraphId: 'p' });
    expect(run(doc, actors.canada, { type: 'withdrawFloorRequest', delegation: MEXICO })).toMatchObject({
      ok: false,
      error: 'You can only withdraw your own delegation\u2019s request.',
    });
    expect(run(doc, actors.viewer, { type: 'withdrawFloorRequest', delegation: MEXICO }).ok).toBe(false);
    expect(run(doc, actors.canada, { type: 'withdrawFloorRequest', delegation: CANADA })).toEqual({
      ok: true,
      audit: [{ action: 'withdrawFloorRequest', delegationId: CANADA, paragraphId: 'p' }],
    });
    expect(run(doc, actors.chair, { type: 'withdrawFloorRequest', delegation: MEXICO }).ok).toBe(true);
    expect(queue(doc)).toEqual([]);
    expect(run(doc, actors.chair, { type: 'withdrawFloorRequest', delegation: MEXICO })).toEqual({ ok: true, audit: [] });
  });
});

describe('giveFloor and closeFloor', () => {
  it('gives the floor to the next speaker, taking them off the list, and closes it', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'p' });
    run(doc, actors.canada, { type: 'requestFloor', paragraphId: 'p' });
    expect(run(doc, actors.chair, { type: 'giveFloor', delegation: MEXICO })).toEqual({
      ok: true,
      audit: [{ action: 'giveFloor', delegationId: MEXICO, paragraphId: 'p' }],
    });
    expect(readFloor(doc)).toBe(MEXICO);
    expect(queue(doc)).toEqual([CANADA]);
    expect(run(doc, actors.secretariat, { type: 'giveFloor', delegation: CANADA }).ok).toBe(true);
    expect(readFloor(doc)).toBe(CANADA);
    expect(queue(doc)).toEqual([]);
    expect(run(doc, actors.chair, { type: 'closeFloor' })).toEqual({ ok: true, audit: [{ action: 'closeFloor', delegationId: CANADA }] });
    expect(readFloor(doc)).toBeNull();
    expect(run(doc, actors.chair, { type: 'closeFloor' })).toEqual({ ok: true, audit: [] });
  });

  it('lets the chair call on a delegation of the meeting that is not on the list, and no one else', () => {
    const doc = fixture();
    expect(run(doc, actors.chair, { type: 'giveFloor', delegation: EU }).ok).toBe(true);
    expect(run(doc, actors.chair, { type: 'giveFloor', delegation: 'd-unknown' })).toMatchObject({
      ok: false,
      error: 'That delegation is not part of this meeting.',
    });
    expect(readFloor(doc)).toBe(EU);
  });

  it('refuses delegates, observers and viewers', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'requestFloor', paragraphId: 'p' });
    for (const actor of [actors.mexico, actors.observer, actors.viewer]) {
      const refusal = { ok: false, error: 'Only the chair or the secretariat can give or close the floor.', sentence: { key: 'server.command.role.giveFloor', params: {} } };
      expect(run(doc, actor, { type: 'giveFloor', delegation: MEXICO })).toEqual(refusal);
      expect(run(doc, actor, { type: 'closeFloor' })).toEqual(refusal);
    }
    expect(readFloor(doc)).toBeNull();
    expect(queue(doc)).toEqual([MEXICO]);
  });

  it('parses the commands a client sends', () => {
    expect(parseCommand({ type: 'giveFloor', delegation: MEXICO }).ok).toBe(true);
    expect(parseCommand({ type: 'giveFloor' }).ok).toBe(false);
    expect(parseCommand({ type: 'requestFloor', paragraphId: null }).ok).toBe(true);
  });
});
