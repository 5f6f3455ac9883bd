import '@mantine/core/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { restore } from './auth/session';
import { initialLocale, setLocale } from './i18n/locale';

// Language and direction first, so the first paint is already in the right one.
setLocale(initialLocale());
void restore();
createRoot(document.getElementById('root')!).render(<App />);
