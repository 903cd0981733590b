/** A refused save, in words the reader can act on: a full sync area says how big it is and what to do. */
import { t } from './i18n.js';
import { SyncStorageFullError } from './synced-list.js';

const BYTES_PER_KB = 1024;

export function saveErrorMessage(error: unknown): string {
  return error instanceof SyncStorageFullError ? t('siteListFull', String(Math.round(error.limitBytes / BYTES_PER_KB))) : t('saveFailed');
}
