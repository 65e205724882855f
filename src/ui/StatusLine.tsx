import { useAppStore } from '../state/context.tsx';

/**
 * The status line of work under way ("Reading ai.json… 45%", "Importing ai.json…"), with a progress bar when the
 * total is known. The live region is always in the page, so screen readers announce each change.
 */
export function StatusLine() {
  const progress = useAppStore((s) => s.progress);
  return (
    <div className="status-line" role="status" data-busy={progress ? 'true' : undefined}>
      {progress && (
        <>
          <span>{progress.message}</span>
          {progress.fraction !== null && <progress max={1} value={progress.fraction} aria-label="Progress" />}
        </>
      )}
    </div>
  );
}
