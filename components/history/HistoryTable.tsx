import { formatMoment } from '@/components/comments/format-moment';
import type { HistoryEntry } from '@/server/history/list-draft-history';

/** The draft's history: when, who, for which delegation, what, which paragraph. Newest first. */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">Nothing has been recorded for this selection yet.</p>;
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
        {entries.map((entry) => (
          <tr key={entry.id} data-action={entry.action}>
            <td className="history-when">
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at, 'UTC')}</time>
            </td>
            <td>{entry.user.name}</td>
            <td>{entry.delegation?.name ?? ''}</td>
            <td>{entry.paragraph?.label ?? ''}</td>
            <td>{entry.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
