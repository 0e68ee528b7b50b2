import { useMemo } from 'react';
import { useRegisterActions, type Action } from '../../commands/actions';
import { GalleryDialog } from './GalleryDialog';
import { useGallery } from './galleryState';
import { RecipeChecksPanel } from './RecipeChecksPanel';


/** The header's "Recipes" button, with the gallery dialog and the live checks of an opened recipe. */
export function GalleryButton() {
  const setOpen = useGallery((s) => s.setOpen);
  const actions = useMemo<Action[]>(
    () => [
      {
        id: 'workspace.recipes',
        label: 'Open the recipe gallery',
        section: 'Workspace',
        keys: [['Shift', 'R']],
        keywords: 'examples recipes',
        run: () => setOpen(true),
      },
    ],
    [setOpen],
  );
  useRegisterActions(actions);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="gallery-button"
        title="The classic NetworkPolicy recipes, with their promised verdicts (Shift+R)"
        onClick={() => setOpen(true)}
      >
        Recipes
      </button>
      <GalleryDialog />
      <RecipeChecksPanel />
    </>
  );
}
