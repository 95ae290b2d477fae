import * as Y from 'yjs';
import { buildDraftState, getParagraph, getParagraphText, type NewParagraph } from '@/lib/negotiation/draft-doc';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { DocumentCheckpoint } from '@/server/collab/document-checkpoint';
import { createUpdateValidator, type UpdateValidatorOptions } from '@/server/collab/validation/create-update-validator';
import type { SenderHistory, UpdateValidator, ValidationActor, ValidationResult } from '@/server/collab/validation/types';

/** A small, realistic draft and the people in the room, for the validator's tests. */

export const FRA = '0b7a6c1e-0000-4000-8000-00000000f7a0';
export const MEX = '0b7a6c1e-0000-4000-8000-00000000e30c';
export const KEN = '0b7a6c1e-0000-4000-8000-000000004e40';

const known = () => new Set([FRA, MEX, KEN]);
const person = (userId: string, role: ValidationActor['role'], delegationId: string | null): ValidationActor => ({
  userId,
  role,
  delegationId,
  knownDelegations: known(),
});

export const people = {
  chair: person('u-chair-0000-4000-8000-000000000001', 'chair', null),
  secretariat: person('u-secr-0000-4000-8000-000000000002', 'secretariat', null),
  france: person('u-fra1-0000-4000-8000-000000000003', 'delegate', FRA),
  franceColleague: person('u-fra2-0000-4000-8000-000000000004', 'delegate', FRA),
  mexico: person('u-mex1-0000-4000-8000-000000000005', 'delegate', MEX),
  observer: person('u-obsv-0000-4000-8000-000000000006', 'observer', KEN),
  viewer: person('u-view-0000-4000-8000-000000000007', 'viewer', null),
};

/** When the test file loaded: the server refuses new proposals stamped far from its clock. */
export const TEST_TIME = new Date().toISOString();

export function mark(delegation: string, author: string, proposal = `prop-${delegation}-${author}`): ProposalMarkAttrs {
  return { proposal, delegation, author, at: TEST_TIME };
}

/**
 * p-open ("1"):   "Urges States parties " + FRA insertion "to strengthen " + "cooperation" with
 *                 a MEX deletion mark on "cooperation".
 * p-plain ("PP1"): plain agreed-upon base text, status open.
 * p-agreed ("2"), p-parked ("3"), p-deleted ("4").
 */
export function draftParagraphs(): NewParagraph[] {
  return [
    { id: 'p-plain', label: 'PP1', kind: 'PP', runs: [{ insert: 'Recalling the Protocol to Prevent Trafficking' }] },
    {
      id: 'p-open',
      label: '1',
      kind: 'OP',
      runs: [
        { insert: 'Urges States parties ' },
        { insert: 'to strengthen ', attributes: { insertion: mark(FRA, people.france.userId) } },
        { insert: 'cooperation', attributes: { deletion: mark(MEX, people.mexico.userId) } },
        { insert: ' in ' },
        { insert: 'all cases', attributes: { bracket: { by: people.chair.userId } } },
      ],
    },
    { id: 'p-agreed', label: '2', kind: 'OP', status: 'agreed', runs: [{ insert: 'Requests the secretariat to report' }] },
    { id: 'p-parked', label: '3', kind: 'OP', status: 'parked', runs: [{ insert: 'Invites donors to contribute' }] },
    { id: 'p-deleted', label: '4', kind: 'OP', status: 'deleted', runs: [{ insert: 'Decides to close the meeting' }] },
  ];
}

export function textOf(doc: Y.Doc, paragraphId: string): Y.XmlText {
  const paragraph = getParagraph(doc, paragraphId);
  const text = paragraph && getParagraphText(paragraph);
  if (!text) throw new Error(`no text for ${paragraphId}`);
  return text;
}

/**
 * The room's document, its validator, and clients that edit copies and send updates. Like the
 * room, it judges each update on `main` itself and, after a refusal, rebuilds `main` from what
 * was accepted (a DocumentCheckpoint) and hands it to the validator; `stored` is a separate
 * document that receives only accepted updates, to compare `main` with.
 */
export interface TestRoom {
  /** The judged document (a new object after each refusal). */
  readonly main: Y.Doc;
  /** Every accepted update and server change, and nothing else. */
  stored: Y.Doc;
  validator: UpdateValidator;
  /** A fresh client document synchronised from main. */
  join(clientID?: number): Y.Doc;
  /** Runs `edit` on the client, sends the resulting update; applies it to main when accepted. */
  send(client: Y.Doc, actor: ValidationActor, edit: (doc: Y.Doc) => void): ValidationResult;
  /** Sends raw bytes. */
  sendUpdate(update: Uint8Array, actor: ValidationActor, sender?: SenderHistory): ValidationResult;
  /** A change the server makes itself (a command), passed to the validator as the room would. */
  serverChange(change: (doc: Y.Doc) => void): void;
}

export function createTestRoom(paragraphs: NewParagraph[] = draftParagraphs(), options: UpdateValidatorOptions = {}): TestRoom {
  const initial = buildDraftState(paragraphs);
  let main = new Y.Doc();
  Y.applyUpdate(main, initial);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, initial);
  const checkpoint = new DocumentCheckpoint(initial);
  const validator = createUpdateValidator(main, options);
  const sendUpdate = (update: Uint8Array, actor: ValidationActor, sender?: SenderHistory): ValidationResult => {
    const result = validator.check(update, actor, sender);
    if (result.ok) {
      checkpoint.record(update);
      Y.applyUpdate(stored, update);
      return result;
    }
    const previous = main;
    main = checkpoint.restore(previous.clientID);
    previous.destroy();
    validator.attach(main, result.paragraphIds);
    return result;
  };
  return {
    get main() {
      return main;
    },
    stored,
    validator,
    join(clientID) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(main));
      // After syncing: Yjs gives a document a new id when a remote update writes with its own.
      if (clientID !== undefined) doc.clientID = clientID;
      return doc;
    },
    send(client, actor, edit) {
      const before = Y.encodeStateVector(client);
      edit(client);
      return sendUpdate(Y.encodeStateAsUpdate(client, before), actor);
    },
    sendUpdate,
    serverChange(change) {
      const updates: Uint8Array[] = [];
      const collect = (update: Uint8Array): void => void updates.push(update);
      main.on('update', collect);
      main.transact(() => change(main), 'server');
      main.off('update', collect);
      for (const update of updates) {
        checkpoint.record(update);
        Y.applyUpdate(stored, update);
        validator.observeServerUpdate(update);
      }
    },
  };
}

/** Everything a reader sees, to compare two documents regardless of how they got there. */
export function visibleState(doc: Y.Doc): unknown {
  const paragraphs: Record<string, unknown> = {};
  doc.getMap<Y.Map<unknown>>('paragraphs').forEach((paragraph, id) => {
    const details = Object.fromEntries([...paragraph.entries()].filter(([key]) => key !== 'text'));
    const text = getParagraphText(paragraph);
    paragraphs[id] = { ...details, runs: text?.toDelta() ?? null };
  });
  return {
    order: doc.getArray('order').toJSON(),
    paragraphs,
    proposals: doc.getMap('proposals').toJSON(),
    room: doc.getMap('room').toJSON(),
  };
}

/** Character offset of `needle` in a paragraph's raw text (pending insertions included). */
export function offsetOf(doc: Y.Doc, paragraphId: string, needle: string): number {
  const raw = (textOf(doc, paragraphId).toDelta() as { insert: unknown }[])
    .map((run) => (typeof run.insert === 'string' ? run.insert : ''))
    .join('');
  const index = raw.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in ${paragraphId}: "${raw}"`);
  return index;
}
