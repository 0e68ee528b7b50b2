import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { dataUrlToBlob, PICTURE_FILE_NAMES, renderGraphPicture, type PictureFormat } from './graphPicture';
import { downloadBlob } from './downloadBlob';

/**
 * "PNG" and "SVG" buttons for the graph toolbar (inside React Flow's provider): download a
 * picture of the whole graph, for docs and reviews.
 */
export function PictureExportButtons({ className }: { readonly className?: string }) {
  const { getNodes } = useReactFlow();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState<PictureFormat | null>(null);

  const run = async (format: PictureFormat) => {
    const pane = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    const nodes = getNodes();
    if (!pane || nodes.length === 0) {
      notify({ tone: 'info', text: 'There is no graph to export yet.', transient: true });
      return;
    }
    setBusy(format);
    try {
      const dataUrl = await renderGraphPicture(pane, nodes, format);
      downloadBlob(PICTURE_FILE_NAMES[format], await dataUrlToBlob(dataUrl));
    } catch (error) {
      notify({ tone: 'error', text: `The picture could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className={className}
          data-testid={`export-${format}`}
          title={`Download the whole graph as ${PICTURE_FILE_NAMES[format]}`}
          disabled={busy !== null}
          onClick={() => void run(format)}
        >
          {busy === format ? '…' : format.toUpperCase()}
        </button>
      ))}
    </>
  );
}
