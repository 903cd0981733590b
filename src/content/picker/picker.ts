/**
 * The element picker: the element under the pointer (or, from the keyboard, the one in the middle
 * of the window) is outlined; the wheel, the arrow keys or the panel's buttons widen it to its
 * parent or narrow it back; Enter or a click confirms, Esc cancels. While open, the page gets no
 * clicks or keys (they are ours); once closed, every listener and the one host element are gone.
 */
import { type PickerTexts, type PickerView, createPickerView } from './picker-ui.js';

export interface PickPreview {
  /** One line: description, size, and how many elements the rule would match here. */
  label: string;
  /** Why this pick may not be hidden (headline, article text), or null. */
  refusal: string | null;
}

export interface PickerDeps {
  texts: PickerTexts;
  /** Where to start before the pointer moves (the right-clicked element, if any). */
  startAt?: Element | null;
  preview(el: Element): PickPreview;
  /** Saves the pick; resolves an error message to show, or null when done. */
  confirm(el: Element): Promise<string | null>;
  onClose?(): void;
}

export interface Picker {
  close(): void;
}

/** Events the page must not see while the picker is open: a click on a link would navigate away. */
const SWALLOWED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu', 'touchstart', 'touchend'] as const;

export function openPicker(doc: Document, deps: PickerDeps): Picker {
  const win = doc.defaultView ?? window;
  let target: Element | null = null;
  /** Where "narrower" goes back to after "wider" (the path the reader came up). */
  let trail: Element[] = [];
  let busy = false;
  let frame = 0;
  let closed = false;

  const pickable = (el: Element | null): el is Element =>
    !!el && el !== view.host && el !== doc.documentElement && el !== doc.body && !view.host.contains(el);

  const render = (): void => {
    frame = 0;
    if (closed) return;
    if (!target || !target.isConnected) {
      view.show(null, deps.texts.hint, false);
      view.setCanHide(false);
      return;
    }
    const preview = deps.preview(target);
    view.show(target.getBoundingClientRect(), preview.refusal ? `${preview.refusal}` : preview.label, !!preview.refusal);
    view.setCanHide(!preview.refusal && !busy);
    view.message('');
  };
  const schedule = (): void => {
    if (!frame) frame = win.requestAnimationFrame(render);
  };
  const setTarget = (el: Element | null, keepTrail = false): void => {
    if (!keepTrail) trail = [];
    target = pickable(el) ? el : target;
    schedule();
  };

  const wider = (): void => {
    const up = target?.parentElement ?? null;
    if (!target || !pickable(up)) return;
    trail.push(target);
    setTarget(up, true);
  };
  const narrower = (): void => {
    if (!target) return;
    const back = trail.pop();
    const down = back && target.contains(back) ? back : target.firstElementChild;
    if (down) setTarget(down, true);
  };
  const sibling = (forward: boolean): void => {
    const next = forward ? target?.nextElementSibling : target?.previousElementSibling;
    if (next) setTarget(next);
  };

  const confirm = async (): Promise<void> => {
    if (!target || busy) return;
    const preview = deps.preview(target);
    if (preview.refusal) {
      view.message(preview.refusal);
      return;
    }
    busy = true;
    view.setCanHide(false);
    const error = await deps.confirm(target).catch((e: unknown) => String(e));
    busy = false;
    if (error) {
      view.message(error);
      view.setCanHide(true);
    } else close();
  };

  const ours = (event: Event): boolean => event.composedPath().includes(view.host);

  const onMove = (event: MouseEvent): void => {
    if (ours(event)) return;
    setTarget(doc.elementFromPoint(event.clientX, event.clientY));
  };
  const onClick = (event: MouseEvent): void => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    setTarget(doc.elementFromPoint(event.clientX, event.clientY));
    void confirm();
  };
  const onSwallow = (event: Event): void => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onWheel = (event: WheelEvent): void => {
    if (ours(event) || event.deltaY === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.deltaY < 0) wider();
    else narrower();
  };
  const KEYS: Record<string, () => void> = {
    Escape: () => close(),
    Enter: () => void confirm(),
    ArrowUp: wider,
    ArrowDown: narrower,
    ArrowLeft: () => sibling(false),
    ArrowRight: () => sibling(true),
  };
  const onKey = (event: KeyboardEvent): void => {
    const action = KEYS[event.key];
    // Enter on one of our own buttons is that button's click; Esc always closes.
    if (!action || (ours(event) && event.key !== 'Escape')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    action();
  };

  const listeners: Array<[string, EventListener, AddEventListenerOptions]> = [
    ['mousemove', onMove as EventListener, { capture: true, passive: true }],
    ['click', onClick as EventListener, { capture: true }],
    ['wheel', onWheel as EventListener, { capture: true, passive: false }],
    ['keydown', onKey as EventListener, { capture: true }],
    ['scroll', schedule, { capture: true, passive: true }],
    ['resize', schedule, { passive: true }],
    ...SWALLOWED.map((type): [string, EventListener, AddEventListenerOptions] => [type, onSwallow, { capture: true }]),
  ];

  function close(): void {
    if (closed) return;
    closed = true;
    if (frame) win.cancelAnimationFrame(frame);
    for (const [type, listener, options] of listeners) win.removeEventListener(type, listener, options);
    view.remove();
    deps.onClose?.();
  }

  const view: PickerView = createPickerView(doc, deps.texts, { wider, narrower, hide: () => void confirm(), cancel: close });
  for (const [type, listener, options] of listeners) win.addEventListener(type, listener, options);
  const middle = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  setTarget(deps.startAt && deps.startAt.isConnected ? deps.startAt : middle);
  return { close };
}
