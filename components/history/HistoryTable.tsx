import { useTranslations } from 'next-intl';
import { formatMoment } from '@/components/comments/format-moment';
import type { HistoryEntry, HistoryGroup } from '@/lib/history/history-entry';
import { useSentenceWords } from '@/components/shell/use-sentence-words';
import { formatSpan } from './format-span';

/**
 * The draft's history, newest first: when, who, for which delegation, what, which paragraph.
 * Consecutive events of the same kind by the same person are one line, which opens to show
 * each event.
 */
export function HistoryTable({ groups, entries, locale = 'en' }: { groups: readonly HistoryGroup[]; entries: readonly HistoryEntry[]; locale?: string }) {
  const t = useTranslations('history');
  const word = useSentenceWords();
  if (groups.length === 0) return <p className="muted">{t('empty')}</p>;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <table className="data-table history-table" data-testid="history">
      <thead>
        <tr>
          <th scope="col">{t('when')}</th>
          <th scope="col">{t('who')}</th>
          <th scope="col">{t('delegation')}</th>
          <th scope="col">{t('paragraph')}</th>
          <th scope="col">{t('what')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.eventIds[0]} data-action={group.action} data-count={group.count}>
            <td className="history-when">
              <time dateTime={group.to.toISOString()}>{formatSpan(group.from, group.to, locale)}</time>
            </td>
            <td>{word(group.user.said, group.user.name)}</td>
            <td>{group.delegation ? word(group.delegation.said, group.delegation.name) : ''}</td>
            <td>{group.paragraph ? word(group.paragraph.said, group.paragraph.label) : ''}</td>
            <td>{group.count > 1 ? <GroupDetails group={group} byId={byId} locale={locale} /> : word(group.sentence, group.summary)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupDetails({ group, byId, locale }: { group: HistoryGroup; byId: ReadonlyMap<number, HistoryEntry>; locale: string }) {
  const t = useTranslations('history');
  const word = useSentenceWords();
  return (
    <details className="history-group">
      <summary>{word(group.sentence, group.summary)}</summary>
      <ol reversed>
        {group.eventIds.map((id) => {
          const entry = byId.get(id);
          if (!entry) return null;
          return (
            <li key={id}>
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at, 'UTC', locale)}</time> — {word(entry.sentence, entry.summary)}
              {entry.paragraph && group.paragraph === null ? ` (${t('inParagraph', { label: word(entry.paragraph.said, entry.paragraph.label) })})` : ''}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

