/**
 * Following the chair: the page scrolls to the paragraph the chair puts on screen, except while
 * its user is typing (an editor or a form field has focus): moving the page then would pull the
 * text away from under the caret. The page offers to go there instead, and follows again once
 * the user leaves the field.
 */

export interface FollowState {
  followChair: boolean;
  /** The paragraph the chair has on screen. */
  focus: string | null;
  /** The paragraph this page last went to (or found the user already in). */
  followed: string | null;
  typing: boolean;
  /** The user's caret is already inside the chair's paragraph. */
  insideFocus: boolean;
}

export type FollowAction = 'none' | 'scroll' | 'offer' | 'adopt';

export function followAction(state: FollowState): FollowAction {
  if (!state.followChair || state.focus === null || state.focus === state.followed) return 'none';
  if (state.insideFocus) return 'adopt';
  return state.typing ? 'offer' : 'scroll';
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** The parts of an element that tell whether the user is typing into it. */
export interface FocusTarget {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

/** True for an editor, a text field, a text area or a list box: places where the user types or chooses. */
export function isTypingTarget(element: FocusTarget | null | undefined): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}
