/**
 * How the graph fits the pane: a small workspace is zoomed in (up to 1.5×) so it fills the
 * pane instead of sitting small in the middle; a big one is zoomed out, with room around.
 */
export const FIT_VIEW = { padding: 0.1, maxZoom: 1.5 } as const;
