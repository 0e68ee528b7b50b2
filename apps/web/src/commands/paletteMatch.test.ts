import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { matchScore, rankActions } from './paletteMatch';
import { matchesKeys } from './keys';

const action = (id: string, label: string, keywords?: string): Action => ({
  id,
  label,
  section: 'Graph',
  keywords,
  run: () => {},
});
const ACTIONS = [
  action('yaml', 'Show or hide the YAML pane'),
  action('export', 'Download all manifests', 'export save'),
  action('allow', 'Allow traffic…', 'policy edge'),
  action('deny', 'Add default-deny to the selected namespace'),
];

describe('rankActions', () => {
  it('puts a label prefix first, then word starts, then keywords, then letters in order', () => {
    expect(rankActions(ACTIONS, 'allow').map((a) => a.id)).toEqual(['allow']);
    // A word start ("default-deny") beats the same letters inside a word ("hide").
    expect(rankActions(ACTIONS, 'de').map((a) => a.id)).toEqual(['deny', 'yaml', 'export']);
    expect(rankActions(ACTIONS, 'save').map((a) => a.id)).toEqual(['export']);
    expect(rankActions(ACTIONS, 'altr').map((a) => a.id)).toEqual(['allow']);
    expect(matchScore(ACTIONS[0]!, 'zzz')).toBeNull();
  });

  it('keeps registration order for an empty query', () => {
    expect(rankActions(ACTIONS, '').map((a) => a.id)).toEqual(['yaml', 'export', 'allow', 'deny']);
  });
});

describe('matchesKeys', () => {
  // The fields matchesKeys reads (tests run in Node, without DOM events).
  const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
    ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;
  it('matches exact chords only', () => {
    expect(matchesKeys(press('k', { ctrlKey: true }), ['Mod', 'K'])).toBe(true);
    expect(matchesKeys(press('k', { metaKey: true }), ['Mod', 'K'])).toBe(true);
    expect(matchesKeys(press('k'), ['Mod', 'K'])).toBe(false);
    expect(matchesKeys(press('Z', { ctrlKey: true, shiftKey: true }), ['Mod', 'Z'])).toBe(false);
    expect(matchesKeys(press('Z', { ctrlKey: true, shiftKey: true }), ['Mod', 'Shift', 'Z'])).toBe(true);
  });
  it('reads a symbol by its character, whatever Shift it took', () => {
    expect(matchesKeys(press('?', { shiftKey: true }), ['?'])).toBe(true);
    expect(matchesKeys(press('/', { shiftKey: true }), ['?'])).toBe(false);
  });
});
