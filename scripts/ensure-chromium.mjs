// Finds Chromium for the browser tests, installing Debian's package when
// this is a Debian machine and we run as root; otherwise explains how.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const configured = process.env.CHROMIUM_PATH;
const path = configured || '/usr/bin/chromium';

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

if (existsSync(path)) {
  process.exit(0);
}
if (configured) {
  console.error(
    `CHROMIUM_PATH is set to ${configured}, but no file is there. Point it at a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
if (isDebian() && process.getuid?.() === 0) {
  console.log('Chromium is missing: installing Debian\'s chromium package...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  process.exit(existsSync(path) ? 0 : 1);
}
console.error(
  'The browser tests need Chromium, and none was found at /usr/bin/chromium.\n' +
    'On Debian or Ubuntu, run: sudo apt-get install chromium\n' +
    'Elsewhere, install Chromium or Chrome and set CHROMIUM_PATH to its binary.',
);
process.exit(1);
