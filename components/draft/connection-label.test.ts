import { describe, expect, it } from 'vitest';
import { connectionLabel } from './connection-label';

describe('connection label', () => {
  it('says that saving is paused, connected or reconnecting, until the server resumes it', () => {
    expect(connectionLabel('connected', false)).toEqual({ text: 'Live', tone: 'connected' });
    expect(connectionLabel('connected', true)).toEqual({ text: 'Saving paused', tone: 'paused' });
    expect(connectionLabel('disconnected', true)).toEqual({ text: 'Saving paused — reconnecting…', tone: 'paused' });
    expect(connectionLabel('connecting', true)).toEqual({ text: 'Saving paused — reconnecting…', tone: 'paused' });
    expect(connectionLabel('closed', true)).toEqual({ text: 'Disconnected', tone: 'closed' });
  });
});
