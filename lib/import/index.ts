export * from './types';
export { parseDraftText } from './parse-draft-text';
export { parseDraftLines, type ParseOptions } from './parse-draft-lines';
export { textToSourceLines, type TextFormat } from './source-lines';
export { toNewParagraphs, countImport, type ImportCounts } from './to-new-paragraphs';
export { describeParagraph, type ParagraphStructure } from './describe-paragraph';
export { classifyAttribution, matchDelegation, type MeetingDelegation } from './attribution';
export { UN_LANGUAGES, UN_LANGUAGE_NAMES, type UnLanguage } from './languages';
