// End-to-end: the real packaged server (java -jar) + Debian's Chromium driven by playwright-core.
// Run with `npm run e2e` after `npm run build` and the Maven package (see README.md).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, startServer, webUi } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = resolve(webUi, '../docs/screenshots');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server;
let preview;
let browser;
let context;
let admin; // console tab
let phone; // app-view tab (same browser profile, so it sees the provisioned virtual locks)
let baseUrl;
const run = Date.now().toString(36).toUpperCase();
const state = {};
/** Everything the browser refused under the server's Content-Security-Policy; every step must leave it empty. */
const cspViolations = [];

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/** Navigates as a person does, through the side menu. */
async function menu(name) {
  await admin.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name, exact: true }).click();
  await admin.getByRole('heading', { level: 1, name }).waitFor();
}

/** The SPA is served by the jar (index.html at /); E2E_SPA=preview serves dist/ with Vite and proxies the API. */
async function startPreview(apiBase) {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(webUi, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: webUi,
    env: { ...process.env, LOCKVUE_BACKEND: apiBase },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } } };
    } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('vite preview did not start');
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  baseUrl = server.baseUrl;
  const index = await (await fetch(`${baseUrl}/`)).text().catch(() => '');
  if (!index.includes('id="root"')) {
    if (process.env.E2E_SPA === 'preview') {
      preview = await startPreview(baseUrl);
      baseUrl = preview.url;
    } else {
      throw new Error(
        `The packaged server does not serve the console at / (${server.baseUrl}/).\n` +
          'Run `npm run build` in web-ui/ BEFORE `./mvnw install -DskipTests`, so web-ui/dist is copied into the jar.\n' +
          '(Or set E2E_SPA=preview to serve dist/ with Vite against the same server.)',
      );
    }
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, timezoneId: 'UTC' });
  // Playwright injects this outside the page's policy; it reports each violation the way Chromium does not by itself.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP violation:') || /Refused to|Content Security Policy/i.test(text)) {
      cspViolations.push(`${message.location().url}: ${text}`);
    }
  });
  admin = await context.newPage();
});

after(async () => {
  await state.guestContext?.close().catch(() => {});
  await browser?.close().catch(() => {});
  preview?.stop();
  await server?.stop();
});

/** A test step that leaves pictures of both tabs in target/e2e-failures when it fails. */
function step(name, fn) {
  it(name, async () => {
    try {
      await fn();
      assert.deepEqual(cspViolations, [], 'the browser refused something under the Content-Security-Policy');
    } catch (error) {
      const dir = join(webUi, 'target', 'e2e-failures');
      mkdirSync(dir, { recursive: true });
      const base = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await admin?.screenshot({ path: join(dir, `${base}-console.png`), fullPage: true }).catch(() => {});
      await phone?.screenshot({ path: join(dir, `${base}-app.png`), fullPage: true }).catch(() => {});
      throw error;
    }
  });
}

/** The owner's API, for the set-up a step is not about (the console's own flows are driven by clicks). */
async function api(method, path, body) {
  const token = JSON.parse(await admin.evaluate(() => sessionStorage.getItem('lockvue.admin.session'))).accessToken;
  const res = await fetch(`${server.baseUrl}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Creates a code from the console's dialog; `fill` sets the fields the step is about. Returns the code as shown. */
async function createCode(description, fill = async () => {}) {
  await menu('Unique Codes');
  await admin.getByRole('button', { name: 'New Unique Code' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New Unique Code' });
  await dialog.getByLabel('Description').fill(description);
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Create' }).click();
  const created = admin.getByText(/^New code/);
  await created.waitFor();
  return (await created.locator('code').textContent()).trim();
}

/** A second phone: its own browser profile, so nothing is provisioned there until the guest sets it up. */
async function guestLogsIn(code) {
  if (!state.guest) {
    state.guestContext = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'UTC' });
    state.guest = await state.guestContext.newPage();
    await state.guest.goto(`${baseUrl}/app`);
  }
  const guest = state.guest;
  const logOut = guest.getByRole('button', { name: 'Log out' });
  if (await logOut.isVisible()) await logOut.click();
  await guest.getByRole('heading', { name: 'Code Login' }).waitFor();
  await guest.getByLabel('Unique Code').fill(code);
  await guest.getByLabel('Name this phone (optional)').fill('Anna’s phone');
  await guest.getByRole('button', { name: 'Log in' }).click();
  return guest;
}

const codeCard = (code) => admin.getByTestId('code-card').filter({ has: admin.getByLabel(`Code ${code}`, { exact: true }) });
const lockIdOf = async (name) => (await api('GET', '/locks?search=' + encodeURIComponent(name))).items[0].id;

describe('Unique Codes, end to end', { concurrency: false }, () => {
  step('signs up', async () => {
    await admin.goto(`${baseUrl}/`);
    await admin.getByRole('heading', { name: 'Log in to LockVue' }).waitFor();
    await admin.getByRole('link', { name: 'Sign up' }).click();
    await admin.getByLabel('Account name').fill('E2E Properties');
    await admin.getByLabel('Email').fill(`owner-${run}@example.com`.toLowerCase());
    await admin.getByLabel('Password').fill('correct horse battery');
    await admin.getByLabel('Time zone').selectOption('UTC');
    await admin.getByRole('button', { name: 'Sign up' }).click();
    await admin.getByRole('heading', { name: 'My Locks' }).waitFor();
  });

  step('is served under a strict Content-Security-Policy', async () => {
    if (preview) return; // vite preview sets no headers
    for (const path of ['/', '/unique-codes', '/app']) {
      const res = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'text/html' } });
      const policy = res.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'(;|$)/, `${path}: ${policy}`);
      assert.match(policy, /frame-ancestors 'none'/, `${path}: ${policy}`);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, `${path}: ${policy}`);
    }
  });

  step('explains that Unique Codes are disabled until enabled in Settings', async () => {
    await menu('Unique Codes');
    await admin.getByText('Unique Codes are disabled for this account').waitFor();
    assert.equal(await admin.getByRole('button', { name: 'New Unique Code' }).isDisabled(), true);
    await shot(admin, '00-unique-codes-disabled.png');
  });

  step('enables Unique Codes in Settings > System', async () => {
    await menu('Settings');
    await admin.getByRole('tab', { name: 'System' }).waitFor();
    await admin.getByRole('checkbox', { name: 'Enable Unique Codes' }).check();
    await admin.getByRole('button', { name: 'Save Changes' }).click();
    await admin.getByText('Changes saved.').waitFor();
    await shot(admin, '01-settings.png');
  });

  step('activates two locks', async () => {
    await menu('My Locks');
    for (const [suffix, name] of [['A', 'Front door'], ['B', 'Garden shed']]) {
      await admin.getByRole('button', { name: 'Activate lock' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Activate lock' });
      await dialog.getByLabel('Serial number').fill(`LV-${run}-${suffix}`);
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByRole('button', { name: 'Activate' }).click();
      await admin.getByText(`Lock “${name}” activated.`).waitFor();
    }
    await admin.getByRole('link', { name: 'Garden shed' }).waitFor();
    // Activating the same serial again is refused next to the field.
    await admin.getByRole('button', { name: 'Activate lock' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Activate lock' });
    await dialog.getByLabel('Serial number').fill(`LV-${run}-A`);
    await dialog.getByLabel('Name').fill('Duplicate');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await dialog.locator('.field-error, [role=alert]').first().waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await shot(admin, '02-my-locks.png');
  });

  step('refuses an expiry more than six months away, then creates a code', async () => {
    await menu('Unique Codes');
    await admin.getByRole('button', { name: 'New Unique Code' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New Unique Code' });
    await dialog.getByLabel('Description').fill('Plumber, Tuesday');
    const expiry = dialog.getByLabel('Expiry date and time');
    const max = await expiry.getAttribute('max');
    const tooFar = new Date(`${max}:00Z`);
    tooFar.setUTCDate(tooFar.getUTCDate() + 2);
    await expiry.fill(tooFar.toISOString().slice(0, 16));
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText(/at most six months/).first().waitFor();
    await shot(admin, '03-new-code-expiry-error.png');

    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    await expiry.fill(inAWeek.toISOString().slice(0, 16));
    await dialog.getByRole('button', { name: 'Create' }).click();
    const created = admin.getByText(/^New code/);
    await created.waitFor();
    state.code = (await created.locator('code').textContent()).trim();
    assert.match(state.code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await admin.getByRole('heading', { name: 'Active Unique Codes' }).waitFor();
    await admin.getByLabel(`Code ${state.code}`, { exact: true }).waitFor();
    await shot(admin, '04-unique-codes.png');
  });

  step('shares both locks to the code at Maintenance', async () => {
    await menu('My Locks');
    await admin.getByRole('checkbox', { name: 'Select Front door' }).check();
    await admin.getByRole('checkbox', { name: 'Select Garden shed' }).check();
    await admin.getByRole('button', { name: 'Share (2)' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Share 2 locks' });
    const codeSelect = dialog.getByLabel('Unique Code', { exact: true });
    const value = await codeSelect.locator('option', { hasText: state.code }).getAttribute('value');
    await codeSelect.selectOption(value);
    const level = dialog.getByLabel('Permission level');
    assert.equal(await level.locator('option[value=ADMIN]').isDisabled(), true);
    await level.selectOption('MAINTENANCE');
    await shot(admin, '05-share.png');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Confirm share' }).click();
    await admin.getByText(`Shared 2 lock(s) to code ${state.code} at Maintenance.`).waitFor();
  });

  step('provisions the virtual locks from the lock detail page', async () => {
    for (const name of ['Front door', 'Garden shed']) {
      await menu('My Locks');
      await admin.getByRole('link', { name }).click();
      await admin.getByRole('heading', { level: 1, name }).waitFor();
      await admin.getByRole('button', { name: 'Provision virtual lock' }).click();
      await admin.getByText(/^Provisioned in this browser on/).waitFor();
    }
    await shot(admin, '06-lock-detail.png');
  });

  step('refuses a wrong code in the app view', async () => {
    phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    // A deep link, as the person handed the code would open it: the server answers it with the SPA.
    await phone.goto(`${baseUrl}/app`);
    await phone.getByRole('heading', { name: 'Code Login' }).waitFor();
    await phone.getByLabel('Unique Code').fill('2222-3333-4444');
    await phone.getByRole('button', { name: 'Log in' }).click();
    await phone.getByText('That code is not valid.').waitFor();
    await shot(phone, '07-code-login-error.png');
  });

  step('logs in with the code in lowercase without hyphens and unlocks through the virtual lock', async () => {
    await phone.getByLabel('Unique Code').fill(state.code.replace(/-/g, '').toLowerCase());
    await phone.getByRole('button', { name: 'Log in' }).click();
    await phone.getByRole('heading', { name: 'Plumber, Tuesday' }).waitFor();
    const front = phone.getByTestId('shared-lock').filter({ hasText: 'Front door' });
    await front.getByText('Maintenance').waitFor();
    await front.getByRole('button', { name: 'Unlock Front door' }).click();
    await front.getByText('Unlocked', { exact: true }).waitFor();
    await front.getByRole('button', { name: 'Battery status of Front door' }).click();
    await front.getByText('Battery status command accepted by the lock').waitFor();
    await front.getByRole('button', { name: 'Unlock Front door' }).click();
    await front.getByText('Unlocked', { exact: true }).waitFor();
    await shot(phone, '08-app-unlocked.png');
  });

  step('a scheduled code logs the guest in but opens nothing until its start', async () => {
    const start = new Date(Date.now() + 2 * 86_400_000);
    const code = await createCode('Cleaner, from Friday', async (dialog) => {
      await dialog.getByLabel('Start date and time').fill(start.toISOString().slice(0, 16));
    });
    await admin.getByRole('heading', { name: 'Scheduled Unique Codes' }).waitFor();
    const card = codeCard(code);
    await card.getByText('Scheduled', { exact: true }).waitFor();
    await card.getByText(/Not started yet: it starts on/).waitFor();
    const id = (await api('GET', '/unique-codes?status=SCHEDULED')).items.find((c) => c.code === code).id;
    await api('POST', '/permissions', { lockIds: [await lockIdOf('Front door')], recipient: { type: 'UNIQUE_CODE', uniqueCodeId: id }, level: 'RESTRICTED' });

    const guest = await guestLogsIn(code);
    const front = guest.getByTestId('shared-lock').filter({ hasText: 'Front door' });
    await front.getByText(/^Opens on/).waitFor();
    await front.getByText(/Not started yet/).waitFor();
    assert.equal(await front.getByRole('button', { name: 'Unlock Front door' }).isDisabled(), true);
    await shot(guest, '12-app-scheduled.png');
    // The owner sees the guest's name for the phone.
    await admin.reload();
    await admin.getByRole('tab', { name: 'Scheduled' }).click();
    await codeCard(code).getByText('Anna’s phone').waitFor();

    // Moved to start in a few seconds: the app opens the lock when it starts, without a reload.
    await api('PATCH', `/unique-codes/${id}`, { startsAt: new Date(Date.now() + 3000).toISOString() });
    await front.getByText(/^Opens now, until/).waitFor({ timeout: 20_000 });
    await front.getByRole('button', { name: 'Set up this lock on this phone' }).click();
    await front.getByRole('button', { name: 'Unlock Front door' }).click();
    await front.getByText('Unlocked', { exact: true }).waitFor();
  });

  step('a one-time code opens once, then is used up', async () => {
    const code = await createCode('Parcel delivery', async (dialog) => {
      await dialog.getByLabel('Unlocks allowed').fill('1');
    });
    const id = (await api('GET', '/unique-codes')).items.find((c) => c.code === code).id;
    await api('POST', '/permissions', { lockIds: [await lockIdOf('Front door')], recipient: { type: 'UNIQUE_CODE', uniqueCodeId: id }, level: 'RESTRICTED' });
    const guest = await guestLogsIn(code);
    const front = guest.getByTestId('shared-lock').filter({ hasText: 'Front door' });
    await front.getByRole('button', { name: 'Unlock Front door' }).click();
    await front.getByText('Unlocked', { exact: true }).waitFor();
    await front.getByText('This code will not open this lock again by itself.').waitFor({ timeout: 15_000 });
    await front.getByText('All of its unlocks have been used.').waitFor();
    assert.equal(await front.getByRole('button', { name: 'Unlock Front door' }).isDisabled(), true);
    await shot(guest, '13-app-used-up.png');
    await menu('Unique Codes');
    await admin.getByRole('tab', { name: 'Used up' }).click();
    await codeCard(code).getByText('1 of 1 unlocks used').waitFor();
  });

  step('suspends the code: the app says so by itself; resuming brings the locks back', async () => {
    await menu('Unique Codes');
    await admin.getByRole('tab', { name: 'Active' }).click();
    await admin.getByRole('button', { name: `Suspend code ${state.code}` }).click();
    await admin.getByRole('alertdialog', { name: 'Suspend Unique Code?' }).getByRole('button', { name: 'Suspend code' }).click();
    await admin.getByText(`Code ${state.code} was suspended.`).waitFor();
    await phone.getByText(/The lock owner has suspended this code/).waitFor({ timeout: 15_000 });
    await shot(phone, '14-app-suspended.png');
    await admin.getByRole('tab', { name: 'Suspended' }).click();
    await codeCard(state.code).getByText(/Suspended by you on/).waitFor();
    await shot(admin, '15-code-suspended.png');
    await admin.getByRole('button', { name: `Resume code ${state.code}` }).click();
    await admin.getByRole('alertdialog', { name: 'Resume Unique Code?' }).getByRole('button', { name: 'Resume code' }).click();
    await admin.getByText(`Code ${state.code} was resumed.`).waitFor();
    await phone.getByTestId('shared-lock').filter({ hasText: 'Front door' }).getByText(/^Opens now/).waitFor({ timeout: 15_000 });
  });

  step('limits the code to a weekly time that has closed; the diagnosis panel says why', async () => {
    await admin.getByRole('tab', { name: 'Active' }).click();
    await admin.getByRole('button', { name: `Change code ${state.code}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Change code ${state.code}` });
    await dialog.getByRole('button', { name: 'Add weekly time' }).click();
    const row = dialog.getByRole('group', { name: 'Weekly time 1' });
    // Only the day after tomorrow, so the time is closed now whatever the hour.
    const later = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
      const box = row.getByRole('checkbox', { name: day, exact: true });
      if ((day === later) !== (await box.isChecked())) await box.click();
    }
    await row.getByLabel('From', { exact: true }).fill('10:00');
    await row.getByLabel('to', { exact: true }).fill('11:00');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await codeCard(state.code).getByText(/Outside its weekly times: it opens next on/).waitFor();

    const front = phone.getByTestId('shared-lock').filter({ hasText: 'Front door' });
    await front.getByText(/Outside its weekly times/).waitFor({ timeout: 15_000 });
    assert.equal(await front.getByRole('button', { name: 'Unlock Front door' }).isDisabled(), true);
    await shot(phone, '16-app-window-closed.png');

    await codeCard(state.code).getByRole('button', { name: 'Why can’t this code open the door?' }).click();
    const panel = admin.getByRole('dialog', { name: 'Why can’t this code open the door?' });
    await panel.getByText(/Front door, Unlock:/).waitFor();
    await panel.getByTestId('diagnosis').getByText(/Outside its weekly times/).first().waitFor();
    await shot(admin, '17-diagnosis.png');
    await panel.getByRole('button', { name: 'Close' }).click();
    await codeCard(state.code).getByText(`${later} 10:00–11:00`).waitFor();
  });

  step('revokes one lock on the Permissions page; the app loses it', async () => {
    await menu('Permissions');
    const codeFilter = admin.getByLabel('Unique Code');
    const value = await codeFilter.locator('option', { hasText: state.code }).getAttribute('value');
    await codeFilter.selectOption(value);
    const row = admin.getByRole('row').filter({ hasText: 'Garden shed' });
    await row.waitFor();
    await shot(admin, '09-permissions.png');
    await row.getByRole('button', { name: /^Revoke/ }).click();
    await admin.getByRole('alertdialog', { name: 'Revoke permission?' }).getByRole('button', { name: 'Revoke' }).click();
    await row.waitFor({ state: 'detached' });
    await admin.getByText('“Plumber, Tuesday” can no longer use Garden shed.').waitFor();

    // Nobody presses anything on the phone: the app asks again by itself and the lock goes.
    const shed = phone.getByTestId('shared-lock').filter({ hasText: 'Garden shed' });
    await shed.waitFor({ state: 'detached', timeout: 15_000 });
    await phone.getByTestId('shared-lock').filter({ hasText: 'Front door' }).waitFor();
  });

  step('shows the audit trail and exports it as CSV', async () => {
    await menu('Activity');
    await admin.getByRole('cell', { name: 'Lock command issued' }).first().waitFor();
    await shot(admin, '10-activity.png');
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Export CSV' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'lockvue-csv-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    assert.match(csv.split('\r\n')[0], /^occurredAt,action,outcome/);
    assert.match(csv, /CODE_LOGIN/);
    assert.match(csv, /LOCK_COMMAND_ISSUED/);
  });

  step('deletes the code: the app session ends and the code stops working', async () => {
    await menu('Unique Codes');
    await admin.getByRole('button', { name: `Delete code ${state.code}` }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'Delete Unique Code?' });
    await confirm.getByRole('button', { name: 'Delete code' }).click();
    await admin.getByLabel(`Code ${state.code}`, { exact: true }).waitFor({ state: 'detached' });
    await admin.getByText(`Code ${state.code} was deleted.`).waitFor();

    // The app notices by itself that the session ended, and says why.
    await phone.getByRole('heading', { name: 'Code Login' }).waitFor({ timeout: 15_000 });
    await phone.getByText(/Your code session has ended/).waitFor();
    await phone.getByLabel('Unique Code').fill(state.code);
    await phone.getByRole('button', { name: 'Log in' }).click();
    await phone.getByText('That code is not valid.').waitFor();
    await shot(phone, '11-app-session-ended.png');
  });

  step('makes an API key, shown once, that works until it is revoked', async () => {
    await menu('API Keys');
    await admin.getByRole('button', { name: 'New API key' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Name').fill('Booking engine');
    await dialog.getByLabel('Access').selectOption('READ_ONLY');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const shown = admin.getByRole('dialog', { name: 'API key created' });
    const key = (await shown.getByTestId('new-api-key').textContent()).trim();
    assert.match(key, /^lvk_[A-Za-z0-9_-]{43}$/);
    await shot(admin, '12-api-key-created.png');
    await shown.getByRole('button', { name: 'Done' }).click();

    // The integrator's server reads with it; the read-only key may not change anything.
    const locks = await fetch(`${server.baseUrl}/api/v1/locks`, { headers: { Authorization: `Bearer ${key}` } });
    assert.equal(locks.status, 200);
    assert.ok((await locks.json()).items.some((l) => l.name === 'Front door'));
    const write = await fetch(`${server.baseUrl}/api/v1/locks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ serialNumber: `LV-RO-${run}`, name: 'Not allowed' }),
    });
    assert.equal(write.status, 403);
    assert.equal((await write.json()).code, 'api-key-read-only');

    await admin.reload();
    const row = admin.getByRole('row').filter({ hasText: 'Booking engine' });
    await row.getByText(key.slice(0, 12) + '…').waitFor();
    await row.getByText('127.0.0.1').waitFor();
    assert.equal(await admin.getByText(key).count(), 0, 'the key itself is never shown again');
    await shot(admin, '13-api-keys.png');
    await row.getByRole('button', { name: 'Revoke Booking engine' }).click();
    await admin.getByRole('alertdialog', { name: 'Revoke API key?' }).getByRole('button', { name: 'Revoke' }).click();
    await row.waitFor({ state: 'detached' });
    const revoked = await fetch(`${server.baseUrl}/api/v1/locks`, { headers: { Authorization: `Bearer ${key}` } });
    assert.equal(revoked.status, 401);
  });

  step('refuses codes and sharing while the feature is disabled', async () => {
    await menu('Settings');
    await admin.getByRole('checkbox', { name: 'Enable Unique Codes' }).uncheck();
    await admin.getByRole('button', { name: 'Save Changes' }).click();
    await admin.getByText('Changes saved.').waitFor();
    await menu('Unique Codes');
    await admin.getByText('Unique Codes are disabled for this account').waitFor();
    // The API agrees, not just the UI.
    const token = JSON.parse(await admin.evaluate(() => sessionStorage.getItem('lockvue.admin.session'))).accessToken;
    const res = await fetch(`${server.baseUrl}/api/v1/unique-codes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ description: 'x', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
    });
    assert.equal(res.status, 403);
    assert.equal((await res.json()).code, 'unique-codes-disabled');
  });
});
