import type * as Y from 'yjs';
import { getParagraphs, getParagraphText } from '@/lib/negotiation/draft-doc';
import { MARKS, PARAGRAPH_KEYS } from '@/lib/negotiation/schema';

/** Which attribute of each mark names a user (y-tiptap may store a mark under `name--<hash>`). */
const USER_ATTRIBUTE: Record<string, string> = {
  [MARKS.insertion]: 'author',
  [MARKS.deletion]: 'author',
  [MARKS.bracket]: 'by',
};

const PARAGRAPH_PROPOSALS = [PARAGRAPH_KEYS.insertionProposal, PARAGRAPH_KEYS.deletionProposal];

/**
 * Points the user ids written inside a draft's document (the author of insertion and deletion
 * marks, whoever placed a bracket, the author of a whole-paragraph proposal) at the accounts the
 * restore gave those people, as the rows' user ids are. Ids not in `idMap`, or mapped to
 * themselves, are left alone. Returns true when anything changed.
 */
export function remapDocumentUsers(doc: Y.Doc, idMap: ReadonlyMap<string, string>): boolean {
  let changed = false;
  doc.transact(() => {
    for (const paragraph of getParagraphs(doc).values()) {
      for (const key of PARAGRAPH_PROPOSALS) {
        const proposal = paragraph.get(key);
        const next = remapped(proposal, 'author', idMap);
        if (next) {
          paragraph.set(key, next);
          changed = true;
        }
      }
      const text = getParagraphText(paragraph);
      if (text && remapText(text, idMap)) changed = true;
    }
  });
  return changed;
}

function remapText(text: Y.XmlText, idMap: ReadonlyMap<string, string>): boolean {
  let changed = false;
  let offset = 0;
  for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof run.insert === 'string' ? run.insert.length : 1;
    const updates: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(run.attributes ?? {})) {
      const attribute = USER_ATTRIBUTE[name.split('--')[0] ?? ''];
      const next = attribute ? remapped(value, attribute, idMap) : null;
      if (next) updates[name] = next;
    }
    if (Object.keys(updates).length > 0) {
      text.format(offset, length, updates);
      changed = true;
    }
    offset += length;
  }
  return changed;
}

/** A copy of `value` with its user attribute remapped, or null when there is nothing to change. */
function remapped(value: unknown, attribute: string, idMap: ReadonlyMap<string, string>): Record<string, unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const user = record[attribute];
  const next = typeof user === 'string' ? idMap.get(user) : undefined;
  return next && next !== user ? { ...record, [attribute]: next } : null;
}
