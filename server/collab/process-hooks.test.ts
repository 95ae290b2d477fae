import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { createComment } from '@/server/comments/create-comment';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { changeParticipant } from '@/server/setup/change-participant';
import { removeParticipant } from '@/server/setup/remove-participant';
import { registerCollabHooks } from './process-hooks';
import { PARAGRAPH_ONE } from '@/test-support/collab/seed-collab-meeting';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/**
 * Both sides of the process hooks meet: the collaboration server's hooks are installed as
 * server/main.ts installs them, and the setup and comments code that server actions and route
 * handlers call reaches real open connections through them.
 */

let removeHooks: () => void;

const scene = useCollabScene();

beforeAll(() => {
  removeHooks = registerCollabHooks(scene.server.collab);
});

afterAll(() => {
  removeHooks?.();
});

describe('process hooks between setup, comments and the collaboration server', () => {
  it('a role change made in meeting setup reaches the open connection at once', async () => {
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    expect(france.sessions.at(-1)?.role).toBe('delegate');
    await changeParticipant({
      db: scene.database.db,
      userId: scene.meeting.people.secretariat.userId,
      meetingId: scene.meeting.meetingId,
      participantId: scene.meeting.people.frenchDelegate.userId,
      change: { role: 'viewer', delegationId: null },
    });
    await waitFor(() => france.sessions.at(-1)?.role === 'viewer', 'the demoted delegate is sent the new role');
    expect(france.sessions.at(-1)).toMatchObject({ role: 'viewer', delegationId: null });
  });

  it('a participant removed in meeting setup is closed with 4403', async () => {
    const mexico = await scene.connect(scene.meeting.people.mexicanDelegate);
    await removeParticipant({
      db: scene.database.db,
      userId: scene.meeting.people.secretariat.userId,
      meetingId: scene.meeting.meetingId,
      participantId: scene.meeting.people.mexicanDelegate.userId,
    });
    await waitFor(() => mexico.closeCodes.includes(CLOSE.forbidden), 'the removed delegate is closed');
  });

  it('a comment made through the comments code is announced to the room', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const notices: unknown[] = [];
    chair.provider.messageHandlers[MESSAGE.commentsChanged] = (_encoder, decoder) => notices.push(JSON.parse(decoding.readVarString(decoder)));
    const access = await resolveDraftAccess({ db: scene.database.db, userId: scene.meeting.people.chair.userId, draftId: scene.meeting.draftId });
    if (!access) throw new Error('the chair has no access to the draft');
    await createComment({ db: scene.database.db, access, userId: scene.meeting.people.chair.userId, input: { body: 'Can we return to this?', paragraphId: PARAGRAPH_ONE } });
    await waitFor(() => notices.length > 0, 'the comments notice arrives');
    expect(notices).toEqual([{ draftId: scene.meeting.draftId, paragraphId: PARAGRAPH_ONE }]);
  });
});
