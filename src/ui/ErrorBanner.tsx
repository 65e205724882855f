import { useAppStore } from '../state/context.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Why the last map could not be opened: the file, then each problem where it is. Stays until dismissed. */
export function ErrorBanner() {
  const loadError = useAppStore((s) => s.loadError);
  const setLoadError = useAppStore((s) => s.setLoadError);
  if (!loadError) return null;
  return (
    <div className="error-banner" role="alert">
      <div className="banner-head">
        <p className="banner-message">{loadError.message}</p>
        <button type="button" onClick={() => setLoadError(null)}>
          Dismiss
        </button>
      </div>
      <ProblemList items={loadError.problems} />
    </div>
  );
}
