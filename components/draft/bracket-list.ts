import type * as Y from 'yjs';
import { paragraphBrackets, spotMembers, type PlacedBracket } from '@/lib/negotiation/open-brackets';

/** What the chair may settle in a paragraph's brackets: spots to keep one of, lone brackets to lift. */

export interface SpotChoice {
  spot: string;
  form: 'adjacent' | 'slash' | 'option';
  members: { bracketId: string; label: string; text: string }[];
}

export interface BracketList {
  spots: SpotChoice[];
  lone: { bracketId: string; text: string }[];
}

function memberLabel(bracket: PlacedBracket, index: number): string {
  if (bracket.mark.form === 'option') return bracket.mark.option ?? `Option ${index + 1}`;
  return `alt ${index + 1}`;
}

/** The paragraph's spots and lone brackets, in text order. */
export function listBrackets(paragraph: Y.Map<unknown>): BracketList {
  const brackets = paragraphBrackets(paragraph);
  const ordered = [...brackets.values()].sort((a, b) => a.start - b.start);
  const spots: SpotChoice[] = [];
  const seen = new Set<string>();
  const lone: BracketList['lone'] = [];
  for (const bracket of ordered) {
    const spot = bracket.mark.spot;
    if (!spot) {
      lone.push({ bracketId: bracket.mark.id, text: bracket.text.trim() });
      continue;
    }
    if (seen.has(spot)) continue;
    seen.add(spot);
    const members = spotMembers(brackets, spot).map((member, index) => ({
      bracketId: member.mark.id,
      label: memberLabel(member, index),
      text: member.mark.noText ? 'No text' : member.text.trim(),
    }));
    spots.push({ spot, form: bracket.mark.form ?? 'adjacent', members });
  }
  return { spots, lone };
}
