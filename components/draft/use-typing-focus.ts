'use client';

import { useEffect, useState } from 'react';
import { isTypingTarget } from './follow-chair';

/** Whether the user's focus is in an editor or a form field right now (see follow-chair.ts). */
export function useTypingFocus(): boolean {
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => setTyping(isTypingTarget(event.target as HTMLElement | null));
    // relatedTarget is where the focus goes next: no false "stopped typing" between two fields.
    const onFocusOut = (event: FocusEvent) => {
      // Switching to another window keeps the caret where it was: the user is still typing here.
      if (event.relatedTarget === null && !document.hasFocus()) return;
      setTyping(isTypingTarget(event.relatedTarget as HTMLElement | null));
    };
    setTyping(isTypingTarget(document.activeElement as HTMLElement | null));
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  return typing;
}
