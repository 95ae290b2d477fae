import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { DbExecutor } from '@/server/db/client';
import { draftUpdates } from '@/server/db/schema';

/**
 * Which user wrote with each Yjs client id of a draft, read from its update log (compaction
 * keeps the rows). `null`: no single user — the draft as created or imported, or the server's
 * own client id, whose rows name each member who sent a command. The collaboration server binds
 * these on load, so a client id used before stays its writer's after the draft was unloaded.
 */
export async function readDraftWriters({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<Map<number, string | null>> {
  const rows = await db
    .select({ update: draftUpdates.update, userId: draftUpdates.userId })
    .from(draftUpdates)
    .where(eq(draftUpdates.draftId, draftId))
    .orderBy(asc(draftUpdates.id));
  const writers = new Map<number, string | null>();
  for (const row of rows) {
    const { from, to } = Y.parseUpdateMeta(row.update);
    to.forEach((clock, client) => {
      if (clock <= (from.get(client) ?? 0)) return;
      const known = writers.get(client);
      if (known === undefined) writers.set(client, row.userId);
      else if (known !== row.userId) writers.set(client, null);
    });
  }
  return writers;
}
