import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, STORAGE_KEY, type SavedWorkspace, type StorageLike } from './persistence';
import {
  INLINE_LIMIT,
  TEXT_KEY,
  loadWorkspace,
  saveInline,
  saveToIndexedDb,
  type TextStore,
} from './workspaceStore';
import { PAUSED_PREFIX, dropPausedEdit, findPausedEdits, keepPausedEdit } from './pausedEdits';

/** localStorage with a quota counted in characters, as browsers count it. */
export class QuotaStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = 5_000_000) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

class MemoryTexts implements TextStore {
  readonly items = new Map<string, unknown>();
  failing = false;
  async get(key: string) {
    return this.items.get(key);
  }
  async set(key: string, value: unknown) {
    if (this.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  async del(key: string) {
    this.items.delete(key);
  }
}

const workspace = (text: string, savedAt = 1): SavedWorkspace => ({
  version: CURRENT_VERSION,
  text,
  edited: true,
  savedAt,
  tabId: 'tab-1',
  view: { 'graph.portFilter': '80' },
});

const big = (chars: number) => `# ${'x'.repeat(chars)}\n`;

describe('workspace store', () => {
  it('keeps a small text inside localStorage', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    expect(saveInline(storage, workspace('kind: Namespace\n'))).toBe(true);
    expect(texts.items.size).toBe(0);
    expect(await loadWorkspace(storage, texts, 0)).toEqual({
      kind: 'ok',
      workspace: workspace('kind: Namespace\n'),
    });
  });

  it('keeps a 12 MB text in IndexedDB and only its index in localStorage', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    const text = big(12_000_000);
    expect(saveInline(storage, workspace(text))).toBe(false);
    expect(await saveToIndexedDb(storage, texts, workspace(text))).toBeNull();
    expect((storage.getItem(STORAGE_KEY) ?? '').length).toBeLessThan(1000);
    const read = await loadWorkspace(storage, texts, 0);
    expect(read.kind === 'ok' && read.workspace.text === text).toBe(true);
    expect(read.kind === 'ok' && read.workspace.view).toEqual({ 'graph.portFilter': '80' });
  });

  it('sends a text just over the inline limit to IndexedDB', () => {
    expect(saveInline(new QuotaStorage(), workspace(big(INLINE_LIMIT)))).toBe(false);
  });

  it('reports the reason when IndexedDB refuses, and keeps the last good save', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    await saveToIndexedDb(storage, texts, workspace(big(INLINE_LIMIT + 1), 1));
    texts.failing = true;
    const error = await saveToIndexedDb(storage, texts, workspace(big(INLINE_LIMIT + 2), 2));
    expect(error).toMatch(/quota/);
    const read = await loadWorkspace(storage, texts, 0);
    expect(read.kind === 'ok' && read.workspace.text.length).toBe(INLINE_LIMIT + 4);
  });

  it('lets a later save win over an earlier one still being written', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    const first = saveToIndexedDb(storage, texts, workspace(big(INLINE_LIMIT + 1), 1), () => true);
    saveInline(storage, workspace('later\n', 2));
    await first;
    const read = await loadWorkspace(storage, texts, 0);
    expect(read.kind === 'ok' && read.workspace.text).toBe('later\n');
  });

  it('says the text is missing when the index points at nothing', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    await saveToIndexedDb(storage, texts, workspace(big(INLINE_LIMIT + 1), 5));
    texts.items.delete(TEXT_KEY);
    expect(await loadWorkspace(storage, texts, 0)).toMatchObject({
      kind: 'unreadable',
      textMissing: true,
    });
  });
});

describe('paused edits', () => {
  it('are kept synchronously in localStorage and found again after a reload', async () => {
    const storage = new QuotaStorage();
    const texts = new MemoryTexts();
    // Not awaited: the page may be gone before a promise settles.
    void keepPausedEdit(storage, texts, 'tab-9', '# mine\n', 7);
    expect(storage.getItem(`${PAUSED_PREFIX}tab-9`)).toContain('# mine');
    expect(await findPausedEdits(storage, texts)).toEqual([
      { key: `${PAUSED_PREFIX}tab-9`, savedAt: 7, text: '# mine\n' },
    ]);
    await dropPausedEdit(storage, texts, `${PAUSED_PREFIX}tab-9`);
    expect(await findPausedEdits(storage, texts)).toEqual([]);
  });

  it('go to IndexedDB when localStorage is full', async () => {
    const storage = new QuotaStorage(1000);
    const texts = new MemoryTexts();
    expect(await keepPausedEdit(storage, texts, 'tab-9', big(5000), 7)).toBe(true);
    const [edit] = await findPausedEdits(storage, texts);
    expect(edit?.text).toBe(big(5000));
  });
});
