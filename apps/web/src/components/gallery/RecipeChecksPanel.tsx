import { useMemo, useState } from 'react';
import { useAnalysis } from '../../analysis/analysisStore';
import { useAppStore } from '../../state/store';
import { useGallery } from './galleryState';
import { checkExpectation, type RecipeCheck } from './recipeChecks';
import styles from './Gallery.module.css';

const MARK: Record<RecipeCheck['status'], string> = { agrees: '✓', disagrees: '✗', missing: '?' };

/**
 * The open recipe's promised verdicts, each checked against the app's current analysis
 * (live: edit the YAML and the checks follow). ✓ when the engine agrees with the promise.
 */
export function RecipeChecksPanel() {
  const recipe = useGallery((s) => s.recipe);
  const setRecipe = useGallery((s) => s.setRecipe);
  const derivation = useAnalysis();
  const text = useAppStore((s) => s.text);
  const [folded, setFolded] = useState(false);
  const current = derivation !== null && derivation.text === text;
  const checks = useMemo(
    () =>
      recipe && derivation
        ? recipe.expect.map((e) => checkExpectation(derivation.result.model, e))
        : [],
    [recipe, derivation],
  );
  if (!recipe) return null;
  const agreeing = checks.filter((c) => c.status === 'agrees').length;
  return (
    <aside
      className={styles.checks}
      data-testid="recipe-checks"
      data-recipe={recipe.id}
      aria-label="Recipe checks"
    >
      <div className={styles.checksHead}>
        <strong>{recipe.title}</strong>
        <button
          type="button"
          className={styles.fold}
          aria-expanded={!folded}
          onClick={() => setFolded(!folded)}
        >
          {folded ? 'Show checks' : 'Hide checks'}
        </button>
        <button
          type="button"
          className={styles.close}
          aria-label="Close the recipe checks"
          onClick={() => setRecipe(null)}
        >
          ×
        </button>
      </div>
      <p className={styles.summary} data-testid="recipe-checks-summary" data-current={current}>
        {current
          ? `${agreeing} of ${checks.length} promised verdicts agree with the analysis`
          : 'Checking…'}
      </p>
      <ol className={styles.checkList} hidden={folded}>
        {recipe.expect.map((e, i) => {
          const check = checks[i];
          const status = current && check ? check.status : 'pending';
          return (
            <li
              key={`${e.from}>${e.to}:${e.protocol}/${e.port}`}
              className={styles.check}
              data-testid="recipe-check"
              data-status={status}
              title={check ? `Engine: ${check.reason}` : undefined}
            >
              <span className={styles.mark} data-status={status} aria-hidden="true">
                {status === 'pending' ? '…' : MARK[status]}
              </span>
              <span>
                <code>{e.from}</code> → <code>{e.to}</code> {e.protocol}/{e.port}:{' '}
                <strong>{e.allowed ? 'allowed' : 'denied'}</strong>
                <span className={styles.why}> — {e.why}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
