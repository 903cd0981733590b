/**
 * The picker's look, inside its closed shadow root: page CSS cannot reach it, and `all: initial`
 * keeps inherited page styles (fonts, colours, line height) out too. Fixed positioning, one
 * z-index above anything a page uses.
 */
export const PICKER_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: normal; text-transform: none; }
.outline { position: fixed; border: 2px solid #1f7a4d; background: rgba(46, 160, 103, .18); border-radius: 3px; pointer-events: none; display: none; }
.outline.refused { border-color: #b3261e; background: rgba(179, 38, 30, .14); }
.label { position: fixed; max-width: min(560px, 90vw); padding: 3px 8px; border-radius: 4px; background: #143d2a; color: #fff; pointer-events: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; display: none; }
.label.refused { background: #8c1d18; }
.panel { position: fixed; right: 16px; bottom: 16px; width: 420px; padding: 12px 14px; border-radius: 10px; background: #fff; color: #1d1d1f; box-shadow: 0 4px 24px rgba(0,0,0,.28); pointer-events: auto; border: 1px solid #dadce0; }
.panel h2 { margin: 0 0 4px; font-weight: 600; font-size: 14px; }
.panel p { margin: 0 0 8px; color: #4a4e54; }
.panel .message { color: #b3261e; font-weight: 600; min-height: 0; }
.panel .message:empty { display: none; }
.buttons { display: flex; flex-wrap: wrap; gap: 6px; }
button { cursor: pointer; border: 1px solid #c4c7c5; background: #fff; color: #1d1d1f; border-radius: 6px; padding: 4px 10px; }
button:hover { background: #f1f3f1; }
button.primary { background: #1f7a4d; border-color: #1f7a4d; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid #1f7a4d; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2023; color: #e8eaed; border-color: #3c4043; }
  .panel p { color: #b5bac0; }
  .panel .message { color: #f2b8b5; }
  button { background: #2a2b2f; color: #e8eaed; border-color: #5f6368; }
  button:hover { background: #34363b; }
  button.primary { background: #2e8b5a; border-color: #2e8b5a; color: #fff; }
}
`;
