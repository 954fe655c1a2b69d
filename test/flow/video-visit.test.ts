import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextVideoChange, videoJoin } from '../../src/flow/video-visit.js';

const minute = 60_000;
const visit = {
  status: 'booked' as const,
  start: '2026-11-26T10:00:00+01:00',
  end: '2026-11-26T10:30:00+01:00',
  mode: 'video' as const,
  videoUrl: 'https://video.example/visit/1',
};
const start = Date.parse(visit.start);

describe('joining a video visit', () => {
  it('is not open until 10 minutes before the start, and says when it opens', () => {
    assert.deepEqual(videoJoin(visit, start - 10 * minute - 1), { state: 'not-open', url: visit.videoUrl, opensAt: '2026-11-26T08:50:00.000Z' });
  });

  it('is open from 10 minutes before the start until the end', () => {
    assert.equal(videoJoin(visit, start - 10 * minute)?.state, 'open');
    assert.equal(videoJoin(visit, start + 29 * minute)?.state, 'open');
  });

  it('is over at the end', () => {
    assert.deepEqual(videoJoin(visit, start + 30 * minute), { state: 'over' });
  });

  it('is not offered for a visit in person, by phone, cancelled or without a room', () => {
    assert.equal(videoJoin({ ...visit, mode: 'phone' }, start), undefined);
    assert.equal(videoJoin({ ...visit, mode: undefined }, start), undefined);
    assert.equal(videoJoin({ ...visit, status: 'cancelled' }, start), undefined);
    assert.equal(videoJoin({ ...visit, videoUrl: undefined }, start), undefined);
  });
});

describe('the next change', () => {
  it('is the opening, then the end, then none', () => {
    assert.equal(nextVideoChange(visit, start - 60 * minute), start - 10 * minute);
    assert.equal(nextVideoChange(visit, start), start + 30 * minute);
    assert.equal(nextVideoChange(visit, start + 30 * minute), undefined);
  });
});
