'use client';

import { useTranslations } from 'next-intl';
import type { CommandRequest } from '@/lib/collab/messages';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
import { ActionFeedback } from './ActionFeedback';
import type { ParagraphView } from './draft-view';

/** What the chair and the secretariat do to a paragraph: status, order, decisions, focus. */
export function ChairControls(p: {
  paragraph: ParagraphView;
  index: number;
  total: number;
  run(command: CommandRequest, at?: string): Promise<boolean>;
}) {
  const { paragraph } = p;
  const t = useTranslations('draft.chair');
  const tStatus = useTranslations('statuses');
  const id = paragraph.id;
  const hasProposals = paragraph.proposals.length > 0;
  return (
    <div className="chair-controls">
      <span className="control-with-feedback" data-testid="status-control">
        <label className="inline-label">
          {t('status')}
          <select
            value={paragraph.status}
            aria-label={t('statusOf', { label: paragraph.label })}
            onChange={(event) => void p.run({ type: 'setStatus', paragraphId: id, status: event.target.value as ParagraphStatus }, `status:${id}`)}
          >
            {PARAGRAPH_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </label>
        <ActionFeedback at={`status:${id}`} />
      </span>
      <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'setFocus', paragraphId: id }, `focus:${id}`)}>
        {t('showToRoom')}
      </button>
      <ActionFeedback at={`focus:${id}`} />
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index === 0}
        aria-label={t('moveUp', { label: paragraph.label })}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: id, toIndex: p.index - 1 }, `arrange:${id}`)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index >= p.total - 1}
        aria-label={t('moveDown', { label: paragraph.label })}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: id, toIndex: p.index + 1 }, `arrange:${id}`)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        onClick={() => {
          const label = window.prompt(t('newLabel', { label: paragraph.label }), paragraph.label);
          if (label?.trim()) void p.run({ type: 'setLabel', paragraphId: id, label: label.trim() }, `arrange:${id}`);
        }}
      >
        {t('relabel')}
      </button>
      <ActionFeedback at={`arrange:${id}`} />
      {hasProposals ? (
        <>
          <button type="button" className="button-quiet button-small button-ok" onClick={() => void p.run({ type: 'acceptAll', paragraphId: id }, `decisions:${id}`)}>
            {t('acceptAll')}
          </button>
          <button type="button" className="button-quiet button-small button-danger" onClick={() => void p.run({ type: 'rejectAll', paragraphId: id }, `decisions:${id}`)}>
            {t('rejectAll')}
          </button>
        </>
      ) : null}
    </div>
  );
}
