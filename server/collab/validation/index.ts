/**
 * Server-side check of every client update: the collaboration server calls `check` before an
 * update is applied, stored or broadcast, because a modified client can send any Yjs update and
 * hidden buttons are no guard.
 */
export { createUpdateValidator } from './create-update-validator';
export type {
  SenderHistory,
  ShadowUpdateValidator,
  UpdateValidator,
  ValidationActor,
  ValidationRefusal,
  ValidationResult,
} from './types';
