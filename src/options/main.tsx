import { render } from 'preact';
import { t } from '../shared/i18n.js';
import { OptionsPage } from './OptionsPage.js';
import './options.css';

document.title = t('optionsTitle');
document.documentElement.lang = t('langCode');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
