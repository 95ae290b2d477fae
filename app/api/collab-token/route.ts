import { mintCollabToken } from '@/server/collab/collab-token';
import { getConfig } from '@/server/config';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

const TOKEN_TTL_S = 300;

/**
 * POST /api/collab-token — a five-minute token for opening the collaboration websocket
 * (`?token=`) from a script or bot that holds a session cookie but cannot send it on the
 * upgrade. The websocket still checks membership and role on connect.
 */
export const POST = jsonRoute<Record<string, never>>({ signedIn: true, accept: [] }, async ({ user }) => {
  const token = mintCollabToken(getConfig().authSecret, user.id, TOKEN_TTL_S, user.name);
  return { token, expiresInSeconds: TOKEN_TTL_S };
});
