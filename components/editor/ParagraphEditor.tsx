'use client';

import { useEffect, useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { type CaretPeer, caretIdentity, renderCaret } from './caret-identity';
import { type DelegationLabels, type DelegationList, toDelegationLabels } from './delegation-label';
import { type EditorMode, isEditableMode, ProposalMode, setEditorMode } from './proposal-mode';
import type { ProposalActor } from './rewrite-proposal';
import { ProposalSetLabels } from './proposal-sets';
import { paragraphSchemaExtensions } from './schema-extensions';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';

export interface CaretUser {
  name: string;
  /** Must be `#rrggbb`: the caret extension ignores any other colour format. */
  color: string;
  /**
   * The delegation this person sits for ('CHAIR' for the chair). When given, the colour sent to
   * others (presence dots) is the delegation's palette colour, overriding `color`.
   */
  delegationId?: string;
}

export interface ParagraphEditorProps {
  /** The paragraph's `text` fragment in the draft's Y.Doc. */
  fragment: Y.XmlFragment;
  /** The draft's WebsocketProvider (only its awareness is used; it is shared by all paragraphs). */
  provider: { awareness: Awareness };
  user: CaretUser;
  mode: EditorMode;
  /** Required in proposal mode: the delegation (or 'CHAIR') and the user id typing. */
  proposalActor?: ProposalActor;
  /** Labels for attribution; read when text is rendered, so pass them before the first render. */
  delegations: DelegationLabels | DelegationList;
  /** Called with the selected text whenever the selection changes ('' when collapsed). */
  onSelectionText?: (text: string) => void;
  /** Receives the editor once created (null when destroyed), e.g. for a bracket toolbar. */
  onEditor?: (editor: Editor | null) => void;
  ariaLabel: string;
  className?: string;
  /**
   * False for people who never type (observers, viewers): they send no caret, so the room's
   * carets are only of those who can write. Defaults to true.
   */
  shareCaret?: boolean;
  /** The draft's original language: sets the paragraph's direction (Arabic runs right to left). */
  language?: string;
}

/**
 * Undo is switched off: a Yjs undo after the chair's decision would delete accepted text, and
 * the browser's own contenteditable undo would scramble the Yjs binding. Collaboration always
 * installs the undo plugin, so only its shortcuts can be taken away; returning true swallows them.
 */
const CollaborationWithoutUndo = Collaboration.extend({
  addKeyboardShortcuts() {
    return { 'Mod-z': () => true, 'Mod-y': () => true, 'Shift-Mod-z': () => true };
  },
});

function editorAttributes(ariaLabel: string, className: string | undefined, language: string | undefined): Record<string, string> {
  return {
    ...paragraphTextAttributes(language),
    role: 'textbox',
    'aria-multiline': 'false',
    'aria-label': ariaLabel,
    class: ['concord-paragraph', className].filter(Boolean).join(' '),
  };
}

/** One draft paragraph, bound to its Yjs fragment, with proposal, clean or read-only editing. */
export function ParagraphEditor(props: ParagraphEditorProps) {
  const editor = useParagraphEditor(props);
  return <EditorContent editor={editor} className="concord-paragraph-host" data-mode={props.mode} />;
}

/** The editor behind ParagraphEditor, for callers that render EditorContent themselves. */
export function useParagraphEditor(props: ParagraphEditorProps): Editor | null {
  const { fragment, provider, user, mode, proposalActor, delegations, ariaLabel, className, language } = props;
  const shareCaret = props.shareCaret ?? true;
  const labels = useMemo(() => toDelegationLabels(delegations), [delegations]);
  const delegationsRef = useRef(labels);
  const onSelectionTextRef = useRef(props.onSelectionText);
  const onEditorRef = useRef(props.onEditor);
  useEffect(() => {
    delegationsRef.current = labels;
    onSelectionTextRef.current = props.onSelectionText;
    onEditorRef.current = props.onEditor;
  });

  const actor = mode === 'proposal' ? (proposalActor ?? null) : null;
  // Recreated only when the paragraph or connection changes; mode, user and labels are updated
  // in place below so the Yjs binding and the caret survive.
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: isEditableMode({ mode, actor }),
      extensions: [
        ...paragraphSchemaExtensions((id) => delegationsRef.current.get(id)),
        ProposalMode.configure({ mode, actor }),
        ProposalSetLabels,
        CollaborationWithoutUndo.configure({ fragment }),
        ...(shareCaret
          ? [
              CollaborationCaret.configure({
                provider,
                user: { name: user.name, color: caretIdentity(user, (id) => delegationsRef.current.get(id)).color },
                render: (peer: CaretPeer) => renderCaret(peer, (id) => delegationsRef.current.get(id)),
              }),
            ]
          : []),
      ],
      editorProps: { attributes: editorAttributes(ariaLabel, className, language) },
    },
    [fragment, provider, shareCaret],
  );

  const actorDelegation = actor?.delegation;
  const actorAuthor = actor?.author;
  useEffect(() => {
    if (!editor) return;
    const current = actorDelegation !== undefined && actorAuthor !== undefined ? { delegation: actorDelegation, author: actorAuthor } : null;
    setEditorMode(editor, mode, current);
  }, [editor, mode, actorDelegation, actorAuthor]);

  const userName = user.name;
  const userColor = caretIdentity(user, (id) => labels.get(id)).color;
  useEffect(() => {
    if (editor && shareCaret) editor.commands.updateUser({ name: userName, color: userColor });
  }, [editor, userName, userColor, shareCaret]);

  useEffect(() => {
    if (editor) editor.setOptions({ editorProps: { attributes: editorAttributes(ariaLabel, className, language) } });
  }, [editor, ariaLabel, className, language]);

  useEffect(() => {
    if (!editor) return;
    onEditorRef.current?.(editor);
    const reportSelection = () => {
      const { from, to } = editor.state.selection;
      onSelectionTextRef.current?.(editor.state.doc.textBetween(from, to, ' '));
    };
    editor.on('selectionUpdate', reportSelection);
    return () => {
      editor.off('selectionUpdate', reportSelection);
      onEditorRef.current?.(null);
    };
  }, [editor]);

  return editor;
}
