/**
 * Draws a quote card on a canvas and returns it as a PNG blob. No DOM screenshot and no host
 * permission: only text the extension already has. Runs in the popup (HTMLCanvasElement) and in
 * the background (OffscreenCanvas: a service worker has no document).
 */
import type { CardRatio, CardTheme } from '../shared/options.js';
import { CARD_SIZES, CARD_THEMES, type CardRegions, LABEL_FONT, QUOTE_FONT, cardRegions } from './card-spec.js';
import { type QuoteSource, formatPublished, hostOf } from './citation.js';
import { clampLines, fitText, truncateToWidth } from './layout.js';
import { capQuote } from './quote-cap.js';
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

/** displayQuote's closing mark: a quote cut to fit still closes. */
const CLOSING_QUOTE = '”';
/** A role wraps to a second line before it is cut: two lines read whole, a third crowds the footer. */
const MAX_ROLE_LINES = 2;

function drawCard(ctx: Context2D, input: CardInput): void {
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
  const maxWidth = width - 2 * r.padding;
  const roleSize = Math.round(r.labelSize * 0.8);
  const roleLineHeight = roleSize * 1.2;
  ctx.font = `${roleSize}px ${LABEL_FONT}`;
  const roleLines = input.speakerRole ? clampLines(input.speakerRole, maxWidth, (s) => ctx.measureText(s).width, MAX_ROLE_LINES) : [];
  // The card's regions leave room for one role line; a second one is taken from the quote's box.
  const extraRoleHeight = Math.max(0, roleLines.length - 1) * roleLineHeight;
  const box = { maxWidth: r.quote.width, maxHeight: r.quote.height - extraRoleHeight, maxSize: r.maxQuoteSize, minSize: Math.round(r.labelSize * 0.8), lineHeight: 1.3 };
  const fitted = fitText(displayQuote(capQuote(input.quote)), box, measure, CLOSING_QUOTE);
  const quoteHeight = fitted.lines.length * fitted.fontSize * box.lineHeight;
  const speakerHeight = (input.speaker ? r.labelSize * 1.3 : 0) + (roleLines.length > 0 ? roleSize * 1.4 + extraRoleHeight : 0);
  const gap = speakerHeight > 0 ? r.labelSize * 1.4 : 0;
  // Quote and speaker are centred together between the top bar and the footer: a short quote
  // sits in the middle with its speaker under it, not stranded at the top.
  const room = r.ruleY - r.quote.y;
  const top = r.quote.y + Math.max(0, (room - quoteHeight - gap - speakerHeight) / 2);

  ctx.fillStyle = colors.text;
  ctx.font = `${fitted.fontSize}px ${QUOTE_FONT}`;
  // Hanging punctuation: the opening mark sits in the margin and the words line up.
  const hang = ctx.measureText('“').width;
  fitted.lines.forEach((line, i) => {
    const x = i === 0 && line.startsWith('“') ? r.quote.x - hang : r.quote.x;
    ctx.fillText(line, x, top + fitted.fontSize * (1 + i * box.lineHeight));
  });

  let y = top + quoteHeight + gap;
  if (input.speaker) {
    y += r.labelSize;
    drawFitted(ctx, input.speaker, r.padding, y, maxWidth, `600 ${r.labelSize}px ${LABEL_FONT}`, colors.text);
    y += r.labelSize * 0.3;
  }
  ctx.font = `${roleSize}px ${LABEL_FONT}`;
  ctx.fillStyle = colors.muted;
  for (const line of roleLines) {
    y += roleLineHeight;
    ctx.fillText(line, r.padding, y);
  }
  drawFooter(ctx, input, width, r, colors.muted);
}

function drawFitted(ctx: Context2D, text: string, x: number, y: number, maxWidth: number, font: string, color: string): void {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.fillText(truncateToWidth(text, maxWidth, (s) => ctx.measureText(s).width), x, y);
}

/** Outlet and date on the left, the page's domain on the right; the outlet gives way first. */
function drawFooter(ctx: Context2D, input: CardInput, width: number, r: CardRegions, color: string): void {
  ctx.font = `${r.footerSize}px ${LABEL_FONT}`;
  const domain = hostOf(input.source.url);
  const domainWidth = ctx.measureText(domain).width;
  const outlet = [input.source.outlet, formatPublished(input.source.publishedTime, input.locale)].filter(Boolean).join(' · ');
  drawFitted(ctx, outlet, r.padding, r.footerY, width - 2 * r.padding - domainWidth - r.footerSize, ctx.font, color);
  ctx.textAlign = 'right';
  ctx.fillText(domain, width - r.padding, r.footerY);
  ctx.textAlign = 'left';
}

function dataUrlToPng(dataUrl: string): Blob {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
}

/**
 * The card as a PNG blob, on whichever canvas this context has. Where there is a document (the
 * popup; Firefox's background page) the PNG is encoded synchronously with toDataURL: Chromium's
 * toBlob and convertToBlob encode PNGs in the page's idle time, and a page without idle periods
 * waits for their 1 s and 5 s fallback timers (the first "Copy image" took 0.2 to 6.8 s). Encoding
 * a card this way takes tens of ms. A service worker has no document: OffscreenCanvas there.
 */
export async function renderCardPng(input: CardInput): Promise<Blob> {
  const { width, height } = CARD_SIZES[input.ratio];
  if (typeof document === 'undefined') {
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
  const dataUrl = canvas.toDataURL('image/png');
  if (!dataUrl.startsWith('data:image/png')) throw new Error('PNG encoding failed');
  return dataUrlToPng(dataUrl);
}
