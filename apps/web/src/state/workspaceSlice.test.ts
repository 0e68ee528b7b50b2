import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store';
import { onFlushPendingEdits } from './workspaceSlice';

const state = () => useAppStore.getState();

describe('workspace slice', () => {
  beforeEach(() => state().restoreWorkspace('start\n', false));

  it('starts a restored workspace with nothing to undo', () => {
    expect(state().history.past).toEqual([]);
    expect(state().edited).toBe(false);
  });

  it('records typing and commands in one history, and marks the workspace edited', () => {
    state().setText('start\ntyped\n', 'editor');
    state().setText('start\ntyped\ncommand\n', 'command');
    expect(state().edited).toBe(true);
    state().undo();
    expect(state().text).toBe('start\ntyped\n');
    expect(state().lastChange).toBe('undo');
    state().undo();
    expect(state().text).toBe('start\n');
    state().redo();
    expect(state().text).toBe('start\ntyped\n');
  });

  it('loading content is undoable and leaves the workspace unedited', () => {
    state().setText('mine\n', 'editor');
    state().loadWorkspace('example\n');
    expect(state().edited).toBe(false);
    state().undo();
    expect(state().text).toBe('mine\n');
  });

  it('writes pending typed text before an undo, so undo never skips it', () => {
    let pending: string | null = 'start\npending\n';
    const unregister = onFlushPendingEdits(() => {
      if (pending !== null) state().setText(pending, 'editor');
      pending = null;
    });
    state().setText('start\ncommand\n', 'command');
    state().undo();
    // The pending text was recorded after the command, so undo returns to the command's text.
    expect(state().text).toBe('start\ncommand\n');
    unregister();
  });

  it('shows typed text at once and records its undo step on flush', () => {
    let pending = false;
    const unregister = onFlushPendingEdits(() => {
      if (pending) state().setText(state().text, 'editor');
      pending = false;
    });
    state().showTypedText('start\ntyp');
    pending = true;
    expect(state().text).toBe('start\ntyp');
    expect(state().history.past).toEqual([]);
    state().undo();
    expect(state().text).toBe('start\n');
    state().redo();
    expect(state().text).toBe('start\ntyp');
    unregister();
  });

  it('reveal requests are distinct even for the same range', () => {
    const range = { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 };
    state().revealInEditor(range);
    const first = state().revealRequest;
    state().revealInEditor(range);
    expect(state().revealRequest?.seq).toBeGreaterThan(first?.seq ?? 0);
  });

  it('notices replace one with the same id and can be dismissed', () => {
    state().notify({ id: 'x', tone: 'info', text: 'one' });
    state().notify({ id: 'x', tone: 'info', text: 'two' });
    expect(
      state()
        .notices.filter((n) => n.id === 'x')
        .map((n) => n.text),
    ).toEqual(['two']);
    state().dismissNotice('x');
    expect(state().notices.some((n) => n.id === 'x')).toBe(false);
  });
});

describe('the expectations document in the workspace history', () => {
  beforeEach(() => {
    state().restoreExpectations('expectations: []\n');
    state().restoreWorkspace('start\n', false);
  });

  it('undo after typing expectations undoes that typing, and redo brings it back', () => {
    state().setExpectationsText('expectations: [a]\n');
    expect(state().edited).toBe(true);
    state().undo();
    expect(state().expectationsText).toBe('expectations: []\n');
    expect(state().text).toBe('start\n');
    state().redo();
    expect(state().expectationsText).toBe('expectations: [a]\n');
  });

  it('a YAML edit then an expectations edit: two undos undo both, in order', () => {
    state().setText('start\nyaml\n', 'editor');
    // Typed at once after the YAML: another document, so a step of its own.
    state().setExpectationsText('expectations: [a]\n');
    state().undo();
    expect(state().expectationsText).toBe('expectations: []\n');
    expect(state().text).toBe('start\nyaml\n');
    state().undo();
    expect(state().text).toBe('start\n');
    expect(state().expectationsText).toBe('expectations: []\n');
    state().redo();
    state().redo();
    expect(state().text).toBe('start\nyaml\n');
    expect(state().expectationsText).toBe('expectations: [a]\n');
  });

  it('restored expectations are no undo step, and loading YAML keeps them', () => {
    state().restoreExpectations('expectations: [saved]\n');
    expect(state().history.past).toEqual([]);
    state().loadWorkspace('example\n');
    state().undo();
    expect(state().text).toBe('start\n');
    expect(state().expectationsText).toBe('expectations: [saved]\n');
  });
});
