import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import type { FlowEdge, GraphNode } from '../graph/toFlow';
import { downloadBlob } from '../importExport/download';
import { PICTURE_FILE_NAMES, svgToPng, type PictureFormat } from './graphPicture';
import { pictureOfGraph } from './pictureOfGraph';
import { vectorPicture } from './vectorPicture';

const FILTER_TITLES = { auto: 'the flows that matter', allowed: 'allowed flows', denied: 'denied flows', all: 'all flows' } as const;

/** The picture's title: what it shows, for someone reading it in a review or a doc. */
function pictureTitle(nodes: readonly GraphNode[]): string {
  const s = useAppStore.getState();
  const namespaces = nodes.flatMap((n) => (n.type === 'namespace' ? [n.data.ns.name] : []));
  const where = namespaces.length <= 3 ? namespaces.join(', ') : `${namespaces.length} namespaces`;
  const port = s.portFilter.trim() ? `${s.protocolFilter} ${s.portFilter.trim()}` : 'any port';
  return `Network policies${where ? ` of ${where}` : ''}: ${FILTER_TITLES[s.verdictFilter]}, ${port}`;
}

/**
 * "PNG" and "SVG" buttons for the graph toolbar (inside React Flow's provider): download a
 * picture of the whole graph as drawn (every node, not only those in view), with a title
 * and a legend. The SVG is plain vector (paths and text); the PNG is that SVG rasterised.
 */
export function PictureExportButtons({ className }: { readonly className?: string }) {
  const { getNodes, getEdges, getInternalNode } = useReactFlow<GraphNode, FlowEdge>();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState<PictureFormat | null>(null);

  const run = async (format: PictureFormat) => {
    const nodes = getNodes();
    if (nodes.length === 0) {
      notify({ tone: 'info', text: 'There is no graph to export yet.', transient: true });
      return;
    }
    setBusy(format);
    try {
      const data = pictureOfGraph(nodes, getEdges(), getInternalNode);
      const { svg, width, height } = vectorPicture(pictureTitle(nodes), data.nodes, data.edges);
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
      downloadBlob(PICTURE_FILE_NAMES[format], blob);
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
          title={`Download the whole graph as ${PICTURE_FILE_NAMES[format]}, with a title and a legend`}
          disabled={busy !== null}
          onClick={() => void run(format)}
        >
          {busy === format ? '…' : format.toUpperCase()}
        </button>
      ))}
    </>
  );
}
