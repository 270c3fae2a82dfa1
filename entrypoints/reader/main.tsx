import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import '../popup/theme.css';
import './style.css';

// The page's chrome follows the browser's UI language; the article sets its own lang and dir.
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = browser.i18n.getMessage('reader_title');
render(<App />, document.getElementById('app')!);
