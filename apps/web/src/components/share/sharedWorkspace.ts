import { useAppStore } from '../../state/store';
import {
  MAX_LINK_LENGTH,
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  shareablePositions,
  type SharedView,
} from '../../share/shareLink';
import { loadAfterConfirm } from './loadAfterConfirm';

/**
 * The share link of the current workspace (text, expectations, filters, and positions of
 * small graphs). The expectations go only when the link still fits: the YAML matters more.
 */
export function currentShareUrl(): string {
  const state = useAppStore.getState();
  state.flushPendingEdits();
  const { text, expectationsText, portFilter, protocolFilter, positions } = useAppStore.getState();
  const shared = shareablePositions(positions);
  const view: SharedView = shared
    ? { port: portFilter, protocol: protocolFilter, positions: shared }
    : { port: portFilter, protocol: protocolFilter };
  const { origin, pathname, search } = window.location;
  const base = `${origin}${pathname}${search}#`;
  const full = base + encodeShareFragment({ text, expectations: expectationsText, view });
  return full.length <= MAX_LINK_LENGTH ? full : base + encodeShareFragment({ text, view });
}

function applyView(view: SharedView): void {
  const state = useAppStore.getState();
  state.setPortFilter(view.port);
  state.setProtocolFilter(view.protocol);
  // The old workspace's dragged positions mean nothing for the shared one.
  useAppStore.setState({ positions: view.positions ?? {} });
}

/** Removes the fragment from the address bar (without a reload or a history entry). */
function clearFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * Opens the workspace in the address's fragment, if there is one: decodes it (hostile input:
 * every failure becomes a message and the workspace stays as it was), asks before replacing
 * unsaved work, then clears the fragment so a reload does not open it again.
 */
export function openSharedWorkspaceFromLocation(): void {
  const hash = window.location.hash;
  if (!isShareFragment(hash)) return;
  // Consumed at once: a second call (StrictMode, hashchange) must not open it twice.
  clearFragment();
  const { notify } = useAppStore.getState();
  const result = decodeShareFragment(hash);
  if (!result.ok) {
    notify({
      id: 'share-link',
      tone: 'error',
      text: `This share link could not be opened. ${result.error.message} Your workspace is unchanged.`,
    });
    return;
  }
  const { text, expectations, view } = result.workspace;
  void loadAfterConfirm('the shared workspace', text).then((loaded) => {
    if (!loaded) return;
    // Into the step the load just recorded: one undo goes back to both documents as they were.
    if (expectations !== undefined) useAppStore.getState().restoreExpectations(expectations);
    applyView(view);
    notify({
      id: 'share-link',
      tone: 'success',
      text: 'Opened the shared workspace.',
      transient: true,
    });
  });
}
