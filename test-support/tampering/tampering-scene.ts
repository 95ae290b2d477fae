import { randomUUID } from 'node:crypto';
import type { NewParagraph } from '@/lib/negotiation/draft-doc';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { addDelegation, addMember, seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import type { AttackStage } from './expect-attack-fails';

/**
 * One database, one server and one meeting per test file; a fresh draft per test, so that every
 * attack starts from the same text and the refusal limiter (per user and draft) never carries over.
 */

export const P_OPEN = '7a3e0c11-0000-4000-8000-0000000000a1';
export const P_PLAIN = '7a3e0c11-0000-4000-8000-0000000000a2';
export const P_CLEAN = '7a3e0c11-0000-4000-8000-0000000000a3';
export const FRENCH_PROPOSAL = '7a3e0c11-0000-4000-8000-0000000000f1';
export const MEXICAN_PROPOSAL = '7a3e0c11-0000-4000-8000-0000000000e1';

export interface TamperingScene {
  database: TestDatabase;
  server: CollabTestServer;
  meeting: CollabMeeting;
  kenya: string;
  frenchColleague: SeededUser;
  observer: SeededUser;
  /** A new draft with the paragraphs below (or others). */
  newDraft(paragraphs?: NewParagraph[]): Promise<string>;
  /** A real y-websocket client, synchronised. Destroyed by disconnectAll. */
  connect(draftId: string, user: SeededUser): Promise<TestClient>;
  /** A fresh draft and its room: `presiding` sends the marker, everyone else but the attacker watches. */
  stage(options: { attacker: SeededUser; presiding?: SeededUser }): Promise<{ stage: AttackStage; attacker: TestClient }>;
  disconnectAll(): void;
  stop(): Promise<void>;
}

/** When the test file loaded: the server refuses new proposals stamped far from its clock. */
const SCENE_TIME = new Date().toISOString();

export function proposalMark(delegation: string, author: string, proposal: string = randomUUID()): ProposalMarkAttrs {
  return { proposal, delegation, author, at: SCENE_TIME };
}

/**
 * P_OPEN ("1"): base text, France's pending insertion "to strengthen ", Mexico's proposed
 * deletion of "cooperation". P_PLAIN ("PP1"): base text. P_CLEAN ("2"): base text.
 */
export function tamperingParagraphs(meeting: CollabMeeting): NewParagraph[] {
  const { people } = meeting;
  return [
    {
      id: P_OPEN,
      label: '1',
      kind: 'OP',
      runs: [
        { insert: 'Urges States parties ' },
        { insert: 'to strengthen ', attributes: { insertion: proposalMark(meeting.france, people.frenchDelegate.userId, FRENCH_PROPOSAL) } },
        { insert: 'cooperation', attributes: { deletion: proposalMark(meeting.mexico, people.mexicanDelegate.userId, MEXICAN_PROPOSAL) } },
        { insert: ' in all cases' },
      ],
    },
    { id: P_PLAIN, label: 'PP1', kind: 'PP', runs: [{ insert: 'Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons' }] },
    { id: P_CLEAN, label: '2', kind: 'OP', runs: [{ insert: 'Requests the secretariat to report to the Working Group' }] },
  ];
}

export async function startTamperingScene(): Promise<TamperingScene> {
  const database = await startTestDatabase();
  const { db } = database;
  const meeting = await seedCollabMeeting(db);
  const kenya = await addDelegation(db, meeting.meetingId, 'Kenya');
  const observerBody = await addDelegation(db, meeting.meetingId, 'Council of Europe', 'observer');
  const frenchColleague = await addMember(db, meeting.meetingId, 'Second Delegate of France', 'delegate', meeting.france);
  const observer = await addMember(db, meeting.meetingId, 'Observer of the Council of Europe', 'observer', observerBody);
  const server = await startCollabTestServer(db, { idleUnloadMs: 10 * 60_000 });
  const clients: TestClient[] = [];

  const scene: TamperingScene = {
    database,
    server,
    meeting,
    kenya,
    frenchColleague,
    observer,
    newDraft: (paragraphs) => seedDraft(db, meeting.meetingId, paragraphs ?? tamperingParagraphs(meeting)),
    async connect(draftId, user) {
      const client = await connectTestClient({ url: server.url, draftId, user });
      clients.push(client);
      await waitFor(() => client.provider.synced, `${user.name} synced`);
      return client;
    },
    async stage({ attacker, presiding = meeting.people.secretariat }) {
      const draftId = await scene.newDraft();
      const { people } = meeting;
      const watching = [people.chair, people.frenchDelegate, people.mexicanDelegate, people.viewer].filter(
        (user) => user !== attacker && user !== presiding,
      );
      const presidingClient = await scene.connect(draftId, presiding);
      const bystanders = await Promise.all(watching.map((user) => scene.connect(draftId, user)));
      const attackerClient = await scene.connect(draftId, attacker);
      return {
        stage: { server, db, draftId, presiding: presidingClient, bystanders, reader: people.viewer },
        attacker: attackerClient,
      };
    },
    disconnectAll() {
      for (const client of clients.splice(0)) client.destroy();
    },
    async stop() {
      scene.disconnectAll();
      await server.close();
      await database.stop();
    },
  };
  return scene;
}
