'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { COLLAB_PATH, CLOSE, MESSAGE, draftRoom, isFinalClose } from '@/lib/collab/protocol';
import { linkOwnPresence } from '@/lib/collab/own-presence';
import { encodeJsonMessage, readJsonBody, refusedParagraphs, type CommandRequest, type CommandResult, type Refusal, type SessionInfo } from '@/lib/collab/messages';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import { readLocalParagraphs, type LocalParagraph } from './unsaved-paragraphs';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'closed';

export interface RefusalNotice extends Refusal {
  /**
   * Each paragraph the refused change touched, as the user had it locally (refused change
   * included); compared with the server's text after the reload.
   */
  local: LocalParagraph[];
}

export interface DraftConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** Why the server closed the connection for good, by close code: a close frame has no room for a sentence key. */
const CLOSE_MESSAGES: Record<number, ServerSentence> = {
  [CLOSE.unauthorized]: say('server.close.unauthorized', {}),
  [CLOSE.forbidden]: say('server.close.forbidden', {}),
  [CLOSE.notFound]: say('server.close.notFound', {}),
  [CLOSE.badOrigin]: say('server.close.badOrigin', {}),
  [CLOSE.tooLarge]: say('server.close.tooLarge', {}),
  [CLOSE.rateLimited]: say('server.close.rateLimited', {}),
};

const COMMAND_TIMEOUT_MS = 10_000;

/**
 * One websocket and one Y.Doc for a whole draft. After a refusal the local document holds a
 * change the server will never accept, so it is thrown away and a fresh one is synced.
 */
export function useDraftConnection(draftId: string) {
  const [generation, setGeneration] = useState(0);
  const [connection, setConnection] = useState<DraftConnection | null>(null);
  const [state, setState] = useState<ConnectionState>('connecting');
  const [closedReason, setClosedReason] = useState<ServerSentence | null>(null);
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [synced, setSynced] = useState(false);
  const [refusal, setRefusal] = useState<RefusalNotice | null>(null);
  // The server cannot reach its database (MESSAGE.savingPaused): the document is kept as it is,
  // and the server asks for what it lacks once saving resumes.
  const [savingPaused, setSavingPaused] = useState(false);
  // Bumped on MESSAGE.commentsChanged; the comments panel refetches when it changes,
  // because comments live in PostgreSQL, not in the draft's Y.Doc, and would otherwise go stale.
  const [commentsVersion, setCommentsVersion] = useState(0);
  const pending = useRef(new Map<string, (result: CommandResult) => void>());

  useEffect(() => {
    const doc = new Y.Doc();
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${COLLAB_PATH}`;
    const provider = new WebsocketProvider(url, draftRoom(draftId), doc, { disableBc: true });
    // Only this browser's own presence goes to the server; peers' states stay while connected.
    const unlinkPresence = linkOwnPresence(provider);
    // The session message comes first on every connection (and again after a role change); a
    // room whose saving is still paused says so right after the first one.
    let firstSessionMessage = true;
    provider.messageHandlers[MESSAGE.session] = (_encoder, decoder) => {
      setSession(readJsonBody(decoder) as SessionInfo);
      if (firstSessionMessage) setSavingPaused(false);
      firstSessionMessage = false;
    };
    provider.messageHandlers[MESSAGE.savingPaused] = (_encoder, decoder) => {
      const body = readJsonBody(decoder) as { paused?: unknown };
      setSavingPaused(body.paused === true);
    };
    provider.messageHandlers[MESSAGE.commandResult] = (_encoder, decoder) => {
      const result = readJsonBody(decoder) as CommandResult;
      if (result.id) pending.current.get(result.id)?.(result);
    };
    provider.messageHandlers[MESSAGE.refused] = (_encoder, decoder) => {
      const body = readJsonBody(decoder) as Refusal;
      setRefusal({ ...body, local: readLocalParagraphs(doc, refusedParagraphs(body)) });
    };
    provider.messageHandlers[MESSAGE.commentsChanged] = () => setCommentsVersion((value) => value + 1);
    provider.on('status', ({ status }) => {
      setState(status);
      if (status === 'connecting') firstSessionMessage = true;
    });
    provider.on('sync', (isSynced: boolean) => setSynced(isSynced));
    provider.on('connection-close', (event) => {
      if (!event) return;
      if (event.code === CLOSE.refused) {
        setGeneration((value) => value + 1);
      } else if (isFinalClose(event.code)) {
        setState('closed');
        setClosedReason(CLOSE_MESSAGES[event.code] ?? say('server.close.other', { code: event.code }));
      }
    });
    setConnection({ doc, provider });
    setSynced(false);
    setSavingPaused(false);
    return () => {
      unlinkPresence();
      provider.destroy();
      doc.destroy();
    };
  }, [draftId, generation]);

  const sendCommand = useCallback(
    (command: CommandRequest): Promise<CommandResult> => {
      const socket = connection?.provider.ws;
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        return Promise.resolve({ ok: false, error: 'Not connected to the room; your action was not sent.' });
      }
      const id = crypto.randomUUID();
      return new Promise((resolve) => {
        const timer = setTimeout(() => finish({ ok: false, error: 'The server did not answer in time.' }), COMMAND_TIMEOUT_MS);
        const finish = (result: CommandResult) => {
          clearTimeout(timer);
          pending.current.delete(id);
          resolve(result);
        };
        pending.current.set(id, finish);
        socket.send(encodeJsonMessage(MESSAGE.command, { ...command, id }));
      });
    },
    [connection],
  );

  return {
    connection,
    state,
    savingPaused,
    closedReason,
    session,
    synced,
    refusal,
    dismissRefusal: () => setRefusal(null),
    sendCommand,
    commentsVersion,
  };
}
