/**
 * content-on-demand.js: what the content script needs only when asked, kept out of the script
 * that loads on every page (issue 12: content.js at or under 40 KB gzip). Readability for the
 * popup's article, and the element picker. It registers its tools (hook.ts); content.js keeps
 * all state and decides when to use them. Injected by the popup before content.js, it also reads
 * the article at once: the default export is the script's last value (see vite.config.ts), which
 * the popup's executeScript receives (popup-read.ts).
 */
import { draftArticle } from '../../extract/article-draft.js';
import { openPickSession } from '../picker/pick-session.js';
import { provideOnDemand } from './hook.js';
import { readForPopup } from './popup-read.js';

provideOnDemand({ draftArticle, openPickSession });

export default readForPopup();
