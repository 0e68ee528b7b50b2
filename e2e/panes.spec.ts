import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// Both side panes fold to a rail that gives the graph the room, and open again from it.
test('the inspector and the YAML pane fold to rails and open again', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const graph = page.getByTestId('graph-canvas');
  const width = async () => (await graph.boundingBox())?.width ?? 0;
  const start = await width();

  await page.getByTestId('inspector-collapse').click();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeHidden();
  await expect.poll(width).toBeGreaterThan(start + 150);
  const withoutInspector = await width();

  await page.getByTestId('yaml-collapse').click();
  await expect(page.getByTestId('yaml-expand')).toBeVisible();
  await expect.poll(width).toBeGreaterThan(withoutInspector + 150);

  await page.getByTestId('inspector-expand').click();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeVisible();
  await page.getByTestId('yaml-expand').click();
  await expect(app.editor.monaco).toBeVisible();
  await expect.poll(width).toBeLessThan(start + 5);
});
