/**
 * Finds the system's Chromium and Firefox: an env variable first, then the usual paths. Where one
 * is missing and we are root on Debian/Ubuntu, installs it with apt; otherwise fails naming
 * exactly what to install. A missing browser is a failure, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface BrowserSpec {
  name: string;
  envVar: string;
  paths: string[];
  aptPackage: string;
}

export const CHROMIUM: BrowserSpec = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'],
  aptPackage: 'chromium',
};

export const FIREFOX: BrowserSpec = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
  aptPackage: 'firefox-esr',
};

function locate(spec: BrowserSpec): string | null {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${spec.envVar}=${fromEnv} does not exist`);
  }
  return spec.paths.find((p) => existsSync(p)) ?? null;
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findBrowser(spec: BrowserSpec): string {
  const found = locate(spec);
  if (found) return found;
  if (canApt()) {
    console.log(`${spec.name} not found; installing Debian's ${spec.aptPackage} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', spec.aptPackage], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = locate(spec);
    if (installed) return installed;
  }
  throw new Error(
    `${spec.name} is needed and was not found. Install it (Debian/Ubuntu: sudo apt-get install ${spec.aptPackage}) ` +
      `or set ${spec.envVar} to its executable.`,
  );
}
