import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.js';
import { t } from '../shared/i18n.js';

/** The clean/restore shortcut as the browser has it now (the reader may have changed it). */
export function ShortcutNote() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-clean')?.shortcut || ''))
      .catch(() => setShortcut(''));
  }, []);
  if (shortcut === null) return null;
  return (
    <section aria-labelledby="shortcut-h">
      <h2 id="shortcut-h">{t('shortcutHeading')}</h2>
      <p>{shortcut ? t('shortcutIs', shortcut) : t('shortcutNone')}</p>
      <p class="hint">{t('shortcutHint')}</p>
    </section>
  );
}
