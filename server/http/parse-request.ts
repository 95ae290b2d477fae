import type { z } from 'zod';
import { AppError } from '@/server/http/app-error';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/** Parses untrusted input with `schema`, or throws a 400 AppError naming the first problem. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError('bad_request', describeZodError(parsed.error));
}

/** The sentence for a refused input: its first problem, naming the field when the message does not. */
export function describeZodError(error: z.ZodError): ServerSentence {
  // A union reports "no match" at the top; the most specific message sits in its branches.
  const issue = error.issues[0];
  if (issue?.code === 'invalid_union') {
    const inner = issue.errors.flat()[0];
    if (inner) return describe(inner);
  }
  return issue ? describe(issue) : say('server.http.invalidRequest', {});
}

/**
 * A schema's own sentence when its check carries one (see sentence-issue.ts); otherwise zod's own
 * words stay English, with the field named as a parameter.
 */
function describe(issue: z.core.$ZodIssue): ServerSentence {
  const own = issue.code === 'custom' ? sentenceOf(issue.params) : null;
  if (own) return own;
  const field = issue.path.length > 0 ? issue.path.join('.') : null;
  const generic = issue.code === 'invalid_type' || issue.code === 'unrecognized_keys';
  return generic && field ? say('server.http.invalidField', { field, problem: issue.message }) : say('server.http.invalid', { problem: issue.message });
}

function sentenceOf(params: Record<string, unknown> | undefined): ServerSentence | null {
  const sentence = params?.sentence;
  if (typeof sentence !== 'object' || sentence === null || !('key' in sentence) || !('params' in sentence)) return null;
  return sentence as ServerSentence;
}
