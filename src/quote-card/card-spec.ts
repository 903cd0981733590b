/**
 * Card geometry and colours. Sizes are the PNG's pixels: a 2x rendering of a 540-wide card, so
 * the 1:1 card is 1080x1080 (what social networks show at full quality).
 */
import type { CardRatio, CardTheme } from '../shared/options.js';

export const CARD_SIZES: Record<CardRatio, { width: number; height: number }> = {
  '1:1': { width: 1080, height: 1080 },
  '4:5': { width: 1080, height: 1350 },
  '16:9': { width: 1920, height: 1080 },
};

export interface CardColors {
  background: string;
  text: string;
  muted: string;
  accent: string;
}

export const CARD_THEMES: Record<CardTheme, CardColors> = {
  light: { background: '#fbfaf7', text: '#1b1b1f', muted: '#5b5f66', accent: '#2f6f4f' },
  dark: { background: '#16181d', text: '#f2f2f0', muted: '#a9adb5', accent: '#7fc8a0' },
  accent: { background: '#1f4d3a', text: '#ffffff', muted: '#cfe6da', accent: '#f4c95d' },
};

export const QUOTE_FONT = 'Georgia, "DejaVu Serif", "Liberation Serif", "Times New Roman", serif';
export const LABEL_FONT = 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

export interface CardRegions {
  padding: number;
  /** The box the quote is fitted into. */
  quote: { x: number; y: number; width: number; height: number };
  /** Baselines of the speaker, role and footer lines. */
  speakerY: number;
  roleY: number;
  footerY: number;
  ruleY: number;
  labelSize: number;
  footerSize: number;
  maxQuoteSize: number;
}

/** Where everything goes on a card of this size; proportional, so every ratio keeps its balance. */
export function cardRegions(width: number, height: number): CardRegions {
  const unit = Math.min(width, height) / 1080;
  const padding = Math.round(88 * unit);
  const footerSize = Math.round(30 * unit);
  const labelSize = Math.round(38 * unit);
  const footerY = height - padding;
  const ruleY = footerY - footerSize - Math.round(28 * unit);
  const roleY = ruleY - Math.round(44 * unit);
  const speakerY = roleY - labelSize - Math.round(10 * unit);
  // A short accent bar at the top, then the quote box down to the speaker.
  const quoteTop = padding + Math.round(56 * unit);
  return {
    padding,
    quote: { x: padding, y: quoteTop, width: width - 2 * padding, height: speakerY - labelSize - Math.round(48 * unit) - quoteTop },
    speakerY,
    roleY,
    footerY,
    ruleY,
    labelSize,
    footerSize,
    maxQuoteSize: Math.round(84 * unit),
  };
}
