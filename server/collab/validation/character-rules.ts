import { can } from '@/lib/negotiation/policy';
import { isBracketMarkAttrs, isProposalMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { CHAIR_DELEGATION, MARKS, type ParagraphStatus, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { delegatesMayPropose } from '@/lib/negotiation/statuses';
import { sameValue, unionKeys, type Attributes } from './attribute-maps';
import { judgeNewBracket } from './bracket-identity';
import type { ProposalClaims } from './mark-ledger';
import type { ValidationActor } from './types';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * What an actor may do to the characters of one paragraph, judged on the integrated result:
 * a character that was inserted, removed, or whose marks changed. Each rule returns null when
 * allowed, else the sentence shown to the user (a key of the `server.rule` messages). The roles table lives in lib/negotiation/policy;
 * this file only maps character changes onto its actions (propose, withdraw, decide).
 */

/** Who is acting on which paragraph; built once per changed paragraph. */
export interface CharacterRules {
  actor: ValidationActor;
  status: ParagraphStatus;
  mayDecide: boolean;
  /** The proposal ids this update uses, checked against their owners. */
  claims: ProposalClaims;
  /** Ids of the brackets this update places, checked on the whole draft once it is judged. */
  placedBrackets: Set<string>;
}

const OTHER_FORMATTING = say('server.rule.otherFormatting', {});
const MALFORMED_MARK = say('server.rule.malformedMark', {});
const BRACKETS_CHAIR_ONLY = say('server.rule.bracketsChairOnly', {});
const BRACKET_AUTHOR = say('server.rule.bracketAuthor', {});

export interface MarkClaims {
  claims: ProposalClaims;
  placedBrackets: Set<string>;
}

export function createCharacterRules(actor: ValidationActor, status: ParagraphStatus, marks: MarkClaims): CharacterRules {
  return { actor, status, mayDecide: can(actor, 'decide', { paragraphStatus: status }), ...marks };
}

/** `after`: the new character's marks; `beforeHere`: the marks at that spot before the change. */
export function judgeInserted(rules: CharacterRules, after: Attributes, beforeHere: Attributes): ServerSentence | null {
  let insertion: ProposalMarkAttrs | null = null;
  for (const [key, value] of after) {
    const name = markNameOfKey(key);
    if (name === MARKS.insertion) {
      if (!isProposalMarkAttrs(value)) return MALFORMED_MARK;
      if (insertion !== null) return say('server.rule.oneProposal', {});
      insertion = value;
    } else if (name === MARKS.deletion) {
      return say('server.rule.insertedAsDeleted', {});
    } else if (name === MARKS.bracket) {
      if (!isBracketMarkAttrs(value)) return MALFORMED_MARK;
      // Typing inside brackets keeps the bracket of whoever placed it, for everyone: a delegate's
      // words proposed inside a bracketed passage stay inside it. Placing new brackets is the chair's.
      if (sameValue(value, beforeHere.get(key))) continue;
      const reason = judgePlacedBracket(rules, value);
      if (reason !== null) return reason;
    } else {
      return OTHER_FORMATTING;
    }
  }
  if (insertion !== null) return judgeNewAttribution(rules, insertion);
  return rules.mayDecide ? null : say('server.rule.unmarkedText', {});
}

export function judgeRemoved(rules: CharacterRules, before: Attributes): ServerSentence | null {
  if (rules.mayDecide) return null;
  for (const [key, value] of before) {
    if (markNameOfKey(key) !== MARKS.insertion || !isProposalMarkAttrs(value)) continue;
    if (can(rules.actor, 'withdraw', { paragraphStatus: rules.status, proposalDelegation: value.delegation })) return null;
  }
  return say('server.rule.removeOwnOnly', {});
}

export function judgeRemarked(rules: CharacterRules, before: Attributes, after: Attributes): ServerSentence | null {
  return judgeChangedMarks(rules, before, after, null);
}

/**
 * The bracket marks that differ between `before` and `after`, each judged as a bracket placed,
 * changed or lifted (the chair's or the secretariat's, named, with an identity), where no
 * character shows the change: at the very end of a paragraph, after its last character, or in
 * a format item over no text. Text typed there later takes the bracket's mark as typing inside
 * any bracket does, unjudged. Other marks need no such care: typed text is judged for its
 * insertion and deletion marks whatever was open before it.
 */
export function judgeBracketChanges(rules: CharacterRules, before: Attributes, after: Attributes): ServerSentence | null {
  return judgeChangedMarks(rules, before, after, MARKS.bracket);
}

/** Each mark (of one kind, or of any when `only` is null) that differs between the two, judged. */
function judgeChangedMarks(rules: CharacterRules, before: Attributes, after: Attributes, only: string | null): ServerSentence | null {
  for (const key of unionKeys(before, after)) {
    if (only !== null && markNameOfKey(key) !== only) continue;
    const was = before.get(key) ?? null;
    const now = after.get(key) ?? null;
    if (sameValue(was, now)) continue;
    const reason = judgeChangedMark(rules, key, was, now);
    if (reason !== null) return reason;
  }
  return null;
}

function judgeNewAttribution(rules: CharacterRules, mark: ProposalMarkAttrs): ServerSentence | null {
  const { actor, status } = rules;
  if (mark.author !== actor.userId) return say('server.rule.realAuthor', {});
  if (!can(actor, 'propose', { paragraphStatus: status, actingAs: mark.delegation })) {
    if (!delegatesMayPropose(status)) return say('server.rule.proposeWhileOpen', {});
    return wrongDelegation(actor);
  }
  if (can(actor, 'actOnBehalf') && !actor.knownDelegations.has(mark.delegation)) {
    return say('server.rule.unknownDelegation', {});
  }
  return rules.claims.claim(mark);
}

function judgeChangedMark(rules: CharacterRules, key: string, was: unknown, now: unknown): ServerSentence | null {
  const name = markNameOfKey(key);
  if (name === MARKS.insertion) {
    if (now !== null) return say('server.rule.existingAsProposal', {});
    return rules.mayDecide ? null : say('server.rule.acceptChairOnly', {});
  }
  if (name === MARKS.bracket) {
    if (!rules.mayDecide) return BRACKETS_CHAIR_ONLY;
    return now === null ? null : judgePlacedBracket(rules, now);
  }
  if (name !== MARKS.deletion) return OTHER_FORMATTING;
  if (was !== null) {
    const delegation = isProposalMarkAttrs(was) ? was.delegation : null;
    if (!can(rules.actor, 'withdraw', { paragraphStatus: rules.status, proposalDelegation: delegation })) {
      return say('server.rule.withdrawOwnOnly', {});
    }
  }
  if (now === null) return null;
  return isProposalMarkAttrs(now) ? judgeNewAttribution(rules, now) : MALFORMED_MARK;
}

/** A bracket put on text, or changed: the chair's or the secretariat's, named, with an identity. */
function judgePlacedBracket(rules: CharacterRules, value: unknown): ServerSentence | null {
  if (!rules.mayDecide) return BRACKETS_CHAIR_ONLY;
  if (!isBracketMarkAttrs(value)) return MALFORMED_MARK;
  if (value.by !== rules.actor.userId) return BRACKET_AUTHOR;
  const reason = judgeNewBracket(rules.actor, value);
  if (reason === null && typeof value.id === 'string') rules.placedBrackets.add(value.id);
  return reason;
}

function wrongDelegation(actor: ValidationActor): ServerSentence {
  if (can(actor, 'propose', { actingAs: CHAIR_DELEGATION })) return say('server.rule.chairAttribution', {});
  if (can(actor, 'actOnBehalf')) return say('server.rule.secretariatOnBehalf', {});
  return say('server.rule.ownDelegationOnly', {});
}
