export type PictureFormat = 'png' | 'svg';

export const PICTURE_FILE_NAMES: Record<PictureFormat, string> = {
  png: 'netpol-canvas.png',
  svg: 'netpol-canvas.svg',
};

/** Longest side of a PNG in CSS pixels (drawn at twice that for sharpness, within it). */
const MAX_SIDE = 4096;

/** The vector picture as a PNG: the browser draws the SVG onto a canvas, at 2× where it fits. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, (2 * MAX_SIDE) / Math.max(width, height, 1));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
