import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import {
  dataUrlToBlob,
  PICTURE_FILE_NAMES,
  renderGraphPicture,
  type PictureFormat,
} from './graphPicture';
import { downloadBlob } from '../importExport/download';

/** Above this many nodes the graph pane renders only visible ones (GraphPane's setting). */
const LAZY_NODES = 200;

const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });

/**
 * "PNG" and "SVG" buttons for the graph toolbar (inside React Flow's provider): download a
 * picture of the whole graph, for docs and reviews.
 */
export function PictureExportButtons({ className }: { readonly className?: string }) {
  const { getNodes, getViewport, setViewport, fitView } = useReactFlow();
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
    // Big graphs draw only the nodes in view (onlyRenderVisibleElements): bring them all into
    // view for the capture, then put the view back.
    const viewport = nodes.length > LAZY_NODES ? getViewport() : null;
    try {
      if (viewport) {
        await fitView({ padding: 0.02 });
        await nextFrames(2);
      }
      const dataUrl = await renderGraphPicture(pane, nodes, format);
      downloadBlob(PICTURE_FILE_NAMES[format], await dataUrlToBlob(dataUrl));
    } catch (error) {
      notify({ tone: 'error', text: `The picture could not be made: ${(error as Error).message}` });
    } finally {
      if (viewport) void setViewport(viewport);
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
