import { describe, expect, it } from 'vitest';
import { cleanCommentText, commentBody, commentPatchInput, MAX_COMMENT_LENGTH, newCommentInput } from './comment-input';

const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe('comment input', () => {
  it('normalises newlines, drops control characters and trims', () => {
    expect(cleanCommentText('  one\r\ntwo\rthree\u0000\u000b\u0085\tfour  ')).toBe('one\ntwo\nthree\tfour');
  });

  it('accepts plain text up to the limit, mathematical "<" and ">" included', () => {
    expect(commentBody.parse('x'.repeat(MAX_COMMENT_LENGTH))).toHaveLength(MAX_COMMENT_LENGTH);
    expect(commentBody.parse('fewer than 5 < 6 > 4 paragraphs')).toBe('fewer than 5 < 6 > 4 paragraphs');
    expect(commentBody.parse('الدول الأطراف 缔约国')).toBe('الدول الأطراف 缔约国');
  });

  it('refuses empty, oversized and markup bodies with a sentence a delegate can act on', () => {
    expect(message(commentBody.safeParse(' \n\t '))).toMatch(/empty/);
    expect(message(commentBody.safeParse('\u202e\u200b\u200d\ufeff'))).toMatch(/empty/);
    expect(message(commentBody.safeParse('x'.repeat(MAX_COMMENT_LENGTH + 1)))).toMatch(/too long/);
    for (const markup of ['<script>alert(1)</script>', '<b>bold</b>', '<img src=x onerror=alert(1)>', 'a <!-- hidden -->', '</div>', '<SVG/onload=alert(1)>', '<img/src=x/onerror=alert(1)>']) {
      expect(message(commentBody.safeParse(markup))).toMatch(/plain text/);
    }
    expect(message(commentBody.safeParse(42))).toMatch(/must be text/);
  });

  it('treats an empty quote as no quote', () => {
    expect(newCommentInput.parse({ body: 'ok', quote: '   ' }).quote).toBeNull();
    expect(newCommentInput.parse({ body: 'ok', quote: '\u200b\u202e' }).quote).toBeNull();
    expect(newCommentInput.parse({ body: 'ok', quote: ' hereby ' }).quote).toBe('hereby');
  });

  it('accepts an edit or a withdrawal, not both and not anything else', () => {
    expect(commentPatchInput.parse({ body: 'new text' })).toEqual({ body: 'new text' });
    expect(commentPatchInput.parse({ withdrawn: true })).toEqual({ withdrawn: true });
    expect(commentPatchInput.safeParse({ withdrawn: false }).success).toBe(false);
    expect(commentPatchInput.safeParse({ body: 'x', withdrawn: true }).success).toBe(false);
  });
});
