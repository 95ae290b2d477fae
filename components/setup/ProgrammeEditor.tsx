'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('setup');
  return (
    <div className="setup-list">
      {slots.length === 0 ? <p className="muted">{t('noSlots')}</p> : null}
      <ul className="setup-rows">
        {slots.map((slot) => (
          <li key={slot.id} className="setup-row">
            <ActionForm action={actions.update} className="setup-inline" label={t('slot', { day: slot.day, time: slot.startsAt })}>
              {(pending) => (
                <>
                  <input type="hidden" name="slotId" value={slot.id} />
                  <SlotFields slot={slot} firstDay={firstDay} lastDay={lastDay} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    {t('save')}
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <ActionForm action={actions.remove} confirm={t('confirmRemoveSlot', { day: slot.day, time: slot.startsAt })}>
                {(pending) => (
                  <>
                    <input type="hidden" name="slotId" value={slot.id} />
                    <button type="submit" className="button-quiet button-small button-danger" disabled={pending}>
                      {t('remove')}
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label={t('addSlot')}>
        {(pending) => (
          <>
            <SlotFields slot={{ ...EMPTY_SLOT, day: firstDay }} firstDay={firstDay} lastDay={lastDay} />
            <button type="submit" className="button-primary" disabled={pending}>
              {t('addSlotButton')}
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function SlotFields({ slot, firstDay, lastDay }: { slot: Omit<ProgrammeSlotRow, 'id'>; firstDay: string; lastDay: string }) {
  const t = useTranslations('setup');
  return (
    <>
      <label>
        {t('slotField.day')}
        <input name="day" type="date" defaultValue={slot.day} min={firstDay} max={lastDay} required />
      </label>
      <label className="setup-narrow">
        {t('slotField.from')}
        <input name="startsAt" defaultValue={slot.startsAt} placeholder={t('example.from')} required />
      </label>
      <label className="setup-narrow">
        {t('slotField.to')}
        <input name="endsAt" defaultValue={slot.endsAt} placeholder={t('example.to')} required />
      </label>
      <label>
        {t('slotField.items')}
        <input name="items" defaultValue={slot.items.join(', ')} placeholder={t('example.items')} />
      </label>
      <label className="setup-narrow">
        {t('slotField.continued')}
        <input name="continuedItems" defaultValue={slot.continuedItems.join(', ')} placeholder={t('example.continued')} />
      </label>
      <label className="setup-grow">
        {t('slotField.note')}
        <input name="note" defaultValue={slot.note ?? ''} placeholder={t('example.note')} />
      </label>
    </>
  );
}
