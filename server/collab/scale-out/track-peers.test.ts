import { describe, expect, it } from 'vitest';
import { trackPeers } from './track-peers';

describe('trackPeers', () => {
  it('reports a peer lost once it has been silent too long, and only once', () => {
    let now = 0;
    const peers = trackPeers({ lostAfterMs: 300, now: () => now });
    const lost: string[] = [];
    peers.onLost((id) => lost.push(id));
    peers.heard('a');
    peers.heard('b');
    now = 200;
    peers.heard('b');
    peers.sweep();
    expect(lost).toEqual([]);
    now = 400;
    peers.sweep();
    peers.sweep();
    expect(lost).toEqual(['a']);
  });

  it('reports a peer that says it is leaving at once', () => {
    const peers = trackPeers({ lostAfterMs: 300, now: () => 0 });
    const lost: string[] = [];
    peers.onLost((id) => lost.push(id));
    peers.heard('a');
    peers.left('a');
    peers.left('a');
    expect(lost).toEqual(['a']);
  });

  it('reports nobody after forgetting everyone, as after its own outage', () => {
    let now = 0;
    const peers = trackPeers({ lostAfterMs: 300, now: () => now });
    const lost: string[] = [];
    peers.onLost((id) => lost.push(id));
    peers.heard('a');
    peers.forgetAll();
    now = 10_000;
    peers.sweep();
    peers.left('a');
    expect(lost).toEqual([]);
  });
});
