import { z } from 'zod';
import { say } from '@/lib/i18n/server-sentences';
import { sentenceIssue } from '@/server/http/sentence-issue';

/**
 * What a comment may contain. Bodies are plain text: they are rendered by React as text (never
 * as HTML) and printed as text in the CRP, so markup in them would only ever show up as noise —
 * or, in some other tool that trusts the text, as an injection. They are refused with a reason.
 */

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_QUOTE_LENGTH = 2_000;
const ID_MAX = 100;

/**
 * C0 and C1 control characters other than tab and newline. Word and PDF copy-paste brings
 * vertical tabs, form feeds and NULs (which PostgreSQL text refuses); they carry no meaning.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * An HTML tag, comment or declaration: "<script>", "</b>", "<img src=x onerror=…>", and the forms
 * browsers also read as tags where no space follows the name ("<svg/onload=…>",
 * "<img/src=x/onerror=…>"), "<!--", "<!doctype", "<?xml". "a < b > c" is not (nor is it to a browser).
 */
const MARKUP = /<\/?[a-z][^<>]*>|<!--|<![a-z]|<\?[a-z]/i;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). They reorder
 * how the text after them is displayed, so a comment could show words in another order than
 * they were written; a plain-text comment needs none of them. (The marks U+200E and U+200F,
 * which only set a direction, stay.)
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Something a reader can see: not only spaces and invisible format characters (zero-width spaces, joiners, marks). */
const VISIBLE = /[^\s\p{Cf}]/u;

/** Newlines normalised to \n, control characters dropped, outer whitespace trimmed. */
export function cleanCommentText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '').trim();
}

export const commentBody = z
  .string({ error: 'The comment must be text.' })
  .transform(cleanCommentText)
  .pipe(
    z
      .string()
      .refine((text) => VISIBLE.test(text), sentenceIssue(say('server.comments.empty', {})))
      .refine((text) => text.length <= MAX_COMMENT_LENGTH, sentenceIssue(say('server.comments.tooLong', { max: MAX_COMMENT_LENGTH })))
      .refine((text) => !MARKUP.test(text), sentenceIssue(say('server.comments.markup', { examples: '"<b>", "<script>"' }))),
  );

const quote = z
  .string({ error: 'The quoted text must be text.' })
  .transform(cleanCommentText)
  .pipe(z.string().refine((text) => text.length <= MAX_QUOTE_LENGTH, sentenceIssue(say('server.comments.quoteTooLong', { max: MAX_QUOTE_LENGTH }))))
  .transform((text) => (VISIBLE.test(text) ? text : null));

const optionalId = z.string().min(1).max(ID_MAX).nullish();

export const newCommentInput = z.object({
  body: commentBody,
  paragraphId: optionalId,
  replyTo: optionalId,
  quote: quote.nullish(),
  onBehalfOf: optionalId,
});
export type NewCommentInput = z.infer<typeof newCommentInput>;

export const commentPatchInput = z.union([
  z.object({ body: commentBody }).strict(),
  z.object({ withdrawn: z.literal(true, { error: 'Only {"withdrawn": true} is accepted.' }) }).strict(),
]);
export type CommentPatchInput = z.infer<typeof commentPatchInput>;
