/** Commands the map view carries out; the composition root wires them to the renderer and the exporters. */
export interface MapCommands {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  exportSvg: () => void;
  exportPng: () => void;
}

/** The buttons above the map. */
export function Toolbar({ commands, busy }: { commands: MapCommands; busy?: boolean }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="row">
        <button type="button" onClick={commands.zoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={commands.zoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={commands.fit} title="Fit the whole map in view (0)">
          Fit
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={commands.exportSvg} disabled={busy}>
          Export SVG
        </button>
        <button type="button" onClick={commands.exportPng} disabled={busy}>
          Export PNG
        </button>
      </div>
    </div>
  );
}
