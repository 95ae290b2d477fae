/** Emails are stored and compared lowercased (users_email_lowercase check constraint). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
