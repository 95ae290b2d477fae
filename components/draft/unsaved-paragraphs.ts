import type * as Y from 'yjs';
import { unsavedText } from '@/lib/collab/unsaved-text';
import { getLabel, getParagraph, paragraphRawText } from '@/lib/negotiation/draft-doc';

/** A paragraph as the user had it when the server refused a change to it. */
export interface LocalParagraph {
  paragraphId: string;
  label: string;
  text: string;
}

export interface UnsavedWords {
  paragraphId: string;
  label: string;
  text: string;
  /** The whole paragraph as the user had it: the server's text is not there to compare with yet. */
  whole: boolean;
}

export function readLocalParagraphs(doc: Y.Doc, paragraphIds: string[]): LocalParagraph[] {
  return paragraphIds.flatMap((paragraphId) => {
    const paragraph = getParagraph(doc, paragraphId);
    return paragraph ? [{ paragraphId, label: getLabel(paragraph), text: paragraphRawText(paragraph) }] : [];
  });
}

/**
 * The words of each refused paragraph that the reloaded document does not hold. Until the
 * reloaded document has arrived (the server may be slow to come back), the whole paragraph as
 * the user had it is given back, so their words are never out of reach.
 */
export function unsavedParagraphs(local: LocalParagraph[], doc: Y.Doc, synced: boolean): UnsavedWords[] {
  return local.flatMap(({ paragraphId, label, text: localText }): UnsavedWords[] => {
    const paragraph = synced ? getParagraph(doc, paragraphId) : undefined;
    if (!paragraph) return localText.trim() ? [{ paragraphId, label, text: localText.trim(), whole: true }] : [];
    const text = unsavedText(localText, paragraphRawText(paragraph));
    return text ? [{ paragraphId, label, text, whole: false }] : [];
  });
}
