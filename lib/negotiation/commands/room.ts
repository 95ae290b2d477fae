import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getRoom } from '../draft-doc';
import { ROOM_KEYS } from '../schema';
import { MISSING_PARAGRAPH, NO_CHANGE, plan, policyRefusal, refuse, type Plan } from './context';
import type { CommandOf } from './schema';

/** The chair moves the room from paragraph to paragraph; every screen follows `room.focus`. */
export function planSetFocus(doc: Y.Doc, actor: Actor, command: CommandOf<'setFocus'>): Plan {
  const refusal = policyRefusal(actor, 'focus', {});
  if (refusal) return refuse(refusal);
  const room = getRoom(doc);
  const target = command.paragraphId;
  const paragraph = target === null ? undefined : getParagraph(doc, target);
  if (target !== null && !paragraph) return refuse(MISSING_PARAGRAPH);
  if ((room.get(ROOM_KEYS.focus) ?? null) === target) return NO_CHANGE;
  const audit = {
    action: 'setFocus',
    ...(target === null ? {} : { paragraphId: target }),
    details: { label: paragraph ? getLabel(paragraph) : null },
  };
  return plan([audit], () => {
    if (target === null) room.delete(ROOM_KEYS.focus);
    else room.set(ROOM_KEYS.focus, target);
  });
}
