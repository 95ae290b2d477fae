import type { ListError } from '@/lib/setup/list-columns';
import { AppError } from '@/server/http/app-error';

/** A pasted list with problems: nothing of it was saved, and each problem names its line. */
export class ListRefused extends AppError {
  constructor(
    readonly lines: ListError[],
    what: string,
  ) {
    const count = new Set(lines.map((line) => line.line)).size;
    super('bad_request', `Nothing was saved: ${count === 1 ? '1 line' : `${count} lines`} of the ${what} need${count === 1 ? 's' : ''} fixing. Correct them and save the whole list again.`);
  }
}

/** Throws when the list has problems, sorted by line. */
export function refuseListWith(lines: ListError[], what: string): void {
  if (lines.length > 0) throw new ListRefused([...lines].sort((a, b) => a.line - b.line), what);
}
