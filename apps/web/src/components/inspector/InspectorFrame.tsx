import { createContext, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../../state/store';
import { SplitHandle } from '../common/SplitHandle';
import styles from './InspectorFrame.module.css';
import { PaneRail, paneRailClass } from '../common/PaneRail';

const MIN_WIDTH = 220;
const MAX_WIDTH = 560;

/**
 * Narrow by default, so the graph stays the main pane: about a fifth of the window. With the
 * YAML pane hidden there is room to spare, and the Problems tab needs it.
 */
function defaultWidth(yamlCollapsed: boolean): number {
  if (yamlCollapsed) return 340;
  return Math.round(Math.min(320, Math.max(272, window.innerWidth * 0.2)));
}

/** Hides the inspector: the panel puts the button beside its tabs. Null outside a frame. */
export const HideInspectorContext = createContext<(() => void) | null>(null);

/**
 * Where the inspector sits between the graph and the YAML pane: resizable by its left edge,
 * collapsible to a narrow rail. Selecting a flow to explain opens it again.
 */
export function InspectorFrame({ children }: { children: ReactNode }) {
  // Null until the user drags the edge: then their width holds.
  const [chosenWidth, setWidth] = useState<number | null>(null);
  const yamlCollapsed = useAppStore((s) => s.yamlCollapsed);
  const width = chosenWidth ?? defaultWidth(yamlCollapsed);
  const [collapsed, setCollapsed] = useState(false);
  const selectedFlow = useAppStore((s) => s.selectedFlow);
  useEffect(() => {
    if (selectedFlow) setCollapsed(false);
  }, [selectedFlow]);

  const hide = useCallback(() => setCollapsed(true), []);

  if (collapsed) {
    return (
      <div className={paneRailClass}>
        <PaneRail
          label="Inspector"
          title="Show the inspector"
          testId="inspector-expand"
          onExpand={() => setCollapsed(false)}
        />
      </div>
    );
  }
  return (
    <>
      <SplitHandle
        size={width}
        min={MIN_WIDTH}
        max={MAX_WIDTH}
        onResize={setWidth}
        label="Resize the inspector"
      />
      <div className={styles.frame} style={{ width }}>
        <HideInspectorContext.Provider value={hide}>{children}</HideInspectorContext.Provider>
      </div>
    </>
  );
}
