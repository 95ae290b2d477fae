import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState, getParagraph, getParagraphRuns, paragraphIds, type TextRun } from '@/lib/negotiation/draft-doc';
import { readRunMarks } from '@/lib/negotiation/marks';
import { ENGLISH_DRAFT_AS_WRITTEN, fixture, MEETING_DELEGATIONS, ok, writeBack } from '@/test-support/import/import-test-kit';
import { parseDraftText } from './parse-draft-text';
import { toNewParagraphs } from './to-new-paragraphs';
import type { ImportedBracket, ImportedRun } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NAMES = new Map(MEETING_DELEGATIONS.map((d) => [d.id, d.name]));

function build(text: string) {
  const result = ok(parseDraftText(text, { delegations: MEETING_DELEGATIONS }));
  return toNewParagraphs(result.paragraphs, { bracketedBy: 'u-officer', newId: () => crypto.randomUUID(), delegations: MEETING_DELEGATIONS });
}

function bracketsOf(run: TextRun | undefined) {
  return readRunMarks(run?.attributes).brackets;
}

describe('toNewParagraphs', () => {
  it('gives every bracket and every spot a fresh id, placed by the importing officer', () => {
    const [paragraph] = build('PP2. [Recognizing][Acknowledging] that [joint teams / parallel investigations] work,');
    const runs = paragraph?.runs ?? [];
    const marks = runs.flatMap((run) => bracketsOf(run));
    expect(marks).toHaveLength(4);
    expect(new Set(marks.map((mark) => mark.id)).size).toBe(4);
    for (const mark of marks) {
      expect(mark.id).toMatch(UUID);
      expect(mark.spot).toMatch(UUID);
      expect(mark.by).toBe('u-officer');
    }
    expect(marks.map((mark) => mark.form)).toEqual(['adjacent', 'adjacent', 'slash', 'slash']);
    expect(marks[0]?.spot).toBe(marks[1]?.spot);
    expect(marks[2]?.spot).toBe(marks[3]?.spot);
    expect(marks[1]?.spot).not.toBe(marks[2]?.spot);
    expect(runs.map((run) => run.insert).join('')).toBe('RecognizingAcknowledging that joint teamsparallel investigations work,');
  });

  it('links an attribution naming one delegation, keeps any other as a note', () => {
    const [paragraph] = build('1. [should] (egypt) [may] (EU) [shall] (European Union; Brazil) [must] (Canada, supported by Mexico; Japan: delete) [can] (Peru);');
    const marks = (paragraph?.runs ?? []).flatMap((run) => bracketsOf(run));
    expect(marks.map((mark) => [mark.delegation, mark.note])).toEqual([
      ['d-egypt', null],
      ['d-eu', null],
      [null, 'European Union; Brazil'],
      [null, 'Canada, supported by Mexico; Japan: delete'],
      [null, 'Peru'],
    ]);
  });

  it('matches an attribution written in another of the six languages to the meeting’s delegation', () => {
    const [paragraph] = build('1. 各缔约国应设立[专门][专职]（埃及）机构；');
    const marks = (paragraph?.runs ?? []).flatMap((run) => bracketsOf(run));
    expect(marks.map((mark) => mark.delegation)).toEqual([null, 'd-egypt']);
  });

  it('stores a nested bracket under its own key on every run it covers', () => {
    const [paragraph] = build('2. [States parties should [consider] provide[ing] training];');
    const runs = paragraph?.runs ?? [];
    const outer = bracketsOf(runs[0])[0]?.id;
    expect(runs.map((run) => Object.keys(run.attributes ?? {}).length)).toEqual([1, 2, 1, 2, 1, 0]);
    for (const run of runs.slice(0, 5)) expect(run.attributes?.bracket).toMatchObject({ id: outer });
    const inner = runs[1]?.attributes ?? {};
    const innerKey = Object.keys(inner).find((key) => key !== 'bracket');
    // The shape y-tiptap reads back as a second mark of the same name.
    expect(innerKey).toMatch(/^bracket--[a-zA-Z0-9+/=]{8}$/);
    expect(runs[3]?.attributes?.[innerKey ?? '']).toBeUndefined();
    expect(Object.keys(runs[3]?.attributes ?? {}).find((key) => key !== 'bracket')).not.toBe(innerKey);
  });
});

/** The document's runs read back as imported runs: brackets ordered outermost first by their extent. */
function readBack(runs: readonly TextRun[]): ImportedRun[] {
  const extent = new Map<string, number>();
  for (const run of runs) for (const mark of bracketsOf(run)) extent.set(mark.id, (extent.get(mark.id) ?? 0) + run.insert.length);
  return runs.map((run) => ({
    text: run.insert,
    brackets: bracketsOf(run)
      .sort((a, b) => (extent.get(b.id) ?? 0) - (extent.get(a.id) ?? 0))
      .map((mark): ImportedBracket => {
        const bracket: ImportedBracket = { key: mark.id };
        if (mark.spot) Object.assign(bracket, { spot: mark.spot, form: mark.form ?? undefined });
        if (mark.option) bracket.option = mark.option;
        if (mark.noText) bracket.noText = true;
        const attribution = mark.delegation ? NAMES.get(mark.delegation) : mark.note;
        if (attribution) bracket.attribution = attribution;
        return bracket;
      }),
  }));
}

function storedParagraphs(source: string): TextRun[][] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, buildDraftState(build(source)));
  const runs = paragraphIds(doc).map((id) => {
    const paragraph = getParagraph(doc, id);
    return paragraph ? getParagraphRuns(paragraph) : [];
  });
  doc.destroy();
  return runs;
}

describe('the stored document keeps the structure of the source', () => {
  it('English draft: brackets, alternatives, options and attributions survive the Y.Doc', () => {
    expect(storedParagraphs(fixture('english-draft')).map((runs) => writeBack(readBack(runs)))).toEqual(ENGLISH_DRAFT_AS_WRITTEN);
  });

  it('Chinese draft: attributions naming a delegation come back as its name', () => {
    const rendered = storedParagraphs(fixture('chinese-draft')).map((runs) => writeBack(readBack(runs)));
    expect(rendered[2]).toBe('各缔约国应设立[专门][专职] (Egypt)机构，负责调查贩运人口案件；');
    expect(rendered[5]).toBe('工作组：\n备选案文1: 请秘书处编写一份关于专门起诉的专题文件 (Egypt)\n备选案文2: 无案文。');
  });
});
