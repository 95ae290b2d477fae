import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getRoom, paragraphIds } from '../draft-doc';
import { actors, draftDoc, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import type { Command } from './schema';

const fixture = () =>
  draftDoc([
    { id: 'a', label: 'PP1', kind: 'PP', runs: [plain('Recalling.')] },
    { id: 'b', label: 'PP1 bis', kind: 'PP', runs: [plain('Noting.')] },
    { id: 'c', label: '1', kind: 'OP', runs: [plain('Urges.')] },
    { id: 'd', label: '2', kind: 'OP', status: 'deleted', runs: [plain('Invites.')] },
    { id: 'e', label: '2 bis', kind: 'OP', status: 'agreed', runs: [plain('Requests.')] },
  ]);
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());
const labels = (doc: Y.Doc) => paragraphIds(doc).map((id) => getLabel(getParagraph(doc, id)!));

describe('moveParagraph', () => {
  it('moves a paragraph to its new index, clamped to the end', () => {
    const doc = fixture();
    const outcome = run(doc, actors.chair, { type: 'moveParagraph', paragraphId: 'e', toIndex: 2 });
    expect(outcome).toEqual({ ok: true, audit: [{ action: 'moveParagraph', paragraphId: 'e', details: { label: '2 bis', from: 4, to: 2 } }] });
    expect(paragraphIds(doc)).toEqual(['a', 'b', 'e', 'c', 'd']);
    run(doc, actors.secretariat, { type: 'moveParagraph', paragraphId: 'a', toIndex: 99 });
    expect(paragraphIds(doc)).toEqual(['b', 'e', 'c', 'd', 'a']);
  });

  it('refuses delegates', () => {
    expect(run(fixture(), actors.mexico, { type: 'moveParagraph', paragraphId: 'a', toIndex: 1 })).toMatchObject({
      ok: false,
      error: 'Only the chair or the secretariat can move paragraphs.',
    });
  });
});

describe('setLabel', () => {
  it('relabels a paragraph, refusing a label already in use', () => {
    const doc = fixture();
    expect(run(doc, actors.chair, { type: 'setLabel', paragraphId: 'b', label: ' PP2 ' }).ok).toBe(true);
    expect(getLabel(getParagraph(doc, 'b')!)).toBe('PP2');
    expect(run(doc, actors.chair, { type: 'setLabel', paragraphId: 'b', label: 'pp1' })).toMatchObject({
      ok: false,
      error: 'Another paragraph is already labelled "pp1".',
    });
    expect(run(doc, actors.chair, { type: 'setLabel', paragraphId: 'b', label: '  ' }).ok).toBe(false);
    expect(run(doc, actors.canada, { type: 'setLabel', paragraphId: 'b', label: 'PP9' }).ok).toBe(false);
  });
});

describe('renumber', () => {
  it('renumbers PP and OP series in order, skipping deleted paragraphs', () => {
    const doc = fixture();
    const outcome = run(doc, actors.secretariat, { type: 'renumber' });
    expect(labels(doc)).toEqual(['PP1', 'PP2', '1', 'former 2', '2']);
    expect(outcome.ok && outcome.audit).toEqual([
      {
        action: 'renumber',
        details: {
          changes: [
            { paragraphId: 'b', from: 'PP1 bis', to: 'PP2' },
            { paragraphId: 'd', from: '2', to: 'former 2' },
            { paragraphId: 'e', from: '2 bis', to: '2' },
          ],
        },
      },
    ]);
    expect(run(doc, actors.secretariat, { type: 'renumber' })).toEqual({ ok: true, audit: [] });
  });

  it('refuses delegates', () => {
    expect(run(fixture(), actors.mexico, { type: 'renumber' }).ok).toBe(false);
  });
});

describe('setFocus', () => {
  it('moves the room to a paragraph and clears it', () => {
    const doc = fixture();
    expect(run(doc, actors.chair, { type: 'setFocus', paragraphId: 'c' })).toEqual({
      ok: true,
      audit: [{ action: 'setFocus', paragraphId: 'c', details: { label: '1' } }],
    });
    expect(getRoom(doc).get('focus')).toBe('c');
    expect(run(doc, actors.chair, { type: 'setFocus', paragraphId: 'c' })).toEqual({ ok: true, audit: [] });
    expect(run(doc, actors.chair, { type: 'setFocus', paragraphId: null }).ok).toBe(true);
    expect(getRoom(doc).has('focus')).toBe(false);
  });

  it('refuses delegates and unknown paragraphs', () => {
    expect(run(fixture(), actors.mexico, { type: 'setFocus', paragraphId: 'c' })).toMatchObject({
      ok: false,
      error: 'Only the chair or the secretariat can move the room to a paragraph.',
    });
    expect(run(fixture(), actors.chair, { type: 'setFocus', paragraphId: 'zzz' }).ok).toBe(false);
  });
});
