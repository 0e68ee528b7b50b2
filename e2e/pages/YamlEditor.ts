import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The YAML pane: the Monaco editor and the diagnostics list under it. Text goes in through
 * the clipboard (as a person pastes) or the model; typing is kept to short single lines,
 * because Monaco's auto-indent and auto-close rewrite typed multi-line input.
 */
export class YamlEditor {
  readonly pane: Locator;
  readonly monaco: Locator;
  readonly diagnostics: Locator;

  constructor(private readonly page: Page) {
    this.pane = page.getByTestId('yaml-editor');
    this.monaco = this.pane.locator('.monaco-editor').first();
    this.diagnostics = page.getByTestId('diagnostics-list');
  }

  /** Waits until Monaco has mounted (it is loaded lazily after the first paint). */
  async ready(): Promise<void> {
    await expect(this.monaco).toBeVisible({ timeout: 20_000 });
  }

  /** The workspace text as the store holds it (after pending typing is flushed). */
  async text(): Promise<string> {
    return this.page.evaluate(() => window.__netpol?.getText() ?? '');
  }

  /** The editor model's text. */
  async modelText(): Promise<string> {
    return this.page.evaluate(() => window.__netpol?.editor?.value() ?? '');
  }

  /** Focuses the editor and puts the cursor at its very start. */
  async focus(): Promise<void> {
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
  }

  /** Replaces the whole text by pasting through the clipboard (needs clipboard permissions). */
  async paste(text: string): Promise<void> {
    await this.focus();
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => this.text()).toBe(text);
  }

  /** The editor's 1-based cursor position. */
  async cursor(): Promise<{ line: number; column: number }> {
    return this.page.evaluate(() => window.__netpol?.editor?.cursor() ?? { line: 0, column: 0 });
  }

  /** Every marker (squiggle) on the model; owner 'netpol-engine' or monaco-yaml's. */
  async markers(): Promise<
    Array<{ line: number; column: number; message: string; owner: string }>
  > {
    return this.page.evaluate(() => window.__netpol?.editor?.markers() ?? []);
  }

  /** The diagnostics list's entries. */
  entries(): Locator {
    return this.diagnostics.getByTestId('diagnostic');
  }
}
