import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentDocuments } from '../src/stages/plans/recent-documents.ts';

describe('RecentDocuments', () => {
  it('finds a kept value by its text, including one asked for before the last', () => {
    const recent = new RecentDocuments<{ text: string; n: number }>(3);
    recent.add({ text: 'a', n: 1 });
    recent.add({ text: 'b', n: 2 });
    assert.equal(recent.get('a')?.n, 1);
    assert.equal(recent.get('b')?.n, 2);
    assert.equal(recent.get('c'), undefined);
  });

  it('forgets the oldest value beyond its capacity, and only that one', () => {
    const recent = new RecentDocuments<{ text: string }>(2);
    for (const text of ['a', 'b', 'c']) recent.add({ text });
    assert.equal(recent.get('a'), undefined);
    assert.ok(recent.get('b'));
    assert.ok(recent.get('c'));
  });

  it('compares texts by content, not identity', () => {
    const recent = new RecentDocuments<{ text: string }>(2);
    recent.add({ text: ['Minister', 'met'].join(' ') });
    assert.ok(recent.get('Minister met'));
  });
});
