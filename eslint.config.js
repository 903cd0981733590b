// Lint: TypeScript rules, the dependency direction of ../shared/ARCHITECTURE.md as import zones,
// and no raw HTML sinks (page content is untrusted).
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}/**`, `**/${name}/*`, `../${name}/*`, `../../${name}/*`];
const zone = (files, forbidden, extraPatterns = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...forbidden.map((name) => ({ group: layer(name), message: `${files[0]} must not import ${name} (see ARCHITECTURE.md).` })),
        ...extraPatterns,
      ],
      paths: [{ name: 'webextension-polyfill', message: 'Import `browser` from src/shared/browser.ts, the one place that loads the polyfill.' }],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'dist-test-*/**', 'out/**', 'node_modules/**', 'test-results/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Page content is untrusted: render it as text (add DOMPurify first if HTML must ever be shown).',
      }],
    },
  },
  // The core is pure: nothing of ours, no browser, no UI.
  zone(['src/core/**'], ['extract', 'content', 'background', 'popup', 'options', 'quote-card', 'shared', 'cli', 'node'],
    [{ group: ['preact', 'preact/*', 'linkedom', '@mozilla/readability'], message: 'The core is pure TypeScript.' }]),
  zone(['src/extract/**'], ['content', 'background', 'popup', 'options', 'quote-card', 'shared', 'cli', 'node'],
    [{ group: ['preact', 'preact/*'], message: 'extract is DOM in, data out: no UI.' }]),
  // The content script runs on every matched page: no UI, and never the NLP lexicon.
  zone(['src/content/**'], ['background', 'popup', 'options', 'quote-card', 'cli', 'node'],
    [{ group: ['compromise', 'preact', 'preact/*', '**/core/index*', '**/core/parties/*'], message: 'Keep the content script small: no compromise, no UI.' }]),
  zone(['src/background/**'], ['content', 'popup', 'options', 'cli', 'node', 'welcome']),
  zone(['src/popup/**'], ['content', 'background', 'options', 'cli', 'node', 'welcome']),
  zone(['src/options/**'], ['content', 'background', 'popup', 'cli', 'node', 'welcome']),
  zone(['src/welcome/**'], ['content', 'background', 'popup', 'options', 'cli', 'node']),
  zone(['src/quote-card/**'], ['content', 'background', 'popup', 'options', 'cli', 'extract', 'node'],
    [{ group: ['compromise', '**/core/parties/*'], message: 'Quote cards render; no NLP here.' }]),
  zone(['src/shared/**'], ['content', 'background', 'popup', 'options', 'cli', 'extract', 'quote-card', 'node', 'welcome']),
  // The pipeline in Node on linkedom, shared by the CLI, the benchmarks and the tests; never bundled into the extension.
  zone(['src/node/**'], ['content', 'background', 'popup', 'options', 'quote-card', 'shared', 'cli', 'welcome']),
  zone(['src/cli/**'], ['content', 'background', 'popup', 'options', 'quote-card']),
  { files: ['src/shared/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Tests build DOMs from markup we wrote ourselves; the sink rules guard page content in src/.
  { files: ['tests/**'], rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' } },
);
