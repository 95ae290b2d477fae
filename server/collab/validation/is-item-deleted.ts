import type * as Y from 'yjs';

/** Where Yjs keeps an item's "countable" flag (lib0's BIT2) and "deleted" flag (BIT3) among its `info` bits. */
const COUNTABLE = 0b10;
const DELETED = 0b100;

/**
 * `item.deleted`, without its getter. In Yjs's CommonJS build (which the server loads) that
 * getter reads the bit through lib0's namespace object, and the accessor costs about 80 ns a
 * call: more than everything else the walks over a paragraph's items do per item. The bit is
 * read here directly; a test pins it to `item.deleted`, so a Yjs upgrade that moves it fails.
 */
export function isItemDeleted(item: Y.Item): boolean {
  return (item.info & DELETED) !== 0;
}

/**
 * Whether a live item may set a mark: it is neither deleted nor countable (characters and
 * embeds are countable, format items are not). Answered from the item alone, so a reading that
 * looks only for marks (the bracket ledger's of whole paragraphs, the search for the brackets a
 * change added) does not read every character's content. The caller still checks that the content is a format. A test pins the
 * bit to `item.countable`.
 */
export function mayBeLiveFormat(item: Y.Item): boolean {
  return (item.info & (COUNTABLE | DELETED)) === 0;
}
