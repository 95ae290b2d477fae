import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRun } from '@/lib/negotiation/draft-doc';
import { setPositions } from '@/lib/negotiation/proposal-spots';
import { renderParagraphSegments } from '@/lib/negotiation/segments';
import { isProposalMarkAttrs, suggestionMarkTypes } from './suggestion-marks';

/**
 * Competing proposals at one spot read "alt 1: … alt 2: …" in the editor too, numbered as the
 * proposal list and the rendered text number them (lib/negotiation/proposal-spots.ts), so the
 * chair's "Keep alt 2" points at words the room can see.
 */

/** The paragraph as stored runs (mark keys as lib/negotiation/marks.ts reads them). */
export function runsOfDoc(doc: PMNode): TextRun[] {
  const runs: TextRun[] = [];
  doc.descendants((node) => {
    if (!node.isText) return true;
    const attributes: Record<string, unknown> = {};
    node.marks.forEach((mark, index) => {
      attributes[index === 0 ? mark.type.name : `${mark.type.name}--${String(index).padStart(8, '0')}`] = mark.attrs;
    });
    runs.push({ insert: node.text ?? '', attributes });
    return false;
  });
  return runs;
}

export interface AlternativeLabel {
  pos: number;
  label: string;
}

/** Where each alternative's label goes: before its first inserted word (or its first struck word). */
export function alternativeLabelPositions(doc: PMNode): AlternativeLabel[] {
  const positions = setPositions(renderParagraphSegments(runsOfDoc(doc)));
  if (positions.size === 0) return [];
  const marks = suggestionMarkTypes(doc.type.schema);
  const firstInserted = new Map<string, number>();
  const firstStruck = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (!isProposalMarkAttrs(mark.attrs) || !positions.has(mark.attrs.proposal)) continue;
      const first = mark.type === marks.insertion ? firstInserted : mark.type === marks.deletion ? firstStruck : null;
      if (first && !first.has(mark.attrs.proposal)) first.set(mark.attrs.proposal, pos);
    }
    return false;
  });
  const labels: AlternativeLabel[] = [];
  for (const [proposal, place] of positions) {
    const pos = firstInserted.get(proposal) ?? firstStruck.get(proposal);
    if (pos !== undefined) labels.push({ pos, label: `alt ${place.alternative}: ` });
  }
  return labels.sort((a, b) => a.pos - b.pos || a.label.localeCompare(b.label));
}

function decorate(doc: PMNode): DecorationSet {
  const decorations = alternativeLabelPositions(doc).map(({ pos, label }, index) =>
    Decoration.widget(
      pos,
      () => {
        const element = document.createElement('span');
        element.className = 'proposal-alt-label';
        element.textContent = label;
        return element;
      },
      { side: 500 + index, marks: [], ignoreSelection: true, key: `${pos}:${label}` },
    ),
  );
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>('proposalSets');

export const ProposalSetLabels = Extension.create({
  name: 'proposalSetLabels',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
