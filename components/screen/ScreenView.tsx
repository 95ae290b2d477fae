'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo } from 'react';
import { useDraftConnection } from '@/components/draft/use-draft-connection';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import { englishOf } from '@/lib/i18n/server-sentences';
import { useDocVersion } from '@/components/draft/use-doc-version';
import { readDraftView, type ParagraphView } from '@/components/draft/draft-view';
import { delegationNamer, type DelegationNamer } from '@/components/draft/delegation-names';
import { spokenParagraphName } from '@/components/draft/paragraph-name';
import type { DelegationInfo } from '@/components/draft/types';
import type { SpeakerRequest } from '@/lib/negotiation/schema';
import { ScreenParagraph } from './ScreenParagraph';
import { screenWindow } from './screen-window';

export interface ScreenViewProps {
  draftId: string;
  title: string;
  symbol: string | null;
  delegations: DelegationInfo[];
  /** The language the draft is written in: its paragraphs' direction and language follow it, whatever the interface's. */
  originalLanguage?: string;
}

/**
 * What the projector shows: the paragraph the chair has on screen, one before and one after,
 * and the speakers' list. It reads the same live document as the draft page and never writes:
 * it sends no commands and has no editor.
 */
export function ScreenView(props: ScreenViewProps) {
  const t = useTranslations('screen');
  const { connection, synced, state, closedReason } = useDraftConnection(props.draftId);
  const wordServer = useServerSentence();
  const doc = connection?.doc ?? null;
  const version = useDocVersion(doc);
  const names = useMemo(() => delegationNamer(props.delegations), [props.delegations]);
  const view = doc && synced && version >= 0 ? readDraftView(doc) : null;
  const shown = view ? screenWindow(view.paragraphs, view.focus) : [];
  const focus = view?.focus ?? null;
  // Nobody scrolls a projector: a long paragraph before the focused one must not push it off screen.
  useEffect(() => {
    if (focus) document.querySelector('[data-testid="screen-focused"]')?.scrollIntoView({ block: 'nearest' });
  }, [focus]);

  return (
    <div className="screen" data-testid="screen-view">
      <header className="screen-head">
        <h1>
          {props.symbol ? `${props.symbol} · ` : ''}
          {props.title}
        </h1>
        <span className={`screen-connection connection-${state}`} data-testid="connection-state">
          {state === 'connected' ? t('live') : t('reconnecting')}
        </span>
        <Link href={`/drafts/${props.draftId}`} className="screen-back">
          {t('back')}
        </Link>
      </header>
      {closedReason ? (
        <p className="screen-message" role="alert">
          {wordServer(closedReason, englishOf(closedReason))}
        </p>
      ) : null}
      <div className="screen-body">
        <section className="screen-paragraphs" aria-label={t('onScreen')}>
          {!view ? <p className="screen-message">{t('connecting')}</p> : null}
          {view && shown.length === 0 ? <p className="screen-message">{t('nothingFocused')}</p> : null}
          {shown.map((paragraph) => (
            <ScreenParagraph key={paragraph.id} paragraph={paragraph} focused={paragraph.id === view?.focus} names={names} language={props.originalLanguage} />
          ))}
        </section>
        {view ? <ScreenSpeakers speakers={view.speakers} floor={view.floor} paragraphs={view.paragraphs} names={names} /> : null}
      </div>
    </div>
  );
}

function ScreenSpeakers(p: { speakers: SpeakerRequest[]; floor: string | null; paragraphs: ParagraphView[]; names: DelegationNamer }) {
  const t = useTranslations('screen');
  const label = (id: string | null) => {
    const paragraph = id ? p.paragraphs.find((candidate) => candidate.id === id) : undefined;
    return paragraph ? spokenParagraphName(paragraph) : null;
  };
  return (
    <aside className="screen-speakers" aria-label={t('speakersList')} data-testid="screen-speakers">
      <h2>{t('speakers')}</h2>
      <p className="screen-floor" data-testid="screen-floor">
        {p.floor ? (
          t.rich('hasFloor', { delegation: p.names.name(p.floor), strong: (chunks) => <strong>{chunks}</strong> })
        ) : (
          t('nobodyHasFloor')
        )}
      </p>
      {p.speakers.length > 0 ? (
        <ol>
          {p.speakers.map((entry) => (
            <li key={entry.delegation} data-testid="screen-speaker">
              {p.names.name(entry.delegation)}
              {label(entry.paragraphId) ? <span className="screen-muted"> · {label(entry.paragraphId)}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="screen-muted">{t('noOneWaiting')}</p>
      )}
    </aside>
  );
}
