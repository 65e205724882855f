import type { LocatedNote } from '../state/library-slice.ts';

/** How many problems or warnings are listed before "and N more": enough to fix a file, not a wall of text. */
export const SHOWN_NOTES = 20;

/**
 * Problems or warnings about a file, each with where it is (a JSON path, or a line) and what is wrong, capped at
 * {@link SHOWN_NOTES} with a count of the rest. Map text in messages is plain text, escaped by React.
 */
export function ProblemList({ items }: { items: readonly LocatedNote[] }) {
  if (items.length === 0) return null;
  const rest = items.length - SHOWN_NOTES;
  return (
    <>
      <ul className="problem-list">
        {items.slice(0, SHOWN_NOTES).map((item, i) => (
          <li key={i}>
            <code className="where">{item.where}</code>: {item.message}
          </li>
        ))}
      </ul>
      {rest > 0 && <p className="more">and {rest} more</p>}
    </>
  );
}
