import { englishOf, type ServerSentence, type WireSentence } from '@/lib/i18n/server-sentences';

/** One error type for route handlers and server actions, mapped to an HTTP status. */
export type AppErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'password_change_required'
  | 'not_found'
  | 'bad_request'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'throttled'
  | 'unavailable'
  | 'internal';

const STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  bad_request: 400,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  throttled: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * `userMessage` is the English sentence; an error made from a server sentence also keeps its key
 * and parameters (`sentence`), so JSON answers carry them and server actions word it in the
 * reader's language. A plain string is a sentence not yet in the catalogue: it stays English.
 */
export class AppError extends Error {
  readonly userMessage: string;
  readonly sentence: WireSentence | undefined;

  constructor(
    readonly code: AppErrorCode,
    message: string | ServerSentence | WireSentence,
  ) {
    const english = typeof message === 'string' ? message : englishOf(message);
    super(english);
    this.userMessage = english;
    this.sentence = typeof message === 'string' ? undefined : message;
  }

  get status(): number {
    return STATUS[this.code];
  }
}
