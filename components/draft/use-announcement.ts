'use client';

import { useEffect, useRef, useState } from 'react';
import { nextAnnouncement } from './announcement';

/**
 * What the page's one polite live region says: the latest of `messages` to change (an answer,
 * the chair's move, the connection; see announcement.ts). `serial` changes with every answer, so the same sentence
 * said twice is spoken twice (a no-break space is toggled at its end for the screen reader).
 */
export function useAnnouncement(messages: ReadonlyArray<string | null>, serial: number): string {
  const [text, setText] = useState('');
  const previous = useRef<ReadonlyArray<string | null>>(messages);
  const previousSerial = useRef(serial);
  const toggle = useRef(false);
  const key = messages.join('\u0000');
  useEffect(() => {
    const next = nextAnnouncement(previous.current, messages, serial !== previousSerial.current);
    previous.current = messages;
    previousSerial.current = serial;
    if (next === null) return;
    toggle.current = !toggle.current;
    setText(`${next}${toggle.current ? '\u00a0' : ''}`);
    // `key` stands for `messages`, which is a new array on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, serial]);
  return text;
}
