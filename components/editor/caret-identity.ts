import { delegationColour } from './delegation-palette';
import { resolveAttribution, type DelegationLookup } from './delegation-label';

/** The chair's ink, as its compromise text is shown. */
const CHAIR_CARET = '#1b1b1b';
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** A caret's `user` as the collaboration server stamps it on every awareness state. */
export interface CaretPeer {
  name?: unknown;
  color?: unknown;
  delegationId?: unknown;
}

/**
 * How a caret is drawn: the person's name with the delegation's short name ("Ana Ruiz · MEX"),
 * so a caret never relies on colour alone, in the delegation's own palette colour, the colour of
 * its proposals. The delegation comes from the server-stamped awareness state, so every screen
 * draws the same caret whatever colour the other client chose; without one, the client's colour.
 */
export function caretIdentity(user: CaretPeer, lookup: DelegationLookup): { label: string; color: string } {
  const name = typeof user.name === 'string' && user.name.trim() !== '' ? user.name : 'Someone';
  const own = typeof user.color === 'string' && HEX_COLOUR.test(user.color) ? user.color : CHAIR_CARET;
  if (typeof user.delegationId !== 'string' || user.delegationId === '') return { label: name, color: own };
  const who = resolveAttribution(user.delegationId, lookup);
  if (who.colorKey === 'unknown') return { label: name, color: own };
  const color = who.colorKey === 'chair' ? CHAIR_CARET : delegationColour(Number(who.colorKey));
  return { label: `${name} · ${who.shortName}`, color };
}

/** The caret element (the extension's own markup, with the label and colour above). */
export function renderCaret(user: CaretPeer, lookup: DelegationLookup): HTMLElement {
  const { label, color } = caretIdentity(user, lookup);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const tag = document.createElement('div');
  tag.classList.add('collaboration-carets__label');
  tag.style.backgroundColor = color;
  tag.textContent = label;
  caret.append(tag);
  return caret;
}
