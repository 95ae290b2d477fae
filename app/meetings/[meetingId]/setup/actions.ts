'use server';

import { z } from 'zod';
import { say } from '@/lib/i18n/server-sentences';
import { addAgendaItem } from '@/server/setup/add-agenda-item';
import { addDelegation } from '@/server/setup/add-delegation';
import { addDelegationList } from '@/server/setup/add-delegation-list';
import { addParticipant } from '@/server/setup/add-participant';
import { addParticipantList } from '@/server/setup/add-participant-list';
import { describeAddedList } from '@/server/setup/describe-added-list';
import { addProgrammeSlot } from '@/server/setup/add-programme-slot';
import { changeParticipant } from '@/server/setup/change-participant';
import { removeAgendaItem } from '@/server/setup/remove-agenda-item';
import { removeDelegation } from '@/server/setup/remove-delegation';
import { removeParticipant } from '@/server/setup/remove-participant';
import { removeProgrammeSlot } from '@/server/setup/remove-programme-slot';
import { reorderAgendaItems } from '@/server/setup/reorder-agenda-items';
import { resetParticipantPassword } from '@/server/setup/reset-participant-password';
import { INVITATION_LIFETIME_DAYS } from '@/server/invitations/invitation-code';
import { withdrawInvitation } from '@/server/invitations/withdraw-invitation';
import { formFields, runSetupAction } from '@/server/setup/run-setup-action';
import { setDelegationRetired } from '@/server/setup/set-delegation-retired';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import {
  agendaItemInput,
  delegationInput,
  meetingFieldsInput,
  membershipChangeInput,
  participantInput,
  programmeSlotInput,
} from '@/server/setup/setup-inputs';
import { updateAgendaItem } from '@/server/setup/update-agenda-item';
import { updateDelegation } from '@/server/setup/update-delegation';
import { updateMeeting } from '@/server/setup/update-meeting';
import { updateProgrammeSlot } from '@/server/setup/update-programme-slot';

/**
 * Server actions of the meeting setup page, bound to the meeting id by the page. Each one only
 * validates its form and calls one server/setup function; that function checks, from the
 * membership row, that the caller is the meeting's secretariat.
 */

export type SetupFormAction = (meetingId: string, previous: SetupActionState, form: FormData) => Promise<SetupActionState>;

const id = (form: FormData, key: string) => z.string().min(1).parse(form.get(key));

export const updateMeetingAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await updateMeeting({ db, userId, meetingId, fields: meetingFieldsInput.parse(formFields(form)) });
    return { message: say('server.setup.meetingSaved', {}) };
  });

export const addAgendaItemAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const item = await addAgendaItem({ db, userId, meetingId, fields: agendaItemInput.parse(formFields(form)) });
    return { message: say('server.setup.itemAdded', { number: item.number }) };
  });

export const updateAgendaItemAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const item = await updateAgendaItem({ db, userId, meetingId, itemId: id(form, 'itemId'), fields: agendaItemInput.parse(formFields(form)) });
    return { message: say('server.setup.itemSaved', { number: item.number }) };
  });

export const removeAgendaItemAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await removeAgendaItem({ db, userId, meetingId, itemId: id(form, 'itemId') });
    return { message: say('server.setup.itemRemoved', {}) };
  });

export const reorderAgendaItemsAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const itemIds = form.getAll('order').filter((value): value is string => typeof value === 'string');
    await reorderAgendaItems({ db, userId, meetingId, itemIds });
    return { message: say('server.setup.agendaReordered', {}) };
  });

export const addProgrammeSlotAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await addProgrammeSlot({ db, userId, meetingId, fields: programmeSlotInput.parse(formFields(form)) });
    return { message: say('server.setup.slotAdded', {}) };
  });

export const updateProgrammeSlotAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await updateProgrammeSlot({ db, userId, meetingId, slotId: id(form, 'slotId'), fields: programmeSlotInput.parse(formFields(form)) });
    return { message: say('server.setup.slotSaved', {}) };
  });

export const removeProgrammeSlotAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await removeProgrammeSlot({ db, userId, meetingId, slotId: id(form, 'slotId') });
    return { message: say('server.setup.slotRemoved', {}) };
  });

export const addDelegationAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const delegation = await addDelegation({ db, userId, meetingId, fields: delegationInput.parse(formFields(form)) });
    return { message: say('server.setup.delegationAdded', { name: delegation.name }) };
  });

export const updateDelegationAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const delegation = await updateDelegation({ db, userId, meetingId, delegationId: id(form, 'delegationId'), fields: delegationInput.parse(formFields(form)) });
    return { message: say('server.setup.delegationSaved', { name: delegation.name }) };
  });

export const setDelegationRetiredAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const retired = form.get('retired') === 'true';
    const delegation = await setDelegationRetired({ db, userId, meetingId, delegationId: id(form, 'delegationId'), retired });
    return { message: say(retired ? 'server.setup.delegationRetired' : 'server.setup.delegationReinstated', { name: delegation.name }) };
  });

export const removeDelegationAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await removeDelegation({ db, userId, meetingId, delegationId: id(form, 'delegationId') });
    return { message: say('server.setup.delegationDeleted', {}) };
  });

export const addParticipantAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const fields = participantInput.parse(formFields(form));
    const added = await addParticipant({ db, userId, meetingId, fields });
    if (added.kind === 'invitation') {
      return {
        message: say('server.setup.invitationGiven', { name: added.name, email: added.email, days: INVITATION_LIFETIME_DAYS }),
        secret: added.invitationCode,
      };
    }
    return {
      message: say('server.setup.participantAdded', { name: added.name, role: say(`server.role.${fields.role}`, {}), email: added.email }),
      secret: added.initialPassword,
    };
  });

export const withdrawInvitationAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const { email } = await withdrawInvitation({ db, userId, meetingId, invitationId: id(form, 'invitationId') });
    return { message: say('server.setup.invitationWithdrawn', { email }) };
  });

export const changeParticipantAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const change = membershipChangeInput.parse(formFields(form));
    await changeParticipant({ db, userId, meetingId, participantId: id(form, 'userId'), change });
    return { message: say('server.setup.roleChanged', { role: say(`server.role.${change.role}`, {}) }) };
  });

export const removeParticipantAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    await removeParticipant({ db, userId, meetingId, participantId: id(form, 'userId') });
    return { message: say('server.setup.participantRemoved', {}) };
  });

export const resetParticipantPasswordAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const { initialPassword } = await resetParticipantPassword({ db, userId, meetingId, participantId: id(form, 'userId') });
    return { message: say('server.setup.newPassword', {}), secret: initialPassword };
  });

/** The list pasted or uploaded in a list form, at most about 200 000 characters (a few thousand lines). */
const listText = (form: FormData) =>
  z.string().max(200_000, 'The list is too long; split it into parts of a few thousand lines.').parse(form.get('list') ?? '');

export const addDelegationListAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const added = await addDelegationList({ db, userId, meetingId, text: listText(form) });
    return { message: say('server.setup.delegationsAdded', { count: added.length }) };
  });

export const addParticipantListAction: SetupFormAction = async (meetingId, _previous, form) =>
  runSetupAction(meetingId, async ({ db, userId }) => {
    const added = await addParticipantList({ db, userId, meetingId, text: listText(form) });
    return describeAddedList(added, INVITATION_LIFETIME_DAYS);
  });
