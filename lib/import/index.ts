export * from './types';
export { parseDraftText } from './parse-draft-text';
export { parseDraftLines } from './parse-draft-lines';
export { textToSourceLines, type TextFormat } from './source-lines';
export { toNewParagraphs, countImport } from './to-new-paragraphs';
export { UN_LANGUAGES, UN_LANGUAGE_NAMES, type UnLanguage } from './languages';
