import JSZip from 'jszip';

/**
 * UN papers mark masthead footnotes "*", "**", "***" rather than numbers or Word's "chicago"
 * sequence (*, †, ‡). Word spells such a mark as a footnote reference with customMarkFollows
 * and the mark as the run's text. LibreOffice reads only a one-character custom mark (a longer
 * one is printed twice), so the reference carries the first "*" and the rest follows it as
 * superscript text, in the text and in the note alike; the note keeps its <w:footnoteRef/>,
 * which draws the custom mark. The docx library cannot write any of this, so the packed file
 * is rewritten.
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

const superscript = (text: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

export function starReferences(xml: string): string {
  return xml.replace(/<w:footnoteReference w:id="(\d+)"\/><\/w:r>/g, (_match, id: string) => {
    const rest = starMark(Number(id)).slice(1);
    return `<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t>*</w:t></w:r>${rest ? superscript(rest) : ''}`;
  });
}

export function starFootnotes(xml: string): string {
  return xml.replace(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>[\s\S]*?<\/w:footnote>/g, (note, id: string) => {
    if (Number(id) <= 0) return note;
    const rest = starMark(Number(id)).slice(1);
    return note.replace('<w:footnoteRef/></w:r>', `<w:footnoteRef/></w:r>${rest ? superscript(rest) : ''}<w:r><w:t xml:space="preserve"> </w:t></w:r>`);
  });
}
