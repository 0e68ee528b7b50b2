import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import styles from './Notices.module.css';

/** Transient notices disappear after this long. */
const TRANSIENT_MS = 3500;

/** The stack of messages at the bottom of the page (saved-data problems, other tabs, copies). */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    const timers = notices
      .filter((n) => n.transient)
      .map((n) => setTimeout(() => dismiss(n.id), TRANSIENT_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);

  if (notices.length === 0) return null;
  return (
    <div className={styles.stack} aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`${styles.notice} ${styles[notice.tone]}`}
          role={notice.tone === 'error' || notice.tone === 'warning' ? 'alert' : 'status'}
          data-testid="notice"
          data-notice={notice.id}
        >
          <p className={styles.text}>{notice.text}</p>
          <div className={styles.actions}>
            {notice.actions?.map((action) => (
              <button key={action.label} type="button" className="button" onClick={action.run}>
                {action.label}
              </button>
            ))}
            <button
              type="button"
              className={`button ${styles.close}`}
              aria-label="Dismiss message"
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
