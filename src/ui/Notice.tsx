import { useAppStore } from '../state/context.tsx';

/**
 * A notice about keeping maps: storage unavailable or full, a saved map that could not be read back. Less loud
 * than an error (the page works; something will not be kept, or was not restored), and dismissible.
 */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" aria-label="Notice">
      <p>{notice}</p>
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
