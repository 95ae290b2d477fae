import { z } from 'zod';
import { say } from '@/lib/i18n/server-sentences';
import { cleanCommentText } from '@/server/comments/comment-input';
import { sentenceIssue } from '@/server/http/sentence-issue';

export const MAX_REVISION_NAME_LENGTH = 40;
export const MAX_REVISION_NOTE_LENGTH = 2_000;

/** A new revision: a name such as "Rev.1" (suggested when omitted) and an optional note. */
export const newRevisionInput = z.object({
  name: z
    .string({ error: 'The revision name must be text.' })
    .transform((name) => cleanCommentText(name).replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .refine((name) => name.length <= MAX_REVISION_NAME_LENGTH, sentenceIssue(say('server.revisions.nameTooLong', { max: MAX_REVISION_NAME_LENGTH })))
        .refine((name) => !/[<>]/.test(name), sentenceIssue(say('server.revisions.nameAngles', {}))),
    )
    .nullish(),
  note: z
    .string({ error: 'The note must be text.' })
    .transform(cleanCommentText)
    .pipe(z.string().refine((note) => note.length <= MAX_REVISION_NOTE_LENGTH, sentenceIssue(say('server.revisions.noteTooLong', { max: MAX_REVISION_NOTE_LENGTH }))))
    .nullish(),
});
export type NewRevisionRequest = z.input<typeof newRevisionInput>;
