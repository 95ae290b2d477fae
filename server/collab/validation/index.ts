/**
 * Server-side check of every client update: the collaboration server calls `check` before an
 * update is stored or broadcast, because a modified client can send any Yjs update and
 * hidden buttons are no guard.
 */
export { createUpdateValidator } from './create-update-validator';
export type {
  SenderHistory,
  UpdateValidator,
  ValidationActor,
  ValidationRefusal,
  ValidationResult,
} from './types';
