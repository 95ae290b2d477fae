const MB = 1024 * 1024;

/** Uploads: a draft's text, not its annexes. 5 MiB holds a long .docx with its styles. */
export const MAX_IMPORT_BYTES = 5 * MB;

/**
 * The most a .docx may hold once unzipped, all parts together. A long draft's document part is a
 * few MB; reading the document takes many times its size in memory, so a small file that unzips
 * to hundreds of MB would take the server down with it.
 */
export const MAX_DOCX_UNZIPPED_BYTES = 40 * MB;

/**
 * The most paragraphs (lines of text, paragraphs of a Word file) one import may hold. A draft has
 * hundreds; the bound keeps parsing, the preview and the stored document of a bogus file small.
 */
export const MAX_IMPORT_PARAGRAPHS = 10_000;

export const TOO_MANY_PARAGRAPHS = `it has more than ${MAX_IMPORT_PARAGRAPHS.toLocaleString('en')} paragraphs or lines, the most one draft may be imported with; split it or remove what is not part of the draft`;
