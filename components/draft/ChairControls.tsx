'use client';

import type { CommandRequest } from '@/lib/collab/messages';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import type { ParagraphView } from './draft-view';

/** What the chair and the secretariat do to a paragraph: status, order, decisions, focus. */
export function ChairControls(p: {
  paragraph: ParagraphView;
  index: number;
  total: number;
  run(command: CommandRequest): Promise<boolean>;
}) {
  const { paragraph } = p;
  const hasProposals = paragraph.proposals.length > 0;
  return (
    <div className="chair-controls">
      <label className="inline-label">
        Status
        <select
          value={paragraph.status}
          aria-label={`Status of paragraph ${paragraph.label}`}
          onChange={(event) => void p.run({ type: 'setStatus', paragraphId: paragraph.id, status: event.target.value as ParagraphStatus })}
        >
          {PARAGRAPH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button-quiet button-small" onClick={() => void p.run({ type: 'setFocus', paragraphId: paragraph.id })}>
        Show to room
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index === 0}
        aria-label={`Move paragraph ${paragraph.label} up`}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: paragraph.id, toIndex: p.index - 1 })}
      >
        ↑
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={p.index >= p.total - 1}
        aria-label={`Move paragraph ${paragraph.label} down`}
        onClick={() => void p.run({ type: 'moveParagraph', paragraphId: paragraph.id, toIndex: p.index + 1 })}
      >
        ↓
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        onClick={() => {
          const label = window.prompt(`New label for paragraph ${paragraph.label}`, paragraph.label);
          if (label?.trim()) void p.run({ type: 'setLabel', paragraphId: paragraph.id, label: label.trim() });
        }}
      >
        Relabel
      </button>
      {hasProposals ? (
        <>
          <button type="button" className="button-quiet button-small button-ok" onClick={() => void p.run({ type: 'acceptAll', paragraphId: paragraph.id })}>
            Accept all
          </button>
          <button type="button" className="button-quiet button-small button-danger" onClick={() => void p.run({ type: 'rejectAll', paragraphId: paragraph.id })}>
            Reject all
          </button>
        </>
      ) : null}
    </div>
  );
}
