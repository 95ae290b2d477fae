import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
  Paragraph,
  TabStopPosition,
  TabStopType,
  TextRun,
} from 'docx';
import type { CrpModel } from '@/lib/exports/crp-model';
import { mastheadWords } from '@/lib/exports/masthead-words';
import { SIZE, isRightToLeft } from './docx-style';

export interface DocxFootnotes {
  [id: string]: { children: Paragraph[] };
}

export interface DocxMasthead {
  paragraphs: Paragraph[];
  footnotes: DocxFootnotes;
}

/**
 * The top of a UN conference room paper: "United Nations" and the symbol over a rule, the
 * distribution, date and original language on the right, then the body, the subsidiary body,
 * the meeting's place and dates, "Item 2 of the provisional agenda*" (the footnote gives the
 * agenda's symbol), the agenda item's title and the paper's title (footnoted as not edited).
 * Footnotes are marked "*", "**" as UN documents mark masthead notes (packDocx writes the marks).
 */
export function docxMasthead(model: CrpModel, heading: string = model.draft.title): DocxMasthead {
  const words = mastheadWords(model.draft.language);
  const bidirectional = isRightToLeft(model.draft.language);
  const footnotes: DocxFootnotes = {};
  let nextFootnote = 1;
  const footnote = (text: string): FootnoteReferenceRun => {
    const id = nextFootnote++;
    footnotes[String(id)] = { children: [new Paragraph({ bidirectional, children: [new TextRun(text)] })] };
    return new FootnoteReferenceRun(id);
  };
  const { meeting } = model;
  const line = (text: string, bold = false) => new Paragraph({ bidirectional, spacing: { after: 0 }, children: [new TextRun({ text, bold })] });

  const paragraphs: Paragraph[] = [
    new Paragraph({
      bidirectional,
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      children: [
        new TextRun({ text: words.unitedNations, bold: true, size: SIZE.masthead }),
        new TextRun({ text: '\t' }),
        new TextRun({ text: model.draft.symbol, bold: true, size: SIZE.symbol }),
      ],
    }),
    ...words.distributionBlock(model.date).map(
      (text) => new Paragraph({ bidirectional, alignment: AlignmentType.END, spacing: { after: 0 }, children: [new TextRun(text)] }),
    ),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    line(meeting.body, true),
    ...(meeting.subsidiaryBody ? [line(meeting.subsidiaryBody, true)] : []),
    line(words.placeAndDates(meeting.venue, words.formatMeetingDates(meeting.startsOn, meeting.endsOn))),
  ];
  if (model.agendaItem) {
    const itemRuns: (TextRun | FootnoteReferenceRun)[] = [new TextRun(words.agendaItem(model.agendaItem.number))];
    if (meeting.agendaSymbol) itemRuns.push(footnote(`${meeting.agendaSymbol}.`));
    paragraphs.push(new Paragraph({ bidirectional, spacing: { before: 120, after: 0 }, children: itemRuns }));
    paragraphs.push(line(model.agendaItem.title, true));
  }
  paragraphs.push(
    new Paragraph({
      bidirectional,
      spacing: { before: 360, after: 240 },
      children: [new TextRun({ text: heading, bold: true, size: SIZE.title }), footnote(words.notEdited)],
    }),
  );
  return { paragraphs, footnotes };
}
