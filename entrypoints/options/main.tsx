import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import '../popup/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = browser.i18n.getMessage('options_title');
render(<App />, document.getElementById('app')!);
