/**
 * One "Hide this too" session: the picker's preview (what the outlined element is, whether it
 * may be hidden, how many elements the rule would match here) and what Enter saves. The safety
 * rule (core/pick/pick-safety.ts) is checked on every preview, so the reader sees a refusal
 * before pressing anything; the selector (extract/pick-selector.ts) is the one saved.
 */
import type { DeclutterContext } from '../../core/declutter/block-features.js';
import { describeElement, describeSize } from '../../core/pick/describe-pick.js';
import { type PickRefusal, judgePick } from '../../core/pick/pick-safety.js';
import type { ArticleLocation } from '../../extract/article-location.js';
import { shapeOf } from '../../extract/element-shape.js';
import { leadingText } from '../../extract/leading-text.js';
import { type ArticleGuard, createArticleGuard } from '../../extract/pick-guard.js';
import { type PickedSelector, chooseSelector } from '../../extract/pick-selector.js';
// Not i18n.ts's t(): that would bundle the polyfill into content-on-demand.js (see raw-i18n.ts).
import { rawT as t } from '../../shared/raw-i18n.js';
import type { SiteRule } from '../../shared/site-rules.js';
import { isMarkerAttribute } from '../hide-style.js';
import { type Picker, type PickPreview, openPicker } from './picker.js';

/** Words of the element in its label: enough to recognise it. */
const LABEL_TEXT_CHARS = 80;

export interface PickSessionDeps {
  startAt: Element | null;
  page(): { context: DeclutterContext; article?: ArticleLocation };
  /** Stores the rule and applies it; rejects when storage refused it. */
  save(rule: SiteRule): Promise<void>;
  onClose(): void;
}

const REFUSALS: Record<PickRefusal, () => string> = {
  headline: () => t('pickRefusedHeadline'),
  paragraph: () => t('pickRefusedParagraph'),
  'article-share': () => t('pickRefusedShare'),
  article: () => t('pickRefusedArticle'),
};

export function openPickSession(doc: Document, deps: PickSessionDeps): Picker {
  const { context, article } = deps.page();
  const guard: ArticleGuard = createArticleGuard(doc, article ?? { root: null, paragraphs: [] }, context.title);
  // The outline is redrawn on every scroll frame: choose each element's selector once.
  const chosen = new WeakMap<Element, PickedSelector>();
  const selectorFor = (el: Element): PickedSelector => {
    let picked = chosen.get(el);
    if (!picked) chosen.set(el, (picked = chooseSelector(el, guard, isMarkerAttribute)));
    return picked;
  };
  const describe = (el: Element): string => describeElement(shapeOf(el, isMarkerAttribute), leadingText(el, LABEL_TEXT_CHARS));

  const preview = (el: Element): PickPreview => {
    const verdict = judgePick(guard.measure(el));
    if (!verdict.ok) return { label: describe(el), refusal: REFUSALS[verdict.refusal]() };
    const rect = el.getBoundingClientRect();
    const { matches } = selectorFor(el);
    return { label: `${describeSize(rect.width, rect.height)} · ${t('pickMatches', String(matches))} · ${describe(el)}`, refusal: null };
  };

  return openPicker(doc, {
    startAt: deps.startAt,
    texts: {
      title: t('pickTitle'),
      hint: t('pickHint'),
      wider: t('pickWider'),
      narrower: t('pickNarrower'),
      hide: t('pickHide'),
      cancel: t('pickCancel'),
    },
    preview,
    async confirm(el) {
      // The label is the widget's first words: the lists show the selector beside it.
      const rule: SiteRule = { selector: selectorFor(el).selector, label: leadingText(el, LABEL_TEXT_CHARS), created: Date.now() };
      try {
        await deps.save(rule);
        return null;
      } catch {
        return t('pickSaveFailed');
      }
    },
    onClose: deps.onClose,
  });
}
