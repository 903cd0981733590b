/**
 * Draws a quote card on a canvas and returns it as a PNG blob. No DOM screenshot and no host
 * permission: only text the extension already has. Runs in the popup (HTMLCanvasElement) and in
 * the background (OffscreenCanvas: a service worker has no document).
 */
import type { CardRatio, CardTheme } from '../shared/options.js';
import { CARD_SIZES, CARD_THEMES, LABEL_FONT, QUOTE_FONT, cardRegions } from './card-spec.js';
import { type QuoteSource, formatPublished, hostOf } from './citation.js';
import { fitText } from './layout.js';
import { displayQuote } from './smart-quotes.js';

export interface CardInput {
  quote: string;
  speaker: string | null;
  speakerRole: string | null;
  source: QuoteSource;
  theme: CardTheme;
  ratio: CardRatio;
  locale: string;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function drawCard(ctx: Context2D, input: CardInput): void {
  const { width, height } = CARD_SIZES[input.ratio];
  const colors = CARD_THEMES[input.theme];
  const r = cardRegions(width, height);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  ctx.fillStyle = colors.accent;
  ctx.fillRect(r.padding, r.padding, Math.round(r.labelSize * 2), Math.max(4, Math.round(r.labelSize / 6)));

  const measure = (text: string, size: number): number => {
    ctx.font = `${size}px ${QUOTE_FONT}`;
    return ctx.measureText(text).width;
  };
  const box = { maxWidth: r.quote.width, maxHeight: r.quote.height, maxSize: r.maxQuoteSize, minSize: Math.round(r.labelSize * 0.8), lineHeight: 1.3 };
  const fitted = fitText(displayQuote(input.quote), box, measure);
  ctx.fillStyle = colors.text;
  ctx.font = `${fitted.fontSize}px ${QUOTE_FONT}`;
  // Centred in its box, so a short quote does not leave a hole under it.
  const blockHeight = fitted.lines.length * fitted.fontSize * box.lineHeight;
  const top = r.quote.y + Math.max(0, (r.quote.height - blockHeight) / 2);
  // Hanging punctuation: the opening mark sits in the margin and the words line up.
  const hang = ctx.measureText('“').width;
  fitted.lines.forEach((line, i) => {
    const x = i === 0 && line.startsWith('“') ? r.quote.x - hang : r.quote.x;
    ctx.fillText(line, x, top + fitted.fontSize * (1 + i * box.lineHeight));
  });

  drawLabels(ctx, input, width, r, colors);
}

function drawLabels(ctx: Context2D, input: CardInput, width: number, r: ReturnType<typeof cardRegions>, colors: (typeof CARD_THEMES)['light']): void {
  const maxWidth = width - 2 * r.padding;
  if (input.speaker) {
    ctx.fillStyle = colors.text;
    ctx.font = `600 ${r.labelSize}px ${LABEL_FONT}`;
    ctx.fillText(input.speaker, r.padding, input.speakerRole ? r.speakerY : r.roleY, maxWidth);
  }
  if (input.speakerRole) {
    ctx.fillStyle = colors.muted;
    ctx.font = `${Math.round(r.labelSize * 0.8)}px ${LABEL_FONT}`;
    ctx.fillText(input.speakerRole, r.padding, r.roleY, maxWidth);
  }

  ctx.font = `${r.footerSize}px ${LABEL_FONT}`;
  ctx.fillStyle = colors.muted;
  const outlet = [input.source.outlet, formatPublished(input.source.publishedTime, input.locale)].filter(Boolean).join(' · ');
  const domain = hostOf(input.source.url);
  const domainWidth = ctx.measureText(domain).width;
  ctx.fillText(outlet, r.padding, r.footerY, Math.max(0, maxWidth - domainWidth - r.footerSize));
  ctx.textAlign = 'right';
  ctx.fillText(domain, width - r.padding, r.footerY);
  ctx.textAlign = 'left';
}

/** The card as a PNG blob, on whichever canvas this context has. */
export async function renderCardPng(input: CardInput): Promise<Blob> {
  const { width, height } = CARD_SIZES[input.ratio];
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    drawCard(ctx, input);
    return canvas.convertToBlob({ type: 'image/png' });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  drawCard(ctx, input);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
