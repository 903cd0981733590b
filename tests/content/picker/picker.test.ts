// @vitest-environment happy-dom
/**
 * The picker's controller on a small page (happy-dom): one host element with a CLOSED shadow
 * root while open, arrow keys widen and narrow, a refused pick is not confirmed, Enter confirms,
 * Esc cancels, and once closed the page serialises exactly as before.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { openPicker, type PickerDeps } from '../../../src/content/picker/picker.js';

const texts = { title: 'Hide this too', hint: 'Point', wider: 'Wider', narrower: 'Narrower', hide: 'Hide', cancel: 'Cancel' };

beforeEach(() => {
  document.body.innerHTML = '<main><article><h1>Headline</h1><p id="para">Body text.</p></article><aside id="rail"><div id="box"><b id="word">Crossword</b></div></aside></main>';
});
afterEach(() => {
  document.body.innerHTML = '';
});

function deps(over: Partial<PickerDeps> = {}): PickerDeps & { confirm: ReturnType<typeof vi.fn> } {
  const confirm = vi.fn(async () => null);
  return { texts, preview: (el) => ({ label: el.id, refusal: el.closest('article') ? 'Not this one' : null }), confirm, ...over } as PickerDeps & { confirm: typeof confirm };
}

const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

test('open: one host, closed shadow root; Esc: gone, the page exactly as before', () => {
  const before = document.documentElement.outerHTML;
  openPicker(document, deps({ startAt: document.getElementById('box') }));
  const hosts = document.querySelectorAll('precis-picker');
  expect(hosts).toHaveLength(1);
  expect(hosts[0]?.shadowRoot).toBeNull();
  key('Escape');
  expect(document.querySelector('precis-picker')).toBeNull();
  expect(document.documentElement.outerHTML).toBe(before);
});

test('ArrowUp widens to the parent, ArrowDown narrows back; Enter confirms that element', async () => {
  const d = deps({ startAt: document.getElementById('word') });
  openPicker(document, d);
  key('ArrowUp'); // b -> div#box
  key('ArrowUp'); // -> aside#rail
  key('ArrowDown'); // back -> div#box
  key('Enter');
  await vi.waitFor(() => expect(d.confirm).toHaveBeenCalledTimes(1));
  expect(d.confirm.mock.calls[0]?.[0]).toBe(document.getElementById('box'));
  await vi.waitFor(() => expect(document.querySelector('precis-picker')).toBeNull());
});

test('a refused pick is not confirmed and the picker stays open', async () => {
  const d = deps({ startAt: document.getElementById('para') });
  openPicker(document, d);
  key('Enter');
  await new Promise((r) => setTimeout(r, 20));
  expect(d.confirm).not.toHaveBeenCalled();
  expect(document.querySelector('precis-picker')).not.toBeNull();
  key('Escape');
});

test('a failed save shows its message and keeps the picker open', async () => {
  const d = deps({ startAt: document.getElementById('box') });
  d.confirm.mockResolvedValueOnce('The rule could not be saved.');
  const picker = openPicker(document, d);
  key('Enter');
  await vi.waitFor(() => expect(d.confirm).toHaveBeenCalledTimes(1));
  expect(document.querySelector('precis-picker')).not.toBeNull();
  picker.close();
  expect(document.querySelector('precis-picker')).toBeNull();
});
