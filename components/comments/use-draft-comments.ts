'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchComments } from './comment-api';
import type { CommentsResponse } from './types';

const EMPTY: CommentsResponse = { comments: [], counts: { general: 0, paragraphs: {} } };

/**
 * The draft's comments, refetched whenever `changeSignal` changes (the room's commentsChanged
 * counter, and the connection coming back after a gap in which notices may have been missed).
 * Overlapping fetches are resolved in favour of the latest.
 */
export function useDraftComments(draftId: string, changeSignal: unknown) {
  const [data, setData] = useState<CommentsResponse>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await fetchComments(draftId);
      if (ticket !== latest.current) return;
      setData(next);
      setError(null);
      setLoaded(true);
    } catch (caught) {
      if (ticket !== latest.current) return;
      setError(caught instanceof Error ? caught.message : 'Comments could not be loaded.');
    }
  }, [draftId]);

  useEffect(() => {
    void reload();
  }, [reload, changeSignal]);

  return { ...data, error, loaded, reload };
}

export type DraftComments = ReturnType<typeof useDraftComments>;
