import { Menu } from '../common/Menu';
import { useAppStore } from '../../state/store';
import { copyText, downloadText } from './download';
import { EXPORT_FILE_NAMES, exportManifests, type ExportScope } from './exportManifests';

/** Builds the export and either downloads it or copies it, telling the user what happened. */
export async function runExport(scope: ExportScope, to: 'download' | 'clipboard'): Promise<void> {
  const { notify, flushPendingEdits } = useAppStore.getState();
  flushPendingEdits();
  const result = exportManifests(useAppStore.getState().text, scope);
  const what = scope === 'all' ? 'manifests' : 'NetworkPolicies';
  const one = scope === 'all' ? 'manifest' : 'NetworkPolicy';
  if (result.count === 0) {
    notify({
      tone: 'warning',
      text: `There are no ${what} in the workspace to export.`,
      transient: true,
    });
    return;
  }
  if (to === 'download') {
    downloadText(EXPORT_FILE_NAMES[scope], result.text);
    return;
  }
  const copied = await copyText(result.text);
  notify(
    copied
      ? {
          tone: 'success',
          text: `Copied ${result.count} ${result.count === 1 ? one : what} to the clipboard.`,
          transient: true,
        }
      : { tone: 'error', text: 'The browser did not allow copying to the clipboard.' },
  );
}

/** The header's "Export" menu: download or copy all manifests, or only the policies. */
export function ExportMenu() {
  const empty = useAppStore((s) => s.text.trim() === '');
  return (
    <Menu
      label="Export"
      testId="export-button"
      items={[
        {
          id: 'download-all',
          label: 'Download all manifests',
          description: `${EXPORT_FILE_NAMES.all} — ready for kubectl apply -f`,
          disabled: empty,
          onSelect: () => void runExport('all', 'download'),
        },
        {
          id: 'download-policies',
          label: 'Download NetworkPolicies only',
          description: EXPORT_FILE_NAMES.policies,
          disabled: empty,
          onSelect: () => void runExport('policies', 'download'),
        },
        {
          id: 'copy-all',
          label: 'Copy all manifests',
          disabled: empty,
          onSelect: () => void runExport('all', 'clipboard'),
        },
        {
          id: 'copy-policies',
          label: 'Copy NetworkPolicies',
          disabled: empty,
          onSelect: () => void runExport('policies', 'clipboard'),
        },
      ]}
    />
  );
}
