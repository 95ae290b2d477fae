import mammoth from 'mammoth';
import type { SourceLine } from '@/lib/import/types';
import { checkDocxPackage } from './check-docx-package';
import { MAX_IMPORT_PARAGRAPHS, TOO_MANY_PARAGRAPHS } from './import-limits';
import { UnreadableDocxError } from './unreadable-docx-error';

/**
 * The paragraphs of a Word (.docx) file as source lines for the paragraph parser.
 *
 * mammoth reads the document (tracked insertions included, tracked deletions left out, as Word
 * shows the text with changes accepted). It does not say how Word would number a list paragraph
 * — only that it is in an ordered list, and at which level — so a paragraph whose number was
 * typed ("1.", "PP 2") keeps it, and a paragraph numbered by Word's own list numbering is passed
 * on as a list item for the parser to number in order. Tables are read cell by cell; notes,
 * comments and images are not part of the text.
 */

interface DocxNode {
  type: string;
  value?: string;
  children?: DocxNode[];
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
}

export async function readDocxLines(buffer: Buffer): Promise<SourceLine[]> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new UnreadableDocxError('the file is not a Word document (.docx): it is not a ZIP package');
  }
  await checkDocxPackage(buffer);
  let root: DocxNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        // Images would otherwise be base64-encoded for the HTML we throw away.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: DocxNode) => {
          root = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new UnreadableDocxError(`the Word document could not be read (${describe(error)})`);
  }
  if (!root) throw new UnreadableDocxError('the Word document has no body');
  const lines: SourceLine[] = [];
  collectParagraphs(root, lines);
  // The package check counts the usual w:p tags; a file written with another prefix is caught here.
  if (lines.length > MAX_IMPORT_PARAGRAPHS) throw new UnreadableDocxError(TOO_MANY_PARAGRAPHS);
  return lines;
}

function collectParagraphs(node: DocxNode, lines: SourceLine[]): void {
  if (node.type === 'paragraph') {
    const text = paragraphText(node).replace(/\s+/g, ' ').trim();
    // Empty paragraphs are Word's blank lines; numbering them would shift "Paragraph N" in messages.
    if (text === '') return;
    const line: SourceLine = { line: lines.length + 1, text, startsBlock: true };
    const numbering = node.numbering;
    lines.push(numbering ? { ...line, list: { level: Number(numbering.level ?? 0) || 0, ordered: numbering.isOrdered !== false } } : line);
    return;
  }
  for (const child of node.children ?? []) collectParagraphs(child, lines);
}

function paragraphText(node: DocxNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
    case 'break':
      return ' ';
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (node.children ?? []).map(paragraphText).join('');
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}
