import { useEffect, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { useAppStore } from '../../state/store';
import { loadAfterConfirm } from '../share/loadAfterConfirm';
import { useGallery } from './galleryState';
import { InlineCode } from './InlineCode';
import { loadRecipes, loadRecipeText, type RecipeEntry } from './recipeCatalog';
import styles from './Gallery.module.css';

/** Loads a recipe into the workspace (asking first over unsaved work), then checks it live. */
async function openRecipe(entry: RecipeEntry): Promise<void> {
  const text = await loadRecipeText(entry);
  useGallery.getState().setOpen(false);
  if (await loadAfterConfirm(`the recipe “${entry.title}”`, text)) {
    useGallery.getState().setRecipe(entry);
  }
}

/** The recipe gallery: the classic NetworkPolicy recipes as cards, each opened with a click. */
export function GalleryDialog() {
  const open = useGallery((s) => s.open);
  const setOpen = useGallery((s) => s.setOpen);
  const notify = useAppStore((s) => s.notify);
  const [recipes, setRecipes] = useState<readonly RecipeEntry[] | null>(null);

  useEffect(() => {
    if (!open || recipes) return;
    loadRecipes()
      .then(setRecipes)
      .catch((error: Error) =>
        notify({ tone: 'error', text: `The recipes could not be loaded: ${error.message}` }),
      );
  }, [open, recipes, notify]);

  return (
    <Dialog
      open={open}
      title="Recipe gallery"
      onClose={() => setOpen(false)}
      testId="gallery-dialog"
      width={860}
      actions={
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Close
        </button>
      }
    >
      <p className={styles.lead}>
        The classic NetworkPolicy recipes, each a small scenario with the verdicts it promises. Open
        one and the app checks those verdicts against its own analysis.
      </p>
      {recipes === null ? (
        <p className={styles.lead}>Loading…</p>
      ) : (
        <ul className={styles.grid}>
          {recipes.map((entry) => (
            <li
              key={entry.id}
              className={styles.card}
              data-testid="gallery-card"
              data-recipe={entry.id}
            >
              <h3 className={styles.cardTitle}>{entry.title}</h3>
              <p className={styles.intent}>{entry.intent}</p>
              <p className={styles.description}>
                <InlineCode text={entry.description} />
              </p>
              <div className={styles.cardFoot}>
                <span className={styles.count}>{entry.expect.length} promised verdicts</span>
                <button
                  type="button"
                  className="button"
                  data-variant="primary"
                  data-testid="gallery-open"
                  aria-label={`Open the recipe ${entry.title}`}
                  onClick={() =>
                    void openRecipe(entry).catch((error: Error) =>
                      notify({
                        tone: 'error',
                        text: `The recipe could not be opened: ${error.message}`,
                      }),
                    )
                  }
                >
                  Open
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
