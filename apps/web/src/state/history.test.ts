import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, TYPING_BURST_MS, createHistory, recordChange, redo, undo } from './history';

describe('history', () => {
  it('merges a typing burst into one undo step', () => {
    let h = createHistory('a');
    h = recordChange(h, 'ab', 'editor', 0);
    h = recordChange(h, 'abc', 'editor', 100);
    h = recordChange(h, 'abcd', 'editor', 100 + TYPING_BURST_MS - 1);
    expect(h.past).toEqual(['a']);
    expect(undo(h).present).toBe('a');
  });

  it('starts a new step after a pause in typing', () => {
    let h = createHistory('a');
    h = recordChange(h, 'ab', 'editor', 0);
    h = recordChange(h, 'abc', 'editor', TYPING_BURST_MS + 1);
    expect(h.past).toEqual(['a', 'ab']);
  });

  it('never merges a command with typing, before or after', () => {
    let h = createHistory('a');
    h = recordChange(h, 'ab', 'editor', 0);
    h = recordChange(h, 'ab+cmd', 'command', 10);
    h = recordChange(h, 'ab+cmdx', 'editor', 20);
    expect(h.past).toEqual(['a', 'ab', 'ab+cmd']);
    h = undo(h);
    expect(h.present).toBe('ab+cmd');
    h = undo(h);
    expect(h.present).toBe('ab');
  });

  it('undoes and redoes across typed and commanded changes', () => {
    let h = createHistory('one');
    h = recordChange(h, 'one two', 'editor', 0);
    h = recordChange(h, 'one two three', 'command', 5000);
    h = undo(undo(h));
    expect(h.present).toBe('one');
    h = redo(h);
    expect(h.present).toBe('one two');
    h = redo(h);
    expect(h.present).toBe('one two three');
    expect(redo(h)).toBe(h);
  });

  it('clears redo on a new change and ignores no-op changes', () => {
    let h = createHistory('a');
    h = recordChange(h, 'b', 'command', 0);
    h = undo(h);
    expect(h.future).toEqual(['b']);
    expect(recordChange(h, 'a', 'command', 1)).toBe(h);
    h = recordChange(h, 'c', 'command', 2);
    expect(h.future).toEqual([]);
  });

  it('typing right after an undo starts a new step', () => {
    let h = createHistory('a');
    h = recordChange(h, 'ab', 'editor', 0);
    h = recordChange(h, 'ab!', 'command', 10);
    h = undo(h);
    h = recordChange(h, 'abc', 'editor', 20);
    expect(h.past).toEqual(['a', 'ab']);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory('0');
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = recordChange(h, String(i), 'command', i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe('10');
  });

  it('does nothing when there is nothing to undo', () => {
    const h = createHistory('a');
    expect(undo(h)).toBe(h);
  });
});

describe('history over two documents', () => {
  it('never merges typing in one document with typing in the other', () => {
    let h = createHistory('a');
    h = recordChange(h, 'ab', 'editor', 0, 'workspace');
    h = recordChange(h, 'abc', 'editor', 10, 'expectations');
    h = recordChange(h, 'abcd', 'editor', 20, 'expectations');
    expect(h.past).toEqual(['a', 'ab']);
    expect(h.present).toBe('abcd');
  });
});
