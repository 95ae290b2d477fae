import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { ACTIONS, actingDelegation, can, type Action } from './policy';
import { CHAIR_DELEGATION, PARAGRAPH_STATUSES } from './schema';
import { CANADA, MEXICO, actors } from '@/test-support/negotiation/build-runs';

const roles = ['secretariat', 'chair', 'delegate', 'observer', 'viewer'] as const;
const byRole: Record<(typeof roles)[number], Actor> = {
  secretariat: actors.secretariat,
  chair: actors.chair,
  delegate: actors.mexico,
  observer: actors.observer,
  viewer: actors.viewer,
};

/** The roles table, row by row, with no paragraph context: who may do what at all. */
const TABLE: Record<Action, (typeof roles)[number][]> = {
  read: ['secretariat', 'chair', 'delegate', 'observer', 'viewer'],
  writeText: ['secretariat', 'chair', 'delegate'],
  propose: ['secretariat', 'chair', 'delegate'],
  withdraw: ['secretariat', 'chair'],
  setPosition: ['secretariat', 'delegate'],
  decide: ['secretariat', 'chair'],
  setStatus: ['secretariat', 'chair'],
  reorder: ['secretariat', 'chair'],
  renumber: ['secretariat', 'chair'],
  focus: ['secretariat', 'chair'],
  requestFloor: ['secretariat', 'delegate', 'observer'],
  giveFloor: ['secretariat', 'chair'],
  comment: ['secretariat', 'chair', 'delegate', 'observer'],
  editComment: ['secretariat'],
  withdrawComment: ['secretariat'],
  reviewComments: ['secretariat'],
  takeRevision: ['secretariat', 'chair'],
  export: ['secretariat', 'chair', 'delegate', 'observer'],
  issueCrp: ['secretariat'],
  setupMeeting: ['secretariat'],
  actOnBehalf: ['secretariat'],
};

describe('can', () => {
  it.each(ACTIONS)('follows the roles table for %s', (action) => {
    const allowed = roles.filter((role) => can(byRole[role], action));
    expect(allowed).toEqual(TABLE[action]);
  });

  it('lets delegates withdraw only their own delegation proposals', () => {
    expect(can(actors.mexico, 'withdraw', { proposalDelegation: MEXICO })).toBe(true);
    expect(can(actors.mexico, 'withdraw', { proposalDelegation: CANADA })).toBe(false);
    expect(can(actors.chair, 'withdraw', { proposalDelegation: CANADA })).toBe(true);
    expect(can(actors.secretariat, 'withdraw', { proposalDelegation: CANADA })).toBe(true);
    expect(can(actors.observer, 'withdraw', { proposalDelegation: 'd-unodc-ngo' })).toBe(false);
  });

  it('takes proposals only in open paragraphs, from every role', () => {
    for (const status of PARAGRAPH_STATUSES) {
      const expected = status === 'open';
      expect(can(actors.mexico, 'propose', { paragraphStatus: status })).toBe(expected);
      expect(can(actors.chair, 'propose', { paragraphStatus: status })).toBe(expected);
      expect(can(actors.secretariat, 'propose', { paragraphStatus: status })).toBe(expected);
    }
  });

  it('refuses decisions, withdrawals and positions in agreed or deleted paragraphs', () => {
    for (const status of ['agreed', 'deleted'] as const) {
      expect(can(actors.chair, 'decide', { paragraphStatus: status })).toBe(false);
      expect(can(actors.chair, 'withdraw', { paragraphStatus: status })).toBe(false);
      expect(can(actors.mexico, 'setPosition', { paragraphStatus: status })).toBe(false);
    }
    for (const status of ['open', 'agreed_informals', 'agreed_ad_ref', 'parked'] as const) {
      expect(can(actors.chair, 'decide', { paragraphStatus: status })).toBe(true);
    }
  });

  it('lets the chair set the status of an agreed paragraph, which is how it is reopened', () => {
    expect(can(actors.chair, 'setStatus', { paragraphStatus: 'agreed' })).toBe(true);
    expect(can(actors.mexico, 'setStatus', { paragraphStatus: 'open' })).toBe(false);
  });

  it('checks the delegation an action is attributed to', () => {
    expect(can(actors.mexico, 'propose', { actingAs: MEXICO })).toBe(true);
    expect(can(actors.mexico, 'propose', { actingAs: CANADA })).toBe(false);
    expect(can(actors.chair, 'propose', { actingAs: CHAIR_DELEGATION })).toBe(true);
    expect(can(actors.chair, 'propose', { actingAs: MEXICO })).toBe(false);
    expect(can(actors.secretariat, 'propose', { actingAs: CANADA })).toBe(true);
    expect(can(actors.secretariat, 'propose', { actingAs: null })).toBe(false);
    expect(can(actors.secretariat, 'setPosition', { actingAs: CHAIR_DELEGATION })).toBe(false);
    expect(can(actors.secretariat, 'actOnBehalf', { actingAs: MEXICO })).toBe(true);
    expect(can(actors.mexico, 'comment', { actingAs: CANADA })).toBe(false);
    expect(can(actors.observer, 'comment', { actingAs: 'd-unodc-ngo' })).toBe(true);
  });

  it('refuses attributed actions to a delegate without a delegation', () => {
    const stray: Actor = { userId: 'u-x', role: 'delegate', delegationId: null };
    expect(can(stray, 'propose')).toBe(false);
    expect(can(stray, 'setPosition')).toBe(false);
    expect(can(stray, 'comment')).toBe(false);
    expect(can(stray, 'editComment', { commentAuthor: stray.userId })).toBe(false);
  });

  it('lets a comment be edited or withdrawn by its author while they may comment, or by the secretariat', () => {
    for (const action of ['editComment', 'withdrawComment'] as const) {
      for (const author of [actors.mexico, actors.observer, actors.chair]) {
        expect(can(author, action, { commentAuthor: author.userId })).toBe(true);
        expect(can(author, action, { commentAuthor: actors.canada.userId })).toBe(false);
      }
      expect(can(actors.secretariat, action, { commentAuthor: actors.mexico.userId })).toBe(true);
      // A participant who became a viewer keeps their old comments but can no longer change them.
      expect(can(actors.viewer, action, { commentAuthor: actors.viewer.userId })).toBe(false);
    }
  });
});

describe('actingDelegation', () => {
  it('attributes to own delegation, Chair, the delegation with the floor, or nobody', () => {
    expect(actingDelegation(actors.mexico)).toBe(MEXICO);
    expect(actingDelegation(actors.mexico, CANADA)).toBe(MEXICO);
    expect(actingDelegation(actors.chair)).toBe(CHAIR_DELEGATION);
    expect(actingDelegation(actors.secretariat, CANADA)).toBe(CANADA);
    expect(actingDelegation(actors.secretariat)).toBeNull();
    expect(actingDelegation(actors.observer)).toBeNull();
    expect(actingDelegation(actors.viewer, MEXICO)).toBeNull();
  });
});
