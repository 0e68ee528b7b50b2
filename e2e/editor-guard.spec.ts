import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const RECURSIVE = `apiVersion: v1
kind: Pod
metadata:
  name: loop
  namespace: x
  labels: &l {self: *l}
---
apiVersion: v1
kind: Pod
metadata:
  name: fine
  namespace: x
  labels:
    app: fine
`;

test('a recursive alias raises nothing uncaught; the editor and the graph keep working', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(RECURSIVE);
  await expect(page.locator('[data-pod="x/fine"]')).toBeVisible();
  // Give monaco-yaml's worker time to validate (and, unguarded, to overflow its stack).
  await page.waitForTimeout(3000);
  await app.editor.focus();
  await page.keyboard.type('# still typing');
  await expect.poll(() => app.editor.text()).toMatch(/^# still typing/);
  await page.waitForTimeout(1500);
  expect(pageErrors).toEqual([]);
  await expect(app.notice('yaml-service-off')).toContainText('recursive alias');

  // Without aliases the editor's own schema checks come back.
  await app.editor.paste(
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  bogus: 1\n',
  );
  await expect(app.notice('yaml-service-off')).toBeHidden();
  await expect
    .poll(async () => (await app.editor.markers()).some((m) => m.owner !== 'netpol-engine'))
    .toBe(true);
  expect(pageErrors).toEqual([]);
});

test('a long list of problems shows its first entries and "and N more"', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const bad = Array.from(
    { length: 260 },
    (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_${i}\n  namespace: x\n`,
  ).join('---\n');
  await app.editor.paste(bad);
  const list = app.editor.diagnostics;
  // Each pod: its name's error, and the note that it is therefore not in the cluster.
  await expect(list).toHaveAttribute('data-count', '520');
  await expect(list.getByTestId('diagnostic')).toHaveCount(200);
  const more = list.getByTestId('diagnostics-more');
  await expect(more).toHaveText('and 320 more — show 320');
  await more.click();
  await expect(list.getByTestId('diagnostic')).toHaveCount(520);
  await expect(more).toBeHidden();
});
