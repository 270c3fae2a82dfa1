import { render } from 'preact';
import { browser } from 'wxt/browser';
import { StoriesPage } from '@/components/stories/StoriesPage';
import '../popup/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = browser.i18n.getMessage('stories_title');
render(<StoriesPage locale={browser.i18n.getUILanguage()} />, document.getElementById('app')!);
