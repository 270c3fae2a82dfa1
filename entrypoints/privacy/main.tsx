import { render } from 'preact';
import { PolicyText } from '@/components/privacy/PolicyText';
// The policy shown is the one in the repository, bundled at build time: it matches the version
// installed and opens without a network.
import policy from '../../PRIVACY.md?raw';
import '../popup/theme.css';
import './style.css';

// PRIVACY.md is written in English, whatever the browser's language.
document.documentElement.lang = 'en';
document.documentElement.dir = 'ltr';
render(<PolicyText markdown={policy} />, document.getElementById('app')!);
