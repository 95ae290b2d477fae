'use client';

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
  return (
    <div className="setup-list">
      {items.length === 0 ? <p className="muted">No agenda items yet.</p> : null}
      <ol className="setup-rows">
        {items.map((item, index) => (
          <li key={item.id} className="setup-row">
            <ActionForm action={actions.update} className="setup-inline" label={`Agenda item ${item.number}`}>
              {(pending) => (
                <>
                  <input type="hidden" name="itemId" value={item.id} />
                  <label className="setup-narrow">
                    Number
                    <input name="number" defaultValue={item.number} required />
                  </label>
                  <label className="setup-grow">
                    Title
                    <input name="title" defaultValue={item.title} required />
                  </label>
                  <TranslationFields field="title" label="Title" values={item.titleTranslations} />
                  <button type="submit" className="button-quiet" disabled={pending}>
                    Save
                  </button>
                </>
              )}
            </ActionForm>
            <div className="setup-row-tools">
              <MoveButton items={items} index={index} offset={-1} action={actions.reorder} />
              <MoveButton items={items} index={index} offset={1} action={actions.reorder} />
              <ActionForm action={actions.remove} confirm={`Remove item ${item.number} from the agenda?`}>
                {(pending) => (
                  <>
                    <input type="hidden" name="itemId" value={item.id} />
                    <button
                      type="submit"
                      className="button-quiet button-small button-danger"
                      disabled={pending || item.drafts > 0}
                      title={item.drafts > 0 ? 'A draft is under this item' : undefined}
                    >
                      Remove
                    </button>
                  </>
                )}
              </ActionForm>
            </div>
          </li>
        ))}
      </ol>
      <ActionForm action={actions.add} className="setup-inline setup-add" resetOnSuccess label="Add an agenda item">
        {(pending) => (
          <>
            <label className="setup-narrow">
              Number
              <input name="number" required placeholder="3" />
            </label>
            <label className="setup-grow">
              Title
              <input name="title" required placeholder="Other matters" />
            </label>
            <TranslationFields field="title" label="Title" />
            <button type="submit" className="button-primary" disabled={pending}>
              Add item
            </button>
          </>
        )}
      </ActionForm>
    </div>
  );
}

function MoveButton({ items, index, offset, action }: { items: AgendaItemRow[]; index: number; offset: -1 | 1; action: BoundSetupAction }) {
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
          <button type="submit" className="button-quiet button-small" disabled={pending} aria-label={`Move item ${item.number} ${offset < 0 ? 'up' : 'down'}`}>
            {offset < 0 ? '↑' : '↓'}
          </button>
        </>
      )}
    </ActionForm>
  );
}
