/**
 * Server-side check of every client update (DESIGN.md §5, issue 4): the collaboration server
 * calls `check` before an update is applied, stored or broadcast.
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
