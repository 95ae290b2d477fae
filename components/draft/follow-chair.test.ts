import { describe, expect, it } from 'vitest';
import { followAction, isTypingTarget, type FollowState } from './follow-chair';

const state = (overrides: Partial<FollowState>): FollowState => ({
  followChair: true,
  focus: 'p6',
  followed: 'p5',
  typing: false,
  insideFocus: false,
  ...overrides,
});

describe('followAction', () => {
  it('scrolls to a new focus when the user is not typing', () => {
    expect(followAction(state({}))).toBe('scroll');
  });

  it('offers to go there instead while the user types, and scrolls once they stop', () => {
    expect(followAction(state({ typing: true }))).toBe('offer');
    expect(followAction(state({ typing: false }))).toBe('scroll');
  });

  it('does nothing when following is off, there is no focus, or the page is already there', () => {
    expect(followAction(state({ followChair: false }))).toBe('none');
    expect(followAction(state({ focus: null }))).toBe('none');
    expect(followAction(state({ followed: 'p6', typing: true }))).toBe('none');
  });

  it('takes the focus as followed when the caret is already in that paragraph', () => {
    expect(followAction(state({ typing: true, insideFocus: true }))).toBe('adopt');
  });
});

describe('isTypingTarget', () => {
  it('counts editors, text fields, text areas and list boxes, not buttons or check boxes', () => {
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
