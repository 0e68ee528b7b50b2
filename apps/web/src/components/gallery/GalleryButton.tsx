import { useEffect } from 'react';
import { registerShortcutHelp } from '../HeaderShortcuts';
import { GalleryDialog } from './GalleryDialog';
import { useGallery } from './galleryState';
import { RecipeChecksPanel } from './RecipeChecksPanel';

registerShortcutHelp({ keys: ['Shift', 'R'], description: 'Open the recipe gallery' });

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('.monaco-editor') !== null
  );
}

/** The header's "Recipes" button, with the gallery dialog and the live checks of an opened recipe. */
export function GalleryButton() {
  const setOpen = useGallery((s) => s.setOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'R' || !event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);
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
