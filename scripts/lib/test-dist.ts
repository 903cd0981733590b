/**
 * A copy of dist/ for tests and the demo, whose manifest adds host access to 127.0.0.1 — what a
 * user grants with one click on a real site. The shipped dist/ stays least-privilege.
 * For Firefox the test copy also exposes the popup to 127.0.0.1 pages: Firefox's driver may not
 * open moz-extension:// URLs directly, so a local page navigates there (see TESTING.md).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TEST_DIST = resolve('dist-test');

export function makeTestDist(source = resolve('dist'), target = TEST_DIST): string {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const manifestPath = `${target}/manifest.json`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  manifest.web_accessible_resources = [{ resources: ['popup.html', 'options.html', 'welcome.html'], matches: ['http://127.0.0.1/*'] }];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return target;
}
