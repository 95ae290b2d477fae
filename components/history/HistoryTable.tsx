import { formatMoment } from '@/components/comments/format-moment';
import type { HistoryEntry, HistoryGroup } from '@/lib/history/history-entry';
import { formatSpan } from './format-span';

/**
 * The draft's history, newest first: when, who, for which delegation, what, which paragraph.
 * Consecutive events of the same kind by the same person are one line, which opens to show
 * each event.
 */
export function HistoryTable({ groups, entries }: { groups: readonly HistoryGroup[]; entries: readonly HistoryEntry[] }) {
  if (groups.length === 0) return <p className="muted">Nothing has been recorded for this selection yet.</p>;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <table className="data-table history-table" data-testid="history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Delegation</th>
          <th scope="col">Paragraph</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.eventIds[0]} data-action={group.action} data-count={group.count}>
            <td className="history-when">
              <time dateTime={group.to.toISOString()}>{formatSpan(group.from, group.to)}</time>
            </td>
            <td>{group.user.name}</td>
            <td>{group.delegation?.name ?? ''}</td>
            <td>{group.paragraph?.label ?? ''}</td>
            <td>{group.count > 1 ? <GroupDetails group={group} byId={byId} /> : group.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupDetails({ group, byId }: { group: HistoryGroup; byId: ReadonlyMap<number, HistoryEntry> }) {
  return (
    <details className="history-group">
      <summary>{group.summary}</summary>
      <ol reversed>
        {group.eventIds.map((id) => {
          const entry = byId.get(id);
          if (!entry) return null;
          return (
            <li key={id}>
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at, 'UTC')}</time> — {entry.summary}
              {entry.paragraph && group.paragraph === null ? ` (paragraph ${entry.paragraph.label})` : ''}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
