import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  parseSaved,
  readWorkspace,
  writeWorkspace,
  type SavedWorkspace,
  type StorageLike,
} from './persistence';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const saved: SavedWorkspace = {
  version: CURRENT_VERSION,
  text: 'kind: Namespace\n',
  edited: false,
  savedAt: 42,
  tabId: 'tab-1',
  view: { positions: { 'ns/a': { x: 1, y: 2 } } },
};

describe('persistence', () => {
  it('round-trips the current format', () => {
    const storage = new MemoryStorage();
    expect(writeWorkspace(storage, saved)).toBeNull();
    expect(readWorkspace(storage, 0)).toEqual({ kind: 'ok', workspace: saved });
  });

  it('migrates version 1 and treats its text as edited', () => {
    const result = parseSaved(JSON.stringify({ version: 1, text: 'a: 1' }));
    expect(result).toMatchObject({
      kind: 'ok',
      migratedFrom: 1,
      workspace: { version: CURRENT_VERSION, text: 'a: 1', edited: true, view: {} },
    });
  });

  it('migrates version 2, keeping every field', () => {
    const v2 = { version: 2, text: 'a: 1', edited: false, savedAt: 9, tabId: 't', view: { k: 1 } };
    expect(parseSaved(JSON.stringify(v2))).toEqual({
      kind: 'ok',
      migratedFrom: 2,
      workspace: { ...v2, version: CURRENT_VERSION },
    });
  });

  it('reads an index whose text is kept in IndexedDB', () => {
    const index = { version: 3, textStore: 'indexeddb', textLength: 5, savedAt: 9, tabId: 't' };
    expect(parseSaved(JSON.stringify(index))).toMatchObject({
      kind: 'external',
      index: { textStore: 'indexeddb', textLength: 5, savedAt: 9, tabId: 't' },
    });
  });

  it('reports an empty storage as empty', () => {
    expect(readWorkspace(new MemoryStorage(), 0)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['not JSON', '{"version": 2, "text": '],
    ['not an object', '[1,2]'],
    ['no text', '{"version": 2}'],
    ['a future version', '{"version": 99, "text": "x"}'],
  ])('sets aside unreadable data (%s) instead of dropping it', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const result = readWorkspace(storage, Date.UTC(2026, 0, 2));
    expect(result.kind).toBe('unreadable');
    expect(result.setAsideKey).toBe(`${SET_ASIDE_PREFIX}2026-01-02T00:00:00.000Z`);
    expect(storage.getItem(result.setAsideKey ?? '')).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('tolerates missing optional fields of the current format', () => {
    const result = parseSaved(JSON.stringify({ version: 2, text: 'x', view: 'nonsense' }));
    expect(result).toMatchObject({ kind: 'ok', workspace: { edited: true, view: {}, tabId: '' } });
  });

  it('returns a message instead of throwing when storage refuses a write', () => {
    const full: StorageLike = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeWorkspace(full, saved)).toMatch(/Quota/);
  });
});
