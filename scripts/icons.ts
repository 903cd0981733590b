/** Renders icons/icon.svg to the PNG sizes the manifest names. Run after editing the SVG. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync('icons/icon.svg', 'utf8');
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`icons/icon-${size}.png`, png);
  console.log(`icons/icon-${size}.png`);
}
