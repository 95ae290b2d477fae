import * as Y from 'yjs';
import { getParagraphText, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { DOC_KEYS } from '@/lib/negotiation/schema';

/** Where in the draft document a changed Yjs type sits, in the words of the schema. */
export type ChangedPlace =
  | { kind: 'paragraphText'; paragraphId: string; paragraph: ParagraphMap; text: Y.XmlText }
  /** Anything else inside one paragraph: its label, status, … or the fragment's structure. */
  | { kind: 'paragraphDetails'; paragraphId: string; paragraph: ParagraphMap; keys: Set<string | null> }
  | { kind: 'paragraphStructure'; paragraphId: string; paragraph: ParagraphMap }
  /** The map of paragraphs itself: a paragraph added or removed. */
  | { kind: 'paragraphList'; keys: Set<string | null> }
  | { kind: 'order' }
  | { kind: 'proposals' }
  | { kind: 'room' }
  | { kind: 'unknown' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs parametrises every shared type by its event type; the walk here does not care which
type AnyType = Y.AbstractType<any>;

// Bound once: in the CommonJS build every `Y.x` is a getter call, and this runs per changed type of every update.
const { AbstractType, XmlText, Map: YMap } = Y;

/**
 * `keys` is the set Yjs records for the type in `transaction.changed`: map keys (or XML
 * attribute names) that changed, and `null` when the type's content (children, text) changed.
 */
export function locateChangedType(type: AnyType, keys: Set<string | null>): ChangedPlace {
  // Up to the root: `depth` steps, the last of them from `paragraph`, the root's child.
  let root: AnyType = type;
  let paragraph: AnyType | undefined;
  let depth = 0;
  while (root._item !== null) {
    const parent = root._item.parent;
    if (!(parent instanceof AbstractType)) return { kind: 'unknown' };
    paragraph = root;
    root = parent;
    depth++;
  }
  const rootKey = rootKeyOf(root);
  if (rootKey === DOC_KEYS.order) return { kind: 'order' };
  if (rootKey === DOC_KEYS.proposals) return { kind: 'proposals' };
  if (rootKey === DOC_KEYS.room) return { kind: 'room' };
  if (rootKey !== DOC_KEYS.paragraphs) return { kind: 'unknown' };
  if (paragraph === undefined) return { kind: 'paragraphList', keys };
  const paragraphId = paragraph._item?.parentSub;
  if (!(paragraph instanceof YMap) || typeof paragraphId !== 'string') return { kind: 'unknown' };
  const paragraphMap = paragraph as ParagraphMap;
  if (depth === 1) return { kind: 'paragraphDetails', paragraphId, paragraph: paragraphMap, keys };
  // Only the text's characters may change: not its XML attributes, not the nodes around it.
  const isTheText = type instanceof XmlText && getParagraphText(paragraphMap) === type;
  if (isTheText && depth === 4 && keys.size === 1 && keys.has(null)) {
    return { kind: 'paragraphText', paragraphId, paragraph: paragraphMap, text: type };
  }
  return { kind: 'paragraphStructure', paragraphId, paragraph: paragraphMap };
}

function rootKeyOf(root: AnyType): string | null {
  const doc = root.doc;
  if (doc === null) return null;
  for (const key of doc.share.keys()) {
    if (doc.share.get(key) === root) return key;
  }
  return null;
}
