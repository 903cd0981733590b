import { useEffect, useState } from 'preact/hooks';

const SHOW_MS = 2500;

/**
 * One polite live region for "Copied", "Restored" and failures: screen readers hear it, sighted
 * readers see it briefly, and no button label changes under the pointer.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), SHOW_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage];
}
