import { describe, expect, it } from 'vitest';
import { withRightToLeftSections } from './right-to-left-sections';

describe('withRightToLeftSections', () => {
  it('puts bidi after the title page and before the document grid, in every section', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr></w:pPr></w:p>' +
      '<w:sectPr w:rsidR="1"><w:pgSz w:w="11906"/><w:lnNumType w:countBy="1"/></w:sectPr></w:body>';
    expect(withRightToLeftSections(xml)).toBe(
      '<w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/><w:titlePg/><w:bidi/><w:docGrid w:linePitch="360"/></w:sectPr></w:pPr></w:p>' +
        '<w:sectPr w:rsidR="1"><w:pgSz w:w="11906"/><w:lnNumType w:countBy="1"/><w:bidi/></w:sectPr></w:body>',
    );
  });

  it('leaves a section that already reads right to left, and text without sections, alone', () => {
    const marked = '<w:sectPr><w:bidi/><w:docGrid/></w:sectPr>';
    expect(withRightToLeftSections(marked)).toBe(marked);
    expect(withRightToLeftSections('<w:p><w:r><w:t>sectPr</w:t></w:r></w:p>')).toBe('<w:p><w:r><w:t>sectPr</w:t></w:r></w:p>');
  });
});
