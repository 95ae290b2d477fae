import { NextResponse } from 'next/server';
import { getDb } from '@/server/db/client';
import { readHealth } from '@/server/health/read-health';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health — for load balancers and supervisors, no sign-in: 200 when this instance can
 * store edits, 503 when its database is unreachable; the body says what is up and how much it holds.
 */
export async function GET(): Promise<NextResponse> {
  const health = await readHealth({ db: getDb() });
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
