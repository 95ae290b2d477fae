import { useTranslations } from 'next-intl';
import { wrapPieces } from '@/lib/negotiation/line-wrap';
import { renderParagraphSegments } from '@/lib/negotiation/segments';
import { styleParagraphSegments, type StyledPiece } from '@/lib/negotiation/styled-text';
import type { DelegationNamer } from '@/components/draft/delegation-names';
import type { ParagraphView } from '@/components/draft/draft-view';
import { spokenParagraphName } from '@/components/draft/paragraph-name';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';

/**
 * One paragraph on the projector, in the bracket convention, cut into numbered lines of a fixed
 * number of characters (lib/negotiation/line-wrap.ts) so that "line 2" is the same line on
 * every screen. Proposed words are underlined, words proposed for deletion struck through.
 */
export function ScreenParagraph({
  paragraph,
  focused,
  names,
  language,
}: {
  paragraph: ParagraphView;
  focused: boolean;
  names: DelegationNamer;
  /** The draft's original language, which sets the direction and language of the lines. */
  language?: string | undefined;
}) {
  const t = useTranslations('screen');
  const tStatus = useTranslations('statuses');
  const segments = renderParagraphSegments(paragraph.runs);
  const lines = wrapPieces(styleParagraphSegments(segments, { names: names.name }));
  return (
    <article
      className={`screen-paragraph${focused ? ' is-focused' : ''}`}
      data-testid={focused ? 'screen-focused' : 'screen-neighbour'}
      data-label={paragraph.label}
    >
      <header className="screen-paragraph-head">
        <span className="screen-label">{spokenParagraphName(paragraph)}</span>
        <span className={`screen-status status-${paragraph.status}`}>{tStatus(paragraph.status)}</span>
        {paragraph.proposedBy ? <span className="screen-note">{t('newParagraphBy', { delegation: names.name(paragraph.proposedBy) })}</span> : null}
        {paragraph.deletionProposal ? (
          <span className="screen-note">{t('deletionBy', { delegation: names.name(paragraph.deletionProposal.delegation) })}</span>
        ) : null}
      </header>
      <ol className={`screen-lines${paragraph.status === 'deleted' ? ' is-deleted' : ''}`} {...paragraphTextAttributes(language)}>
        {lines.map((line, lineIndex) => (
          <li key={lineIndex} className="screen-line">
            <span className="screen-line-number" aria-hidden>
              {lineIndex + 1}
            </span>
            <span className="screen-line-text">
              {line.map((piece, pieceIndex) => (
                <Piece key={pieceIndex} piece={piece} names={names} />
              ))}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}

function Piece({ piece, names }: { piece: StyledPiece; names: DelegationNamer }) {
  const color = piece.delegation ? names.colorKey(piece.delegation) : undefined;
  switch (piece.style) {
    case 'inserted':
      return (
        <ins className="screen-ins" data-color-index={color}>
          {piece.text}
        </ins>
      );
    case 'deleted':
      return (
        <del className="screen-del" data-color-index={color}>
          {piece.text}
        </del>
      );
    case 'attribution':
      return (
        <span className="screen-by" data-color-index={color}>
          {piece.text}
        </span>
      );
    case 'markup':
      return <span className="screen-markup">{piece.text}</span>;
    case 'break':
      return null;
    case 'text':
      return <>{piece.text}</>;
  }
}
