import { create } from 'zustand';
import type { RecipeEntry } from './recipeCatalog';

interface GalleryState {
  /** Whether the gallery dialog is open. */
  readonly open: boolean;
  /** The recipe last opened from the gallery, whose promised verdicts are checked live. */
  readonly recipe: RecipeEntry | null;
  readonly setOpen: (open: boolean) => void;
  readonly setRecipe: (recipe: RecipeEntry | null) => void;
}

/** UI state of the recipe gallery (a tiny store of its own: it is not workspace state). */
export const useGallery = create<GalleryState>()((set) => ({
  open: false,
  recipe: null,
  setOpen: (open) => set({ open }),
  setRecipe: (recipe) => set({ recipe }),
}));
