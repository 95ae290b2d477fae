/**
 * What a setup server action reports back to its form. `at` makes two identical outcomes in a
 * row distinct, so the form shows the message again. `secret` is an initial password or an
 * invitation code (or, for a list, one line each), shown once and never stored in clear; `link`
 * is where to go next. `lines` are the problems of a pasted list, each naming its line.
 */
export type SetupActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; secret?: string; link?: string; at: number }
  | { status: 'error'; message: string; lines?: Array<{ line: number; message: string }>; at: number };

export const IDLE: SetupActionState = { status: 'idle' };
