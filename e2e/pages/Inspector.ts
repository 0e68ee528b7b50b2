import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector: selection details and actions, explanation, matrix, and the allow dialog. */
export class Inspector {
  readonly root: Locator;
  readonly explainPanel: Locator;
  readonly matrixPanel: Locator;
  readonly allowDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('inspector');
    this.explainPanel = page.getByTestId('explain-panel');
    this.matrixPanel = page.getByTestId('matrix-panel');
    this.allowDialog = page.getByTestId('allow-dialog');
  }

  async openTab(tab: 'selection' | 'explain' | 'matrix' | 'problems' | 'lints'): Promise<void> {
    await this.root.getByTestId(`inspector-tab-${tab}`).click();
  }

  matrixCell(from: string, to: string): Locator {
    return this.matrixPanel.locator(`[data-testid="matrix-cell"][data-from="${from}"][data-to="${to}"]`);
  }

  /** Replaces the selected pod's or namespace's labels (key=value lines). */
  async setLabels(labels: Record<string, string>): Promise<void> {
    await this.openTab('selection');
    await this.root.getByTestId('edit-labels').click();
    await this.root
      .getByTestId('labels-input')
      .fill(Object.entries(labels).map(([k, v]) => `${k}=${v}`).join('\n'));
    await this.root.getByTestId('labels-save').click();
  }

  async addDefaultDeny(direction: 'ingress' | 'egress' | 'both'): Promise<void> {
    await this.openTab('selection');
    await this.root.getByTestId(`add-default-deny-${direction}`).click();
  }

  async deletePolicy(namespacedName: string): Promise<void> {
    await this.openTab('selection');
    await this.root.locator(`[data-policy="${namespacedName}"]`).getByTestId('delete-policy').click();
  }

  /** In the open allow dialog: the port, then create. */
  async createAllowPolicy(port: string, protocol: 'TCP' | 'UDP' | 'SCTP' = 'TCP'): Promise<void> {
    await expect(this.allowDialog).toBeVisible();
    await this.allowDialog.getByTestId('allow-dialog-protocol').selectOption(protocol);
    await this.allowDialog.getByTestId('allow-dialog-port').fill(port);
    await this.allowDialog.getByTestId('allow-dialog-create').click();
    await expect(this.allowDialog).toBeHidden();
  }
}
