import JSZip from 'jszip';
import { MAX_DOCX_UNZIPPED_BYTES, MAX_IMPORT_PARAGRAPHS, TOO_MANY_PARAGRAPHS } from './import-limits';
import { UnreadableDocxError } from './unreadable-docx-error';

const TOO_LARGE = `it unzips to more than ${MAX_DOCX_UNZIPPED_BYTES / (1024 * 1024)} MB, the most a Word document may hold for import`;

/** JSZip keeps each entry's declared sizes in a private field (see its index.d.ts). */
interface EntryWithSizes {
  _data?: { uncompressedSize?: number };
}

/**
 * Checks a .docx package before the document reader unzips it: the sizes its directory declares,
 * then the sizes its parts really inflate to (a crafted file can declare less than it holds),
 * each inflation stopped the moment the total passes the bound; and the number of paragraphs in
 * the document part. Throws UnreadableDocxError with the reason.
 */
export async function checkDocxPackage(buffer: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new UnreadableDocxError(`the file is not a Word document (.docx): ${error instanceof Error ? error.message : 'its ZIP directory is damaged'}`);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const declared = entries.reduce((sum, entry) => sum + Math.max(0, (entry as unknown as EntryWithSizes)._data?.uncompressedSize ?? 0), 0);
  if (declared > MAX_DOCX_UNZIPPED_BYTES) throw new UnreadableDocxError(TOO_LARGE);
  let budget = MAX_DOCX_UNZIPPED_BYTES;
  for (const entry of entries) {
    const { bytes, paragraphs } = await inflateEntry(entry, budget, entry.name === 'word/document.xml');
    budget -= bytes;
    if (paragraphs > MAX_IMPORT_PARAGRAPHS) throw new UnreadableDocxError(TOO_MANY_PARAGRAPHS);
  }
}

/** Inflates one part, counting its bytes (and, for the document part, its `<w:p>` elements) without keeping it. */
function inflateEntry(entry: JSZip.JSZipObject, budget: number, countParagraphs: boolean): Promise<{ bytes: number; paragraphs: number }> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let bytes = 0;
    let paragraphs = 0;
    // Carried between chunks so that a tag split across two chunks is still counted once.
    let tail = '';
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.byteLength;
      if (bytes > budget) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(new UnreadableDocxError(TOO_LARGE));
        return;
      }
      if (!countParagraphs) return;
      const text = tail + chunk.toString('latin1');
      paragraphs += text.match(/<w:p[\s>/]/g)?.length ?? 0;
      tail = text.slice(-4);
    });
    stream.on('error', (error: Error) => reject(new UnreadableDocxError(`the Word document could not be read (${error.message})`)));
    stream.on('end', () => resolve({ bytes, paragraphs }));
  });
}
