import { expect, test } from './fixtures';

test('the app shell loads offline with its graph and YAML panes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Netpol Canvas').first()).toBeVisible();
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  await expect(page.getByTestId('yaml-editor')).toBeVisible();
  await page.waitForLoadState('networkidle');
});
