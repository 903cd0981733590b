import { render } from 'preact';
import { t } from '../shared/i18n.js';
import { App } from './App.js';
import './popup.css';

// The page's language follows the UI strings, so screen readers pronounce them right.
document.documentElement.lang = t('langCode');
const root = document.getElementById('app');
if (root) render(<App />, root);
