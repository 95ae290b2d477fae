import type { ParagraphKind, ParagraphStatus } from '@/lib/negotiation/schema';
import type { Segment } from '@/lib/negotiation/segments';

/** A paragraph as a read-only page shows it: label, status and its text grouped into segments. */
export interface ParagraphText {
  id: string;
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  segments: Segment[];
  /** Delegation proposing the paragraph as new, while that is pending. */
  proposedBy: string | null;
  /** Delegation proposing to delete the whole paragraph, while that is pending. */
  deletionProposedBy: string | null;
}
