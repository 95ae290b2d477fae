import { eq } from 'drizzle-orm';
import type { Config } from '@/server/config';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { getDraft } from '@/server/drafts/get-draft';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { createSessionAuthenticator } from './authenticate-upgrade';
import type { AccessDecision, AuthenticatedUser, CollabServer, CollabServerOptions } from './collab-types';
import { createCollabServer } from './create-collab-server';
import { createDatabaseDraftStore, type DraftStore } from './draft-store';
import type { RoomBus } from './scale-out/room-bus';
import { createUpdateValidator } from './validation';

/** A draft stays in memory this long after its last participant left (a reload, a short break). */
const IDLE_UNLOAD_MS = 60_000;

/**
 * The collaboration server wired to the database and next-auth, as both server/main.ts (one
 * process) and server/collab/main.ts (standalone) run it.
 */
export function createDefaultCollabServer({
  db,
  config,
  idleUnloadMs = IDLE_UNLOAD_MS,
  logError,
  bus,
  wrapStore,
  probeMs,
}: {
  db: Database;
  config: Pick<Config, 'authSecret' | 'allowedOrigins'>;
  idleUnloadMs?: number;
  logError?: CollabServerOptions['logError'];
  /** Other instances over Redis (scale-out/open-room-bus); none by default. */
  bus?: RoomBus;
  /** Lets a test put a store it can break in front of the database. */
  wrapStore?: (store: DraftStore) => DraftStore;
  probeMs?: number;
}): CollabServer {
  const store = createDatabaseDraftStore(db);
  const authenticateSession = createSessionAuthenticator(config.authSecret);
  return createCollabServer({
    authenticate: async (req) => withCurrentName(db, await authenticateSession(req)),
    resolveAccess: (userId, draftId) => resolveAccess(db, userId, draftId),
    store: wrapStore ? wrapStore(store) : store,
    audit: async (entry) => {
      await recordAuditEvent({ db, event: entry });
    },
    allowedOrigins: config.allowedOrigins,
    idleUnloadMs,
    createValidator: createUpdateValidator,
    ...(logError ? { logError } : {}),
    ...(bus ? { bus } : {}),
    ...(probeMs === undefined ? {} : { probeMs }),
  });
}

/** The user as the database knows them now: a deleted account's session or token is refused. */
/** The account as it is now: its current name, and whether it still has to choose its own password. */
async function withCurrentName(db: Database, user: AuthenticatedUser | null): Promise<AuthenticatedUser | null> {
  if (!user || !isUuid(user.userId)) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, user.userId))
    .limit(1);
  return row ? { userId: row.id, name: row.name, mustChangePassword: row.mustChangePassword || user.mustChangePassword === true } : null;
}

async function resolveAccess(db: Database, userId: string, draftId: string): Promise<AccessDecision> {
  const access = await resolveDraftAccess({ db, userId, draftId });
  if (access) {
    return {
      meetingId: access.meetingId,
      role: access.role,
      delegationId: access.delegationId,
      knownDelegations: access.knownDelegations,
    };
  }
  return (await getDraft({ db, draftId })) ? 'forbidden' : 'notFound';
}
