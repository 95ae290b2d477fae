'use client';

import { useTranslations } from 'next-intl';
import { PARAGRAPH_STATUSES } from '@/lib/negotiation/schema';
import type { ParagraphView } from './draft-view';

/** What the chair and the secretariat do to a paragraph: status, order, decisions, focus. */
export function ChairControls(p: {
  paragraph: ParagraphView;
  index: number;
  total: number;
  run(command: Record<string, unknown>): Promise<boolean>;
}) {
  const { paragraph } = p;
  const t = useTranslations('draft.chair');
  const tStatus = useTranslations('statuses');
  const hasProposals = paragraph.proposals.length > 0;
  return (
    <div className="chair-controls">
      <label className="inline-label">
        {t('status')}
        <select
          value={paragraph.status}
          aria-label={t('statusOf', { label: paragraph.label })}
          onChange={(event) => void p.run({ type: 'setStatus', paragraphId: paragraph.id, status: event.target.value })}
        >
          {PARAGRAPH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'setFocus', paragraphId: paragraph.id })}>
        {t('showToRoom')}
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index === 0}
        aria-label={t('moveUp', { label: paragraph.label })}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: paragraph.id, toIndex: p.index - 1 })}
      >
        ↑
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index >= p.total - 1}
        aria-label={t('moveDown', { label: paragraph.label })}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: paragraph.id, toIndex: p.index + 1 })}
      >
        ↓
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        onClick={() => {
          const label = window.prompt(t('newLabel', { label: paragraph.label }), paragraph.label);
          if (label?.trim()) void p.run({ type: 'setLabel', paragraphId: paragraph.id, label: label.trim() });
        }}
      >
        {t('relabel')}
      </button>
      {hasProposals ? (
        <>
          <button type="button" className="button-quiet button-small button-ok" onClick={() => void p.run({ type: 'acceptAll', paragraphId: paragraph.id })}>
            {t('acceptAll')}
          </button>
          <button type="button" className="button-quiet button-small button-danger" onClick={() => void p.run({ type: 'rejectAll', paragraphId: paragraph.id })}>
            {t('rejectAll')}
          </button>
        </>
      ) : null}
    </div>
  );
}
