/**
 * What a setup server action reports back to its form. `at` makes two identical outcomes in a
 * row distinct, so the form shows the message again. `secret` is an initial password or an
 * invitation code, shown once and never stored in clear; `link` is where to go next.
 */
export type SetupActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; secret?: string; link?: string; at: number }
  | { status: 'error'; message: string; at: number };

export const IDLE: SetupActionState = { status: 'idle' };
