import { useRef, useState, type DragEvent, type ReactNode } from 'react';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/**
 * Makes the whole page a drop target for a map file, with a visible hint while a file is dragged over it. Drops
 * of anything but files (text, links) are left to the browser's defaults.
 */
export function DropZone({ onFile, children }: { onFile: (file: File) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them, so the hint does not flicker.
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      className="drop-zone"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        // Without this the browser would open the file in place of the app.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        leave();
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          <p>Drop a map file to open it</p>
          <p className="drop-formats">Capot JSON, AIF, Argdown or a Kialo export</p>
        </div>
      )}
    </div>
  );
}
