import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.js';
import { t } from '../shared/i18n.js';

/** The clean/restore and picker shortcuts as the browser has them now (the reader may have changed them). */
export function ShortcutNote() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [picker, setPicker] = useState('');
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => {
        setShortcut(commands.find((c) => c.name === 'toggle-clean')?.shortcut || '');
        setPicker(commands.find((c) => c.name === 'start-picker')?.shortcut || '');
      })
      .catch(() => setShortcut(''));
  }, []);
  if (shortcut === null) return null;
  return (
    <section aria-labelledby="shortcut-h">
      <h2 id="shortcut-h">{t('shortcutHeading')}</h2>
      <p>{shortcut ? t('shortcutIs', shortcut) : t('shortcutNone')}</p>
      {picker && <p>{t('shortcutPickerIs', picker)}</p>}
      <p class="hint">{t('shortcutHint')}</p>
    </section>
  );
}
