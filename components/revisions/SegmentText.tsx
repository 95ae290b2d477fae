import type { ProposalPart, Segment } from '@/lib/negotiation/segments';
import { attributionOf, type Attributions } from './attributions';

/**
 * A paragraph's text as the room reads it, read-only: pending spans in square brackets,
 * insertions underlined and deletions struck through in the delegation's colour, each followed
 * by the delegation's name — the same convention as renderParagraphText, with markup.
 */
export function SegmentText({ segments, attributions }: { segments: readonly Segment[]; attributions: Attributions }) {
  return (
    <>
      {segments.map((segment, index) => (
        <SegmentView key={index} segment={segment} attributions={attributions} />
      ))}
    </>
  );
}

function By({ part, attributions }: { part: ProposalPart; attributions: Attributions }) {
  const who = attributionOf(attributions, part.delegation);
  return (
    <span className="rev-by" data-color-index={who.colorKey}>
      {' '}
      ({who.name})
    </span>
  );
}

function Ins({ part, attributions }: { part: ProposalPart; attributions: Attributions }) {
  return (
    <ins className="rev-ins" data-color-index={attributionOf(attributions, part.delegation).colorKey}>
      {part.text.trim()}
    </ins>
  );
}

function Del({ part, attributions }: { part: ProposalPart; attributions: Attributions }) {
  return (
    <del className="rev-del" data-color-index={attributionOf(attributions, part.delegation).colorKey}>
      {part.text.trim()}
    </del>
  );
}

const lead = (text: string) => (/^\s/.test(text) ? ' ' : '');
const trail = (text: string) => (/\s$/.test(text) ? ' ' : '');

function SegmentView({ segment, attributions }: { segment: Segment; attributions: Attributions }) {
  switch (segment.kind) {
    case 'plain':
      return <>{segment.text}</>;
    case 'bracket':
      return <>{`${lead(segment.text)}[${segment.text.trim()}]${trail(segment.text)}`}</>;
    case 'insertion':
      return (
        <>
          {lead(segment.text)}[<Ins part={segment} attributions={attributions} />]<By part={segment} attributions={attributions} />
          {trail(segment.text)}
        </>
      );
    case 'deletion':
      return (
        <>
          {lead(segment.text)}[delete: <Del part={segment} attributions={attributions} />]<By part={segment} attributions={attributions} />
          {trail(segment.text)}
        </>
      );
    case 'replacement':
      return (
        <>
          {lead(segment.deleted)}[replace: <Del part={{ ...segment, text: segment.deleted }} attributions={attributions} /> | with:{' '}
          <Ins part={segment} attributions={attributions} />]<By part={segment} attributions={attributions} />
          {trail(segment.text)}
        </>
      );
    case 'alternatives': {
      const last = segment.alternatives[segment.alternatives.length - 1];
      return (
        <>
          {lead(segment.deleted?.text ?? segment.alternatives[0]?.text ?? '')}[
          {segment.deleted ? (
            <>
              replace: <Del part={segment.deleted} attributions={attributions} />
              <By part={segment.deleted} attributions={attributions} /> | with:{' '}
            </>
          ) : null}
          {segment.alternatives.map((part, index) => (
            <span key={part.proposal}>
              {index > 0 ? ' / ' : ''}alt {index + 1}: <Ins part={part} attributions={attributions} />
              <By part={part} attributions={attributions} />
            </span>
          ))}
          ]{trail(last?.text ?? '')}
        </>
      );
    }
  }
}
