import { useEffect, useMemo, useRef, useState } from 'react';
import { useRegisterActions, type Action } from '../../commands/actions';
import { useAppStore } from '../../state/store';
import { MAX_LINK_LENGTH } from '../../share/shareLink';
import { copyText, downloadText } from '../importExport/download';
import { currentShareUrl } from './sharedWorkspace';
import { useSharedWorkspaceLink } from './useSharedWorkspaceLink';
import styles from './ShareButton.module.css';

/** The file offered instead of a link that would be too long. */
export const SHARE_FILE_NAME = 'netpol-canvas.yaml';

type Share =
  | { readonly kind: 'link'; readonly url: string; readonly copied: boolean }
  | { readonly kind: 'too-large'; readonly length: number };

/**
 * The header's Share button: puts a link holding the whole workspace on the clipboard and
 * shows it in a popover (`share-link`); offers a file instead when the link would be too
 * long. Also opens share links the app is started with.
 */
export function ShareButton() {
  const [share, setShare] = useState<Share | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useSharedWorkspaceLink();

  const run = async () => {
    const url = currentShareUrl();
    if (url.length > MAX_LINK_LENGTH) {
      setShare({ kind: 'too-large', length: url.length });
      return;
    }
    setShare({ kind: 'link', url, copied: false });
    const copied = await copyText(url);
    setShare({ kind: 'link', url, copied });
  };

  // The registered action calls the latest `run` (it reads the current text when it runs).
  const runRef = useRef(run);
  runRef.current = run;
  const actions = useMemo<Action[]>(
    () => [
      {
        id: 'workspace.share',
        label: 'Copy a share link of the workspace',
        section: 'Workspace',
        keys: [['Shift', 'L']],
        keywords: 'share url link',
        run: () => void runRef.current(),
      },
    ],
    [],
  );
  useRegisterActions(actions);

  useEffect(() => {
    if (!share) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setShare(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShare(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [share]);

  return (
    <div className={styles.root} ref={root}>
      <button
        type="button"
        className="button"
        data-testid="share-button"
        title="Copy a link holding the whole workspace (Shift+L)"
        aria-expanded={share !== null}
        onClick={() => void run()}
      >
        Share
      </button>
      {share && (
        <SharePopover
          share={share}
          onCopied={(url) => setShare({ kind: 'link', url, copied: true })}
        />
      )}
    </div>
  );
}

function SharePopover({
  share,
  onCopied,
}: {
  readonly share: Share;
  readonly onCopied: (url: string) => void;
}) {
  const notify = useAppStore((s) => s.notify);
  if (share.kind === 'too-large') {
    return (
      <div
        className={styles.popover}
        role="dialog"
        aria-label="Share link"
        data-testid="share-link"
        data-state="too-large"
      >
        <p className={styles.warning} data-testid="share-too-large">
          This workspace is too large for a link: it would be {share.length.toLocaleString('en')}{' '}
          characters, and links over {MAX_LINK_LENGTH.toLocaleString('en')} break in browsers and
          chat tools. Download it as a file and share the file instead.
        </p>
        <div className={styles.row}>
          <button
            type="button"
            className="button"
            data-variant="primary"
            data-testid="share-download"
            onClick={() => {
              useAppStore.getState().flushPendingEdits();
              downloadText(SHARE_FILE_NAME, useAppStore.getState().text);
            }}
          >
            Download {SHARE_FILE_NAME}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div
      className={styles.popover}
      role="dialog"
      aria-label="Share link"
      data-testid="share-link"
      data-state="link"
    >
      <p className={styles.status} role="status">
        {share.copied ? '✓ Link copied to the clipboard.' : 'Copy this link:'}
      </p>
      <div className={styles.row}>
        <input
          className={styles.url}
          data-testid="share-link-url"
          readOnly
          value={share.url}
          aria-label="Share link"
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
        <button
          type="button"
          className="button"
          data-testid="share-copy"
          onClick={() =>
            void copyText(share.url).then((ok) =>
              ok
                ? onCopied(share.url)
                : notify({
                    tone: 'warning',
                    text: 'The browser refused the clipboard: select the link and copy it.',
                    transient: true,
                  }),
            )
          }
        >
          Copy
        </button>
      </div>
      <p className={styles.note}>
        The workspace travels inside the link, after the <code>#</code>: it is never sent to a
        server. {share.url.length.toLocaleString('en')} characters.
      </p>
    </div>
  );
}
