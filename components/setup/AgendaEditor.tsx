'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, type BoundSetupAction } from './ActionForm';
import type { AgendaItemRow } from './types';
import { TranslationFields } from './TranslationFields';

export interface AgendaActions {
  add: BoundSetupAction;
  update: BoundSetupAction;
  remove: BoundSetupAction;
  reorder: BoundSetupAction;
}

/** The provisional agenda: edit an item in place, move it up or down, remove it, add one at the end. */
export function AgendaEditor({ items, actions }: { items: AgendaItemRow[]; actions: AgendaActions }) {
  const t = useTranslations('setup');
  return (
    <div className="setup-list">
      {items.length === 0 ? <p className="muted">{t('noAgendaItems')}</p> : null}
      <ol className="setup-rows">
        {items.map((item, index) => (
          <li key={item.id} className="setup-row">
            <ActionForm action={actions.update} className="setup-inline" label={t('agendaItem', { number: item.number })}>
              {(pending) => (
                <>
                  <input type="hidden" name="itemId" value={item.id} />
                  <label className="setup-narrow">
                    {t('number')}
                    <input name="number" defaultValue={item.number} required />
                  </label>
                  <label className="setup-grow">
                    {t('field.title')}
                    <input name="title" defaultValue={item.title} required />
                  </label>
                  <TranslationFields field="title" label={t('field.title')} values={item.titleTranslations} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    {t('save')}
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <MoveButton items={items} index={index} offset={-1} action={actions.reorder} />
              <MoveButton items={items} index={index} offset={1} action={actions.reorder} />
              <ActionForm action={actions.remove} confirm={t('confirmRemoveItem', { number: item.number })}>
                {(pending) => (
                  <>
                    <input type="hidden" name="itemId" value={item.id} />
                    <button
                      type="submit"
                      className="button-quiet button-small button-danger"
                      disabled={pending || item.drafts > 0}
                      title={item.drafts > 0 ? t('draftUnderItem') : undefined}
                    >
                      {t('remove')}
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ol>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label={t('addAgendaItem')}>
        {(pending) => (
          <>
            <label className="setup-narrow">
              {t('number')}
              <input name="number" required placeholder={t('example.itemNumber')} />
            </label>
            <label className="setup-grow">
              {t('field.title')}
              <input name="title" required placeholder={t('example.itemTitle')} />
            </label>
            <TranslationFields field="title" label={t('field.title')} />
            <button type="submit" className="button-primary" disabled={pending}>
              {t('addItem')}
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function MoveButton({ items, index, offset, action }: { items: AgendaItemRow[]; index: number; offset: -1 | 1; action: BoundSetupAction }) {
  const t = useTranslations('setup');
  const target = index + offset;
  const item = items[index];
  if (!item || target < 0 || target >= items.length) return <span className="setup-move-placeholder" />;
  const order = items.map((row) => row.id);
  order.splice(index, 1);
  order.splice(target, 0, item.id);
  return (
    <ActionForm action={action}>
      {(pending) => (
        <>
          {order.map((id) => (
            <input key={id} type="hidden" name="order" value={id} />
          ))}
          <button type="submit" className="button-quiet button-small" disabled={pending} aria-label={offset < 0 ? t('moveUp', { number: item.number }) : t('moveDown', { number: item.number })}>
            {offset < 0 ? '↑' : '↓'}
          </button>
        </>
      )}
    </ActionForm>
  );
}
