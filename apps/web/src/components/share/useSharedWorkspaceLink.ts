import { useEffect } from 'react';
import { openSharedWorkspaceFromLocation } from './sharedWorkspace';

/** Opens a share link's workspace on start-up and whenever the fragment changes. */
export function useSharedWorkspaceLink(): void {
  useEffect(() => {
    openSharedWorkspaceFromLocation();
    window.addEventListener('hashchange', openSharedWorkspaceFromLocation);
    return () => window.removeEventListener('hashchange', openSharedWorkspaceFromLocation);
  }, []);
}
