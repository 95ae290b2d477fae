import type { ListError } from '@/lib/setup/list-columns';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

type ListKind = 'delegations' | 'participants';

/** A pasted list with problems: nothing of it was saved, and each problem names its line. */
export class ListRefused extends AppError {
  constructor(
    readonly lines: ListError[],
    what: ListKind,
  ) {
    const count = new Set(lines.map((line) => line.line)).size;
    super('bad_request', say('server.setup.listRefused', { count, what: say(`server.setup.list.${what}`, {}) }));
  }
}

/** Throws when the list has problems, sorted by line. */
export function refuseListWith(lines: ListError[], what: ListKind): void {
  if (lines.length > 0) throw new ListRefused([...lines].sort((a, b) => a.line - b.line), what);
}
