import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

interface Recipe {
  readonly id: string;
  readonly title: string;
  readonly intent: string;
  readonly file: string;
  readonly expect: readonly unknown[];
}

const RECIPES = new URL('../public/recipes/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', RECIPES), 'utf8')) as Recipe[];

test('the gallery lists every recipe with its title, intent and description', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('gallery-button').click();
  const dialog = page.getByTestId('gallery-dialog');
  await expect(dialog).toBeVisible();
  const cards = dialog.getByTestId('gallery-card');
  await expect(cards).toHaveCount(index.length);
  for (const recipe of index) {
    const card = dialog.locator(`[data-recipe="${recipe.id}"]`);
    await expect(card).toContainText(recipe.title);
    await expect(card).toContainText(recipe.intent);
  }
  // Markdown inline code in descriptions is shown as code, never parsed as HTML.
  expect(await dialog.locator('code').count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'screenshots/gallery.png' });
});

for (const recipe of index) {
  test(`recipe ${recipe.id}: opens and every promised verdict agrees with the analysis`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByTestId('gallery-button').click();
    await page
      .locator(`[data-testid="gallery-card"][data-recipe="${recipe.id}"]`)
      .getByTestId('gallery-open')
      .click();
    await expect(page.getByTestId('gallery-dialog')).toBeHidden();
    const text = readFileSync(new URL(recipe.file, RECIPES), 'utf8');
    await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(text);

    const panel = page.getByTestId('recipe-checks');
    await expect(panel).toHaveAttribute('data-recipe', recipe.id);
    await expect(panel.getByTestId('recipe-checks-summary')).toHaveText(
      `${recipe.expect.length} of ${recipe.expect.length} promised verdicts agree with the analysis`,
    );
    const checks = panel.getByTestId('recipe-check');
    await expect(checks).toHaveCount(recipe.expect.length);
    for (const check of await checks.all())
      await expect(check).toHaveAttribute('data-status', 'agrees');
    if (recipe.id === 'deny-from-other-namespaces')
      await page.screenshot({ path: 'screenshots/recipe-checks.png' });
  });
}

test('checks follow edits live, and opening over edited work asks first', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const recipe = index.find((r) => r.id === 'deny-all-to-app') as Recipe;
  await page.keyboard.press('Shift+R');
  await page.locator(`[data-recipe="${recipe.id}"]`).getByTestId('gallery-open').click();
  const summary = page.getByTestId('recipe-checks-summary');
  await expect(summary).toContainText(`${recipe.expect.length} of ${recipe.expect.length}`);

  // Remove the deny-all policy: the promised denials no longer hold.
  const text = await page.evaluate(() => window.__netpol?.getText() ?? '');
  const withoutPolicy = text
    .split(/^---$/m)
    .filter((doc) => !doc.includes('kind: NetworkPolicy'))
    .join('---');
  await page.evaluate((t) => window.__netpol?.setText(t, 'editor'), withoutPolicy);
  await expect(summary).not.toContainText(`${recipe.expect.length} of ${recipe.expect.length}`);
  await expect(
    page.locator('[data-testid="recipe-check"][data-status="disagrees"]').first(),
  ).toBeVisible();

  // Another recipe over these edits: the replace dialog asks; Cancel keeps them.
  await page.getByTestId('gallery-button').click();
  await page.locator('[data-recipe="limit-to-app"]').getByTestId('gallery-open').click();
  await expect(app.replaceDialog).toBeVisible();
  await app.replaceDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(withoutPolicy);
  await expect(page.getByTestId('recipe-checks')).toHaveAttribute('data-recipe', recipe.id);
});
