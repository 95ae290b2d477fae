import JSZip from 'jszip';

/** The parts of a .docx a test reads: the body XML, the footnotes XML, and the body's plain text per paragraph. */
export interface DocxParts {
  documentXml: string;
  footnotesXml: string;
  /** word/styles.xml: the document defaults (fonts, languages) live there. */
  stylesXml: string;
  /** Each w:p's text (w:t and w:delText joined, a w:br read as "\n"), in order. */
  paragraphs: string[];
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await required(zip, 'word/document.xml');
  const footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  return { documentXml, footnotesXml, stylesXml, paragraphs: paragraphTexts(documentXml) };
}

async function required(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing from the .docx`);
  return file.async('string');
}

export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : decodeXml(t[1] ?? ''))).join(''),
  );
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
