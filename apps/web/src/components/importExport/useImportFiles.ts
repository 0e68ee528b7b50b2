import { useCallback } from 'react';
import { useAppStore } from '../../state/store';
import { readManifestFiles } from './readFiles';
import { requestReplace } from './replaceRequest';

/** Returns a function that loads files (dropped or opened) into the workspace. */
export function useImportFiles(): (files: readonly File[]) => Promise<void> {
  const notify = useAppStore((s) => s.notify);
  return useCallback(
    async (files) => {
      const { text, names, skipped } = await readManifestFiles(files);
      if (skipped.length > 0) {
        notify({
          tone: 'warning',
          text: `Skipped ${skipped.join(', ')}: only .yaml, .yml and .json files can be opened.`,
        });
      }
      if (names.length === 0) return;
      const what = names.length === 1 ? `“${names[0]}”` : `${names.length} files`;
      requestReplace({ what, text, canAppend: true });
    },
    [notify],
  );
}
