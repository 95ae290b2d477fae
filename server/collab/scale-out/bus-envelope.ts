import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AccessFilter } from '../collab-types';
import type { DraftEvent, MeetingEvent } from './room-bus';

/**
 * The bytes of one bus message: the sending instance's id (so that it can ignore its own), the
 * event kind, then the payload. Binary, so that Yjs updates travel without base64.
 */
export interface Envelope<Event> {
  sender: string;
  event: Event;
}

const WITH_BYTES = new Set(['update', 'awareness', 'notice']);
const WITHOUT_PAYLOAD = new Set(['presenceQuery', 'resync']);

export function encodeDraftEnvelope(sender: string, event: DraftEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, sender);
  encoding.writeVarString(encoder, event.kind);
  if (event.kind === 'update' || event.kind === 'awareness') encoding.writeVarUint8Array(encoder, event.update);
  if (event.kind === 'update') encoding.writeVarString(encoder, event.writer);
  if (event.kind === 'notice') encoding.writeVarUint8Array(encoder, event.message);
  return encoding.toUint8Array(encoder);
}

/** Null for anything that is not a draft envelope (e.g. a newer instance's event kind). */
export function decodeDraftEnvelope(bytes: Uint8Array): Envelope<DraftEvent> | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const sender = decoding.readVarString(decoder);
    const kind = decoding.readVarString(decoder);
    if (WITHOUT_PAYLOAD.has(kind)) return { sender, event: { kind } as DraftEvent };
    if (!WITH_BYTES.has(kind)) return null;
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === 'notice') return { sender, event: { kind, message: payload } };
    if (kind === 'update') return { sender, event: { kind, update: payload, writer: decoding.readVarString(decoder) } };
    return { sender, event: { kind: 'awareness', update: payload } };
  } catch {
    return null;
  }
}

/**
 * What travels on the meeting channel: the events owners hear, plus the bus's own heartbeat
 * (`alive`) and goodbye (`leaving`), which tell instances which others are still there.
 */
export type MeetingWire = MeetingEvent | { kind: 'alive' } | { kind: 'leaving' };

export function encodeMeetingEnvelope(sender: string, event: MeetingWire): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, sender);
  encoding.writeVarString(encoder, event.kind);
  if (event.kind === 'refreshAccess') encoding.writeVarString(encoder, JSON.stringify(event.filter));
  if (event.kind === 'refusal') encoding.writeVarString(encoder, JSON.stringify({ draftId: event.draftId, userId: event.userId }));
  return encoding.toUint8Array(encoder);
}

export function decodeMeetingEnvelope(bytes: Uint8Array): Envelope<MeetingWire> | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const sender = decoding.readVarString(decoder);
    const kind = decoding.readVarString(decoder);
    if (kind === 'alive' || kind === 'leaving') return { sender, event: { kind } };
    if (kind === 'refusal') {
      const refusal = readRefusal(JSON.parse(decoding.readVarString(decoder)));
      return refusal ? { sender, event: { kind, ...refusal } } : null;
    }
    if (kind !== 'refreshAccess') return null;
    const filter = readFilter(JSON.parse(decoding.readVarString(decoder)));
    return filter ? { sender, event: { kind, filter } } : null;
  } catch {
    return null;
  }
}

function readRefusal(value: unknown): { draftId: string; userId: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { draftId, userId } = value as Record<string, unknown>;
  return typeof draftId === 'string' && typeof userId === 'string' ? { draftId, userId } : null;
}

function readFilter(value: unknown): AccessFilter | null {
  if (typeof value !== 'object' || value === null) return null;
  const { userId, meetingId } = value as Record<string, unknown>;
  const filter: AccessFilter = {};
  if (typeof userId === 'string') filter.userId = userId;
  if (typeof meetingId === 'string') filter.meetingId = meetingId;
  return filter;
}
