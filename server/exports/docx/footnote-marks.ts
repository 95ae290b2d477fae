import JSZip from 'jszip';

/**
 * UN papers mark masthead footnotes "*", "**", "***" rather than numbers or Word's "chicago"
 * sequence (*, †, ‡). Word spells such a mark as a footnote reference with customMarkFollows
 * and the mark as the run's text, and the footnote itself starts with the same text instead of
 * <w:footnoteRef/>. The docx library cannot write this, so the packed file is rewritten.
 */
export async function withStarFootnoteMarks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const documentFile = zip.file('word/document.xml');
  const footnotesFile = zip.file('word/footnotes.xml');
  if (!documentFile || !footnotesFile) return docx;
  const documentXml = await documentFile.async('string');
  const footnotesXml = await footnotesFile.async('string');
  zip.file('word/document.xml', starReferences(documentXml));
  zip.file('word/footnotes.xml', starFootnotes(footnotesXml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The star mark of the n-th note (1 → "*", 2 → "**"). */
export function starMark(id: number): string {
  return '*'.repeat(Math.max(1, id));
}

export function starReferences(xml: string): string {
  return xml.replace(/<w:footnoteReference w:id="(\d+)"\/>/g, (_match, id: string) => `<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t>${starMark(Number(id))}</w:t>`);
}

export function starFootnotes(xml: string): string {
  return xml.replace(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>[\s\S]*?<\/w:footnote>/g, (note, id: string) =>
    Number(id) > 0 ? note.replace('<w:footnoteRef/>', `<w:t xml:space="preserve">${starMark(Number(id))} </w:t>`) : note,
  );
}
