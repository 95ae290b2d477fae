import { getSchema, type AnyExtension } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { Schema } from '@tiptap/pm/model';
import { BLOCK_NODE } from '@/lib/negotiation/schema';
import { Bracket } from './bracket-mark';
import type { DelegationLookup } from './delegation-label';
import { Deletion, Insertion } from './suggestion-marks';

/**
 * A draft paragraph is exactly one block: the document holds one `paragraph`, so Enter has
 * nowhere to split and does nothing, and pasted paragraphs must be flattened (see paste.ts).
 */
export const OneParagraphDocument = Document.extend({ content: BLOCK_NODE });

const noDelegations: DelegationLookup = () => undefined;

/**
 * The node and mark extensions every paragraph editor shares. The mark order matters: it is
 * the nesting order on screen (brackets outermost, then insertion, then deletion).
 */
export function paragraphSchemaExtensions(getDelegation: DelegationLookup = noDelegations): AnyExtension[] {
  return [
    OneParagraphDocument,
    Paragraph,
    Text,
    Bracket.configure({ getDelegation }),
    Insertion.configure({ getDelegation }),
    Deletion.configure({ getDelegation }),
  ];
}

/** The ProseMirror schema of a paragraph, for code that works without an editor (tests, tools). */
export function paragraphSchema(): Schema {
  return getSchema(paragraphSchemaExtensions());
}
