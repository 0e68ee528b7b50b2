import { useEffect, useState } from 'react';
import { useImportFiles } from './useImportFiles';
import styles from './FileDropZone.module.css';

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/** Accepts files dropped anywhere on the page, with an overlay while they are dragged over. */
export function FileDropZone() {
  const [over, setOver] = useState(false);
  const importFiles = useImportFiles();

  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Files go into the workspace, never into the editor as text or the browser as a page.
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setOver(false);
      void importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('dragover', onOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragenter', onEnter, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('dragover', onOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importFiles]);

  if (!over) return null;
  return (
    <div className={styles.overlay} data-testid="drop-overlay">
      <div className={styles.message}>
        <strong>Drop YAML or JSON files</strong>
        <span>They become the workspace (several files are joined with ---).</span>
      </div>
    </div>
  );
}
