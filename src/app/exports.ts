import { exportSvg, type ExportInput } from '../render/export-svg.ts';

/** Offers a file to the user with the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns: let it live a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads `<map-id>.svg` of what is on screen (filters applied, whole visible map fitted). */
export function downloadSvg(input: ExportInput): void {
  const { svg } = exportSvg(input);
  download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${input.map.id}.svg`);
}

/** Rasterises the very same SVG at `scale`× and downloads `<map-id>.png`. */
export async function downloadPng(input: ExportInput, scale = 2): Promise<void> {
  const { svg, width, height } = exportSvg(input);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the browser could not encode the PNG (the map may be too large)');
    download(png, `${input.map.id}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
