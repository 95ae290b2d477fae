/** The negotiation model's public API: pure TypeScript shared by the browser, Next and the collab server. */
export * from './schema';
export * from './roles';
export type { Actor } from './actor';
export * from './draft-doc';
export * from './statuses';
export * from './policy';
export * from './labels';
export * from './marks';
export * from './segments';
export {
  delegationDisplayName,
  renderAcceptedText,
  renderCleanText,
  renderParagraphDeletionNote,
  renderParagraphText,
  type RenderOptions,
} from './render';
export * from './proposals';
export * from './commands';
