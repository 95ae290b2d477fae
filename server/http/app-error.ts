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

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }

  get status(): number {
    return STATUS[this.code];
  }
}
