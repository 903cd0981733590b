/**
 * The three things a reader does with a quote: copy it as text with its citation, copy it as an
 * image, download the image. The card is rendered on a canvas here in the popup.
 */
import type { Quote } from '../core/types.js';
import { uiLanguage } from '../shared/i18n.js';
import type { Options } from '../shared/options.js';
import { citationText, type QuoteSource } from '../quote-card/citation.js';
import { cardFileName, copyPng, copyText, downloadBlob } from '../quote-card/clipboard.js';
import { type CardInput, renderCardPng } from '../quote-card/render-card.js';

function cardInput(quote: Quote, source: QuoteSource, options: Pick<Options, 'cardTheme' | 'cardRatio'>): CardInput {
  return {
    quote: quote.text,
    speaker: quote.speaker,
    speakerRole: quote.speakerRole,
    source,
    theme: options.cardTheme,
    ratio: options.cardRatio,
    locale: uiLanguage(),
  };
}

export const copyQuoteText = (quote: Quote, source: QuoteSource): Promise<void> => copyText(citationText(quote, source, uiLanguage()));

/** Render the card and put it on the clipboard; the E2E timing lines read the two measures. */
export async function copyQuoteImage(quote: Quote, source: QuoteSource, options: Options): Promise<void> {
  const start = performance.now();
  const png = renderCardPng(cardInput(quote, source, options)).then((blob) => {
    performance.measure('precis-card-rendered', { start });
    return blob;
  });
  await copyPng(png);
  performance.measure('precis-card-copied', { start });
}

export async function downloadQuoteImage(quote: Quote, source: QuoteSource, options: Options): Promise<void> {
  downloadBlob(await renderCardPng(cardInput(quote, source, options)), cardFileName(source.outlet, quote.text));
}
