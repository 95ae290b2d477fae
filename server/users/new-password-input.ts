import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;

/** The "Choose your password" form: the one-time password, and the new one typed twice. */
export const newPasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter the password you signed in with.').max(1024),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(1024, 'Choose a password of at most 1024 characters.'),
    confirmPassword: z.string(),
  })
  .refine((fields) => fields.newPassword === fields.confirmPassword, { message: 'The two new passwords are not the same; type them again.' })
  .refine((fields) => fields.newPassword !== fields.currentPassword, { message: 'Choose a password other than the one you were given.' });
export type NewPasswordFields = z.output<typeof newPasswordInput>;
