import { useEffect, useState } from 'react';
import { Menu } from '../common/Menu';
import { useAppStore } from '../../state/store';
import { requestReplace } from '../importExport/replaceRequest';
import { loadCatalog, loadExampleText, type ExampleEntry } from './examplesCatalog';

/** Opens an example, asking first when it would replace the user's edits. */
export async function openExample(entry: ExampleEntry): Promise<void> {
  const text = await loadExampleText(entry);
  requestReplace({ what: `the example “${entry.title}”`, text, canAppend: false });
}

/** The header's "Examples" menu, listing public/examples/index.json. */
export function ExamplesMenu() {
  const [entries, setEntries] = useState<readonly ExampleEntry[]>([]);
  const notify = useAppStore((s) => s.notify);

  useEffect(() => {
    loadCatalog()
      .then(setEntries)
      .catch((error: Error) =>
        notify({ tone: 'error', text: `The examples could not be loaded: ${error.message}` }),
      );
  }, [notify]);

  return (
    <Menu
      label="Examples"
      testId="examples-menu"
      wide
      items={entries.map((entry) => ({
        id: entry.id,
        label: entry.title,
        description: entry.description,
        onSelect: () => {
          openExample(entry).catch((error: Error) =>
            notify({ tone: 'error', text: `The example could not be opened: ${error.message}` }),
          );
        },
      }))}
    />
  );
}
