import { render } from 'preact';
import { App } from './App.js';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
