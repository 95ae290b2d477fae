/** The one fontkit call the PDF export makes (pdfkit's own dependency, pinned alongside it). */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
