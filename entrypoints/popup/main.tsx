import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import './theme.css';
import './style.css';

// The page follows the browser's UI language, as its strings do (Arabic is right-to-left).
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = browser.i18n.getMessage('popup_title');
render(<App />, document.getElementById('app')!);
