import { render } from 'preact';
import { t } from '../shared/i18n.js';
import { App } from './App.js';
import { startPopup } from './startup.js';
import './popup.css';

// Before anything renders: the tab's report and the NLP bundle are the long poles.
const startup = startPopup(location.search);

// The page's language follows the UI strings, so screen readers pronounce them right.
document.documentElement.lang = t('langCode');
const root = document.getElementById('app');
if (root) render(<App startup={startup} />, root);
