/**
 * Uploaded logos on the brand atlas: each is loaded in the background and painted over the
 * initials mark that stands in for it meanwhile, fitted into the logo square on a white card
 * (logos are drawn for light backgrounds). A logo that fails to load leaves the initials.
 */
import type { PixelRect } from './atlasLayout.ts';
import type { CanvasAtlas } from './CanvasAtlas.ts';

/** Loads every logo and paints it into its square; resolves once all have settled. */
export async function paintLogos(
  atlas: CanvasAtlas,
  logos: ReadonlyArray<{ url: string; rect: PixelRect }>,
): Promise<void> {
  await Promise.all(
    logos.map(async ({ url, rect }) => {
      const image = new Image();
      image.crossOrigin = 'anonymous';
      image.src = url;
      try {
        await image.decode();
      } catch {
        return;
      }
      paintLogo(atlas.context, image, rect);
      atlas.texture.needsUpdate = true;
    }),
  );
}

function paintLogo(context: CanvasRenderingContext2D, image: HTMLImageElement, rect: PixelRect) {
  const inset = Math.round(rect.width * 0.1);
  const card = { x: rect.x + inset, y: rect.y + inset, size: rect.width - 2 * inset };
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.roundRect(card.x, card.y, card.size, card.size, rect.width * 0.16);
  context.fill();
  const room = card.size * 0.84;
  const scale = Math.min(room / image.naturalWidth, room / image.naturalHeight);
  const width = image.naturalWidth * scale;
  const height = image.naturalHeight * scale;
  context.drawImage(
    image,
    card.x + (card.size - width) / 2,
    card.y + (card.size - height) / 2,
    width,
    height,
  );
}
