import { useRef } from 'react';
import { MANIFEST_EXTENSIONS } from './readFiles';
import { useImportFiles } from './useImportFiles';

/** "Open…": picks YAML/JSON files from disk (several become one multi-document workspace). */
export function OpenFilesButton() {
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useImportFiles();
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="open-files-button"
        title="Open YAML or JSON files (Ctrl+O)"
        onClick={() => input.current?.click()}
      >
        Open…
      </button>
      <input
        ref={input}
        id="open-files-input"
        type="file"
        multiple
        accept={[...MANIFEST_EXTENSIONS, 'application/yaml', 'application/json'].join(',')}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-files-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void importFiles(files);
        }}
      />
    </>
  );
}
