import { useAppStore } from '../state/context.tsx';
import { ProblemList } from './ProblemList.tsx';

/**
 * What the last import left out or changed (an AIF node of an unknown type, a source URL that is not http…),
 * folded away under "N warnings": the map opened, so this is for whoever wants to know what is missing.
 */
export function ImportWarnings() {
  const warnings = useAppStore((s) => s.warnings);
  const setWarnings = useAppStore((s) => s.setWarnings);
  if (!warnings || warnings.items.length === 0) return null;
  const count = warnings.items.length;
  return (
    <details className="import-warnings">
      <summary>
        {count} {count === 1 ? 'warning' : 'warnings'}
      </summary>
      <p>
        “{warnings.fileName}” was opened, but some of it was left out or changed:{' '}
        <button type="button" className="link" onClick={() => setWarnings(null)}>
          Hide warnings
        </button>
      </p>
      <ProblemList items={warnings.items} />
    </details>
  );
}
