import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { decodeDraftEnvelope, decodeMeetingEnvelope, encodeDraftEnvelope, encodeMeetingEnvelope } from './bus-envelope';
import type { DraftEvent, MeetingEvent, RoomBus } from './room-bus';
import { trackPeers } from './track-peers';

export const DRAFT_CHANNEL_PREFIX = 'concord:draft:';
export const MEETING_CHANNEL = 'concord:meeting';

type Log = (message: string, error?: unknown) => void;

interface DraftChannel {
  listeners: Set<(event: DraftEvent) => void>;
  /** Settles once the SUBSCRIBE was acknowledged (or the attempt failed and was logged). */
  active: Promise<void>;
}

const CLIENT_OPTIONS: RedisOptions = {
  // While Redis is away, publishing fails at once instead of piling up in memory: the drafts are
  // reloaded from the database on reconnect, so nothing queued here would be needed.
  enableOfflineQueue: false,
  // Subscriptions are restored by us on 'ready', so that the resynchronisation starts only after
  // they are active again.
  autoResubscribe: false,
};

/**
 * The Redis room bus: one connection publishes, one subscribes (a subscribed connection can do
 * nothing else). One channel per draft, `concord:draft:<id>`, subscribed only while the draft is
 * loaded here, plus `concord:meeting` for membership changes. ioredis reconnects on its own; the
 * outage is logged once, and on reconnect the owner is told to resynchronise its drafts.
 * Resolves once both connections are ready, or after `readyTimeoutMs` with the outage logged
 * (the instance then serves its own connections until Redis comes).
 */
export async function connectRedisRoomBus({
  url,
  logError,
  readyTimeoutMs = 5_000,
  heartbeatMs = 2_000,
}: {
  url: string;
  logError: Log;
  readyTimeoutMs?: number;
  /** How often this instance says it is alive; another is lost after three silent beats. */
  heartbeatMs?: number;
}): Promise<RoomBus> {
  const instanceId = randomUUID();
  const publisher = new Redis(url, { ...CLIENT_OPTIONS, connectionName: `concord-pub-${instanceId.slice(0, 8)}` });
  const subscriber = new Redis(url, { ...CLIENT_OPTIONS, connectionName: `concord-sub-${instanceId.slice(0, 8)}` });
  const drafts = new Map<string, DraftChannel>();
  const meetingListeners = new Set<(event: MeetingEvent) => void>();
  const reconnectListeners = new Set<() => void>();
  const peers = trackPeers({ lostAfterMs: 3 * heartbeatMs });
  const where = redactedUrl(url);
  let subscribed = false;
  let outage = false;
  let closing = false;
  let firstUp: () => void = () => undefined;
  const up = new Promise<void>((resolve) => (firstUp = resolve));

  const noteOutage = (error?: unknown): void => {
    if (closing || outage) return;
    outage = true;
    logError(`[collab] Redis at ${where} is unreachable: serving this instance's connections only, retrying`, error);
  };
  const isUp = (): boolean => publisher.status === 'ready' && subscribed;
  const announceIfUp = (): void => {
    if (!isUp() || closing) return;
    if (outage) {
      outage = false;
      logError(`[collab] Redis at ${where} is back: resynchronising the drafts held here from the database`);
    }
    // While we were cut off we heard nobody; the resynchronisation below covers whoever left.
    peers.forgetAll();
    firstUp();
    for (const listener of [...reconnectListeners]) listener();
  };

  for (const client of [publisher, subscriber]) {
    client.on('error', noteOutage);
    client.on('close', () => noteOutage());
  }
  subscriber.on('close', () => {
    subscribed = false;
  });
  publisher.on('ready', announceIfUp);
  subscriber.on('ready', () => {
    const channels = [MEETING_CHANNEL, ...drafts.keys()];
    void untilClosed(subscriber, subscriber.subscribe(...channels)).then(
      (active) => {
        subscribed = active;
        announceIfUp();
      },
      (error: unknown) => noteOutage(error),
    );
  });
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    const name = channel.toString();
    if (name === MEETING_CHANNEL) {
      const envelope = decodeMeetingEnvelope(message);
      if (!envelope || envelope.sender === instanceId) return;
      if (envelope.event.kind === 'leaving') return peers.left(envelope.sender);
      peers.heard(envelope.sender);
      if (envelope.event.kind !== 'alive') notify(meetingListeners, envelope.event, logError);
      return;
    }
    const envelope = decodeDraftEnvelope(message);
    const draft = drafts.get(name);
    if (envelope && draft && envelope.sender !== instanceId) notify(draft.listeners, envelope.event, logError);
  });

  const publish = (channel: string, bytes: Uint8Array): void => {
    if (publisher.status !== 'ready') return;
    publisher.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(noteOutage);
  };

  const beat = setInterval(() => {
    if (!isUp()) return;
    publish(MEETING_CHANNEL, encodeMeetingEnvelope(instanceId, { kind: 'alive' }));
    peers.sweep();
  }, heartbeatMs);
  beat.unref();

  let timer: NodeJS.Timeout | undefined;
  await Promise.race([up, new Promise<void>((resolve) => (timer = setTimeout(resolve, readyTimeoutMs)))]);
  clearTimeout(timer);
  if (!isUp()) noteOutage(new Error(`not connected after ${readyTimeoutMs} ms`));

  return {
    status: () => (isUp() ? 'up' : 'down'),
    instanceId,
    publishDraft: (draftId, event) => publish(DRAFT_CHANNEL_PREFIX + draftId, encodeDraftEnvelope(instanceId, event)),
    async subscribeDraft(draftId, listener) {
      const channel = DRAFT_CHANNEL_PREFIX + draftId;
      let draft = drafts.get(channel);
      if (!draft) {
        // When Redis is down, 'ready' subscribes every channel and the owner resynchronises then.
        const active =
          subscriber.status === 'ready' ? untilClosed(subscriber, subscriber.subscribe(channel)).then(() => undefined, noteOutage) : Promise.resolve();
        draft = { listeners: new Set(), active };
        drafts.set(channel, draft);
      }
      const joined = draft;
      joined.listeners.add(listener);
      await joined.active;
      return () => {
        if (!joined.listeners.delete(listener) || joined.listeners.size > 0 || drafts.get(channel) !== joined) return;
        drafts.delete(channel);
        if (subscriber.status === 'ready') subscriber.unsubscribe(channel).catch(noteOutage);
      };
    },
    publishMeeting: (event) => publish(MEETING_CHANNEL, encodeMeetingEnvelope(instanceId, event)),
    subscribeMeeting(listener) {
      meetingListeners.add(listener);
      return () => meetingListeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    onPeerLost: (listener) => peers.onLost(listener),
    async close() {
      clearInterval(beat);
      publish(MEETING_CHANNEL, encodeMeetingEnvelope(instanceId, { kind: 'leaving' }));
      closing = true;
      await Promise.all([publisher, subscriber].map((client) => quit(client)));
    },
  };
}

function notify<Event>(listeners: Set<(event: Event) => void>, event: Event, logError: Log): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      logError('[collab] a bus message could not be handled', error);
    }
  }
}

/**
 * Settles with true when `command` succeeds, false if the connection closes first: a command
 * in flight during an outage would otherwise wait for the reconnection (ioredis resends it).
 */
function untilClosed(client: Redis, command: Promise<unknown>): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const onClose = (): void => resolve(false);
    client.once('close', onClose);
    command.then(
      () => resolve(true),
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    ).finally(() => client.off('close', onClose));
  });
}

/** QUIT flushes what was published; a connection that is not up is simply dropped. */
async function quit(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    await client.quit().catch(() => undefined);
    return;
  }
  client.disconnect();
}

function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
