/**
 * The picker's visible parts: an outline around the element under the pointer, a label with its
 * size and a short description, and a panel with the controls. All of it lives in a CLOSED
 * shadow root on one host element, so the page can neither style nor read it; `remove()` takes
 * the host away and the page is exactly as before. Text is set with textContent only.
 */
import { PICKER_CSS } from './picker-style.js';

/** Space between the outline and its label. */
const LABEL_GAP = 4;
/** The label's height, to put it above the outline when there is room. */
const LABEL_HEIGHT = 24;

export interface PickerTexts {
  title: string;
  hint: string;
  wider: string;
  narrower: string;
  hide: string;
  cancel: string;
}

export interface PickerView {
  host: Element;
  show(rect: DOMRect | null, label: string, refused: boolean): void;
  message(text: string): void;
  setCanHide(can: boolean): void;
  remove(): void;
}

export interface PickerActions {
  wider(): void;
  narrower(): void;
  hide(): void;
  cancel(): void;
}

function button(doc: Document, text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (primary) b.className = 'primary';
  b.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return b;
}

export function createPickerView(doc: Document, texts: PickerTexts, actions: PickerActions): PickerView {
  const host = doc.createElement('precis-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(PICKER_CSS);
  root.adoptedStyleSheets = [sheet];

  const outline = doc.createElement('div');
  outline.className = 'outline';
  const label = doc.createElement('div');
  label.className = 'label';
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', texts.title);
  const title = doc.createElement('h2');
  title.textContent = texts.title;
  const hint = doc.createElement('p');
  hint.textContent = texts.hint;
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const message = doc.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'alert');
  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const hide = button(doc, texts.hide, actions.hide, true);
  buttons.append(button(doc, texts.wider, actions.wider), button(doc, texts.narrower, actions.narrower), hide, button(doc, texts.cancel, actions.cancel));
  panel.append(title, hint, status, message, buttons);
  root.append(outline, label, panel);
  doc.documentElement.append(host);

  return {
    host,
    show(rect, text, refused) {
      const visible = !!rect;
      outline.style.display = visible ? 'block' : 'none';
      label.style.display = visible ? 'block' : 'none';
      status.textContent = text;
      if (!rect) return;
      outline.className = refused ? 'outline refused' : 'outline';
      label.className = refused ? 'label refused' : 'label';
      Object.assign(outline.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      const above = rect.top - LABEL_HEIGHT - LABEL_GAP;
      label.style.left = `${Math.max(0, rect.left)}px`;
      label.style.top = `${above >= 0 ? above : Math.min(rect.bottom + LABEL_GAP, (doc.defaultView?.innerHeight ?? 0) - LABEL_HEIGHT)}px`;
      label.textContent = text;
    },
    message(text) {
      message.textContent = text;
    },
    setCanHide(can) {
      hide.disabled = !can;
    },
    remove() {
      host.remove();
    },
  };
}
