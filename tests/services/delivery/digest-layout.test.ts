import { describe, expect, it } from 'vitest';
import {
  splitForThread,
  storyNotes,
  storyWithoutNotes,
  threadName,
} from '../../../src/services/delivery/digest-layout.js';

const item = {
  title: 'Harbour bridge',
  url: 'https://news.example/1',
  outlet: 'Harbour Times',
  digest: ['The council voted 7 to 2.'],
  noteCounts: { 'loaded-language': 2, sourcing: 0 },
  coverage: [{ outlet: 'Coast Post', url: 'https://coast.example/1' }, { outlet: 'Radio 4' }],
  framingNote: 'The outlets differ on the cost.',
};

describe('digest layout for threads', () => {
  it("names each slot's thread in the schedule's own time zone", () => {
    const slot = Date.UTC(2026, 11, 1, 7);
    expect(threadName('Digest', slot, 'Europe/Berlin')).toBe('Digest · Tue 1 Dec, 08:00');
    expect(threadName('Digest', slot, 'UTC')).toBe('Digest · Tue 1 Dec, 07:00');
    expect(threadName('x'.repeat(120), slot, 'UTC')).toHaveLength(100);
    // Flags are two code points each: a plain cut at 99 would leave half of one.
    const flags = threadName('🇫🇷'.repeat(60), slot, 'UTC');
    expect(flags.length).toBeLessThanOrEqual(100);
    expect(flags).toMatch(/^(🇫🇷)+… · Tue 1 Dec, 07:00$/u);
  });

  it('keeps the title and footer in the header and counts the stories', () => {
    const digest = { title: 'Digest', items: [item, item], footer: 'f' };
    const { header, stories } = splitForThread(digest, 'in-thread');
    expect(header).toEqual({ title: 'Digest', body: ['2 stories in the thread.'], footer: 'f' });
    expect(stories).toHaveLength(2);
    const slack = splitForThread({ items: [item] }, 'below').header;
    expect(slack).toEqual({ body: ['1 story below, notes in their threads.'] });
  });

  it("moves a story's notes, other outlets and framing line into a reply of their own", () => {
    expect(storyWithoutNotes(item)).toEqual({
      title: item.title,
      url: item.url,
      outlet: item.outlet,
      digest: item.digest,
      noteCounts: {},
    });
    expect(storyNotes(item)?.body).toEqual([
      'Notes: Loaded language 2',
      [
        'Also covered by ',
        { link: 'https://coast.example/1', label: 'Coast Post' },
        ', ',
        'Radio 4',
      ],
      'The outlets differ on the cost.',
    ]);
    expect(
      storyNotes({ ...item, noteCounts: {}, coverage: [], framingNote: undefined }),
    ).toBeNull();
  });
});
