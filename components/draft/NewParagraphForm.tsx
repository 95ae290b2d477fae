'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function NewParagraphForm(props: { afterLabel: string; onSubmit(text: string): Promise<void>; onCancel(): void }) {
  const t = useTranslations('draft.newParagraph');
  const [text, setText] = useState('');
  return (
    <form
      className="new-paragraph"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void props.onSubmit(text.trim());
      }}
    >
      <label>
        {t('after', { label: props.afterLabel })}
        <textarea value={text} onChange={(event) => setText(event.target.value)} rows={3} maxLength={10_000} autoFocus />
      </label>
      <div className="form-row">
        <button type="submit" className="button-primary" disabled={!text.trim()}>
          {t('propose')}
        </button>
        <button type="button" className="button-quiet" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
