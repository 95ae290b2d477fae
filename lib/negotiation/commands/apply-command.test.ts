import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getParagraph, getParagraphRuns } from '../draft-doc';
import { CANADA, MEXICO, actors, del, draftDoc, ins, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';

const fixture = () =>
  draftDoc([
    { id: 'p', label: '1', kind: 'OP', runs: [plain('States '), del('shall', 'r', MEXICO), ins('should', 'r', MEXICO), plain(' '), ins('now', 'i', CANADA)] },
  ]);

describe('applyCommand', () => {
  it('makes all of a command’s changes in one transaction with the given origin', () => {
    const doc = fixture();
    const origin = Symbol('server');
    const seen: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(tr.origin));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const outcome = applyCommand(doc, actors.chair, { type: 'acceptAll', paragraphId: 'p' }, options({ origin }));
    expect(outcome.ok && outcome.audit).toHaveLength(2);
    expect(seen).toEqual([origin]);
    expect(updates).toHaveLength(1);
  });

  it('changes nothing and opens no transaction when refused or when there is nothing to do', () => {
    const doc = fixture();
    const before = Y.encodeStateVector(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    expect(applyCommand(doc, actors.mexico, { type: 'acceptAll', paragraphId: 'p' }, options()).ok).toBe(false);
    expect(applyCommand(doc, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'open' }, options())).toEqual({ ok: true, audit: [] });
    expect(transactions).toBe(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('replicates to a client document as the same text', () => {
    const server = fixture();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update));
    applyCommand(server, actors.chair, { type: 'acceptProposal', paragraphId: 'p', proposalId: 'r' }, options());
    expect(getParagraphRuns(getParagraph(client, 'p')!)).toEqual([plain('States should '), ins('now', 'i', CANADA)]);
  });
});
