import { z } from 'zod';
import { cleanCommentText } from '@/server/comments/comment-input';

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
        .max(MAX_REVISION_NAME_LENGTH, { error: `The revision name is too long: at most ${MAX_REVISION_NAME_LENGTH} characters.` })
        .refine((name) => !/[<>]/.test(name), { error: 'The revision name cannot contain "<" or ">".' }),
    )
    .nullish(),
  note: z
    .string({ error: 'The note must be text.' })
    .transform(cleanCommentText)
    .pipe(z.string().max(MAX_REVISION_NOTE_LENGTH, { error: `The note is too long: at most ${MAX_REVISION_NOTE_LENGTH} characters.` }))
    .nullish(),
});
export type NewRevisionRequest = z.input<typeof newRevisionInput>;
