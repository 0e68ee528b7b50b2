import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { YamlEditor } from './YamlEditor';

/** The whole app: header actions, dialogs and notices, and the YAML pane. */
export class AppPage {
  readonly editor: YamlEditor;
  readonly examplesMenu: Locator;
  readonly exportButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly replaceDialog: Locator;

  constructor(readonly page: Page) {
    this.editor = new YamlEditor(page);
    this.examplesMenu = page.getByTestId('examples-menu');
    this.exportButton = page.getByTestId('export-button');
    this.undoButton = page.getByTestId('undo-button');
    this.redoButton = page.getByTestId('redo-button');
    this.replaceDialog = page.getByTestId('replace-dialog');
  }

  /** Opens the app on a clean browser profile (the first-visit example loads). */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('graph-canvas')).toBeVisible();
    await this.editor.ready();
    await expect.poll(() => this.editor.text()).toContain('kind:');
  }

  /** Picks an example by its title; confirms the replace dialog when `confirm` says so. */
  async openExample(title: string, confirm?: 'replace' | 'cancel'): Promise<void> {
    await this.examplesMenu.click();
    await this.page.getByRole('menuitem', { name: title, exact: true }).click();
    if (confirm) {
      await expect(this.replaceDialog).toBeVisible();
      await this.replaceDialog
        .getByRole('button', { name: confirm === 'replace' ? 'Replace' : 'Cancel' })
        .click();
      await expect(this.replaceDialog).toBeHidden();
    }
  }

  /** Chooses an Export menu entry that downloads, and returns the download's text. */
  async exportDownload(entry: RegExp | string): Promise<{ name: string; text: string }> {
    await this.exportButton.click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: entry }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }

  notice(id: string): Locator {
    return this.page.locator(`[data-testid="notice"][data-notice="${id}"]`);
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
