import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../state/context.tsx';
import type { MapListItem } from '../state/library-slice.ts';

const FORMAT_NAMES: Record<string, string> = {
  'built-in': 'built-in',
  capot: 'Capot JSON',
  aif: 'AIF',
  argdown: 'Argdown',
  kialo: 'Kialo',
};

function When({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const shown = date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return <time dateTime={iso}>{shown}</time>;
}

function MapItem({
  item,
  shown,
  onOpen,
  onRemove,
}: {
  item: MapListItem;
  shown: boolean;
  onOpen: () => void;
  onRemove: () => void;
}) {
  return (
    <li className="maps-item">
      <button type="button" className="maps-open" aria-current={shown ? 'true' : undefined} onClick={onOpen}>
        <span className="maps-title">{item.title}</span>
        <span className="maps-meta">
          {FORMAT_NAMES[item.format] ?? item.format}
          {item.savedAt && (
            <>
              {' · '}
              <When iso={item.savedAt} />
            </>
          )}
        </span>
      </button>
      {item.removable && (
        <button type="button" className="maps-remove" aria-label={`Remove ${item.title}`} onClick={onRemove}>
          Remove
        </button>
      )}
    </li>
  );
}

/**
 * The Maps button and the list it opens: the built-in map first, then the maps kept in this browser (title,
 * format, when opened). Choosing one shows it; each kept map can be removed. Escape closes the list.
 */
export function MapsMenu({ onOpen, onRemove }: { onOpen: (key: string) => void; onRemove: (key: string) => void }) {
  const [open, setOpen] = useState(false);
  const items = useAppStore((s) => s.mapList);
  const shownKey = useAppStore((s) => s.shownKey);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="maps-menu">
      <button ref={button} type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Maps
      </button>
      {open && (
        <ul id={listId} className="maps-list" aria-label="Maps">
          {items.map((item) => (
            <MapItem
              key={item.key}
              item={item}
              shown={item.key === shownKey}
              onOpen={() => {
                setOpen(false);
                onOpen(item.key);
              }}
              onRemove={() => onRemove(item.key)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
