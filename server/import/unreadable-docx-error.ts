/** A .docx that cannot be imported; the message says why, to follow "cannot be imported: ". */
export class UnreadableDocxError extends Error {}
