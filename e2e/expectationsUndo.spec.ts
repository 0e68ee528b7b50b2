// The expectations document shares the workspace's one undo history: Ctrl+Z in the
// expectations tab undoes the typing there, redo brings it back, and a YAML edit followed
// by an expectations edit is undone in that order.
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('expectations: typing in their tab is undone and redone with the workspace history', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  // A YAML edit first: pasted in the workspace tab.
  const before = await app.editor.text();
  const edited = `${before}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: undo-probe}\n`;
  await app.editor.paste(edited);

  await page.getByTestId('yaml-tab-expectations').click();
  const editor = page.getByTestId('expectations-editor');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# probe-note');
  await expect(editor).toContainText('probe-note');

  // Undo: the expectations typing goes, the YAML edit stays.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).not.toContainText('probe-note');
  await expect.poll(() => app.editor.text()).toBe(edited);
  // Redo brings the typing back.
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(editor).toContainText('probe-note');

  // Two undos: the expectations typing, then the YAML edit.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).not.toContainText('probe-note');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editor.text()).toBe(before);
  await expect(editor).not.toContainText('probe-note');
});
