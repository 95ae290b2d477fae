/**
 * Marks every section of a right-to-left paper as such (`<w:bidi/>` in its `w:sectPr`), so
 * Word lays out the page from the right: columns, page number and gutter follow the Arabic text.
 * The docx library writes `w:bidi` on paragraphs but not on sections, so the XML is rewritten.
 * The schema fixes the order of a section's properties: `bidi` comes after `titlePg` and
 * `textDirection`, before `rtlGutter`, `docGrid`, `printerSettings` and `sectPrChange`.
 */
const AFTER_BIDI = /<w:(?:rtlGutter|docGrid|printerSettings|sectPrChange)\b/;

export function withRightToLeftSections(documentXml: string): string {
  return documentXml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => {
    if (/<w:bidi\b/.test(section)) return section;
    const next = AFTER_BIDI.exec(section);
    const at = next ? next.index : section.lastIndexOf('</w:sectPr>');
    return `${section.slice(0, at)}<w:bidi/>${section.slice(at)}`;
  });
}
