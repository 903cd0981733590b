/**
 * Readability's reader check on its own: the package's index also loads the whole Readability
 * class, which the content script must not carry (it comes with content-on-demand.js).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
