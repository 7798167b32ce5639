/**
 * The browser tests drive Debian's Chromium through playwright-core (Playwright's own browser
 * downloads do not work here). Run before the suite: installs `chromium` with apt-get when it is
 * missing and we may, or stops with what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}, and it is not there.\n` +
        'Install it (on Debian or Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary, then run `npm test` again.',
    );
    process.exit(1);
  }
  console.log(`Installing Debian's chromium for the browser tests (apt-get update && apt-get install chromium) ...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing; set CHROMIUM_PATH to the Chromium binary.`);
    process.exit(1);
  }
}
