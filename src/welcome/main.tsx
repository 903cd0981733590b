import { render } from 'preact';
import { t } from '../shared/i18n.js';
import { WelcomePage } from './WelcomePage.js';
import './welcome.css';

document.title = t('welcomeTitle');
document.documentElement.lang = t('langCode');
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
