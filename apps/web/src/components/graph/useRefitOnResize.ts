import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Fits the graph again when its pane changes width (the YAML pane or the inspector hidden,
 * shown or resized), unless the user has panned or zoomed since the last fit: their view
 * is kept. Returns the handler for React Flow's `onMoveStart` that notices the user's moves,
 * and `fitted()` to call after any other fit.
 */
export function useRefitOnResize(
  ref: RefObject<HTMLElement | null>,
  fit: () => void,
): { onMoveStart: (event: MouseEvent | TouchEvent | null) => void; fitted: () => void } {
  const userMoved = useRef(false);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Width only: a pane beside the graph was hidden, shown or resized. Height changes (the
    // toolbar wrapping a notice) are small and would make the picture jump.
    let lastWidth = element.clientWidth;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (Math.abs(width - lastWidth) < 24) return;
      lastWidth = width;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!userMoved.current) fitRef.current();
      }, 150);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref]);

  // Programmatic moves (fits, the zoom buttons' transitions) come without an event.
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);
  const fitted = useCallback(() => {
    userMoved.current = false;
  }, []);
  return { onMoveStart, fitted };
}
