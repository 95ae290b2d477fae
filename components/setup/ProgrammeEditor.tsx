'use client';

import { ActionForm, type BoundSetupAction } from './ActionForm';
import type { ProgrammeSlotRow } from './types';

export interface ProgrammeActions {
  add: BoundSetupAction;
  update: BoundSetupAction;
  remove: BoundSetupAction;
}

const EMPTY_SLOT: Omit<ProgrammeSlotRow, 'id'> = { day: '', startsAt: '', endsAt: '', items: [], continuedItems: [], note: null };

/**
 * The programme of work: one row per meeting slot. Items are agenda numbers separated by commas;
 * "continued" lists those resumed from an earlier slot, printed "2 (continued)".
 */
export function ProgrammeEditor({
  slots,
  actions,
  firstDay,
  lastDay,
}: {
  slots: ProgrammeSlotRow[];
  actions: ProgrammeActions;
  firstDay: string;
  lastDay: string;
}) {
  return (
    <div className="setup-list">
      {slots.length === 0 ? <p className="muted">No slots yet.</p> : null}
      <ul className="setup-rows">
        {slots.map((slot) => (
          <li key={slot.id} className="setup-row">
            <ActionForm action={actions.update} className="setup-inline" label={`Slot ${slot.day} ${slot.startsAt}`}>
              {(pending) => (
                <>
                  <input type="hidden" name="slotId" value={slot.id} />
                  <SlotFields slot={slot} firstDay={firstDay} lastDay={lastDay} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    Save
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <ActionForm action={actions.remove} confirm={`Remove the slot of ${slot.day}, ${slot.startsAt}?`}>
                {(pending) => (
                  <>
                    <input type="hidden" name="slotId" value={slot.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      Remove
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label="Add a slot">
        {(pending) => (
          <>
            <SlotFields slot={{ ...EMPTY_SLOT, day: firstDay }} firstDay={firstDay} lastDay={lastDay} />
            <button type="submit" className="button-primary" disabled={pending}>
              Add slot
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function SlotFields({ slot, firstDay, lastDay }: { slot: Omit<ProgrammeSlotRow, 'id'>; firstDay: string; lastDay: string }) {
  return (
    <>
      <label>
        Day
        <input name="day" type="date" defaultValue={slot.day} min={firstDay} max={lastDay} required />
      </label>
      <label className="setup-narrow">
        From
        <input name="startsAt" defaultValue={slot.startsAt} placeholder="10 a.m." required />
      </label>
      <label className="setup-narrow">
        To
        <input name="endsAt" defaultValue={slot.endsAt} placeholder="1 p.m." required />
      </label>
      <label>
        Agenda items
        <input name="items" defaultValue={slot.items.join(', ')} placeholder="1(a), 1(b), 2" />
      </label>
      <label className="setup-narrow">
        Continued
        <input name="continuedItems" defaultValue={slot.continuedItems.join(', ')} placeholder="2" />
      </label>
      <label className="setup-grow">
        Note
        <input name="note" defaultValue={slot.note ?? ''} placeholder="Informal consultations" />
      </label>
    </>
  );
}
