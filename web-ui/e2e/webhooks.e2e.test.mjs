// End-to-end: the Webhooks page against the real packaged server, delivering to a receiver in this process.
// Run with `npm run e2e` after `npm run build` and the Maven package (see README.md).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, webUi } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = resolve(webUi, '../docs/screenshots');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const run = Date.now().toString(36);

let server;
let browser;
let page;
let receiver;
let receiverUrl;
let answer = 204;
const received = [];
const state = {};

/** A receiver's check, from the Standard Webhooks specification: HMAC-SHA256 over id.timestamp.body. */
function verifies(secret, delivery) {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`)
    .digest();
  return (delivery.headers['webhook-signature'] ?? '')
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .some((s) => {
      const given = Buffer.from(s.slice(3), 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

async function waitFor(condition, what, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const ofType = (type) => received.filter((d) => JSON.parse(d.body).type === type);

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, answered: answer });
      res.writeHead(answer).end();
    });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;
  // Only a test may deliver over plain HTTP to loopback, and retry after a second instead of 5 s, 5 min, ...
  server = await startServer({
    env: {
      LOCKVUE_WEBHOOKS_ALLOWED_NETWORKS: '127.0.0.0/8',
      LOCKVUE_WEBHOOKS_REQUIRE_HTTPS: 'false',
      LOCKVUE_WEBHOOKS_RETRY_SCHEDULE: 'PT0S,PT1S,PT1S',
    },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'UTC' });
  page = await context.newPage();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  receiver?.close();
});

function step(name, fn) {
  it(name, async () => {
    try {
      await fn();
    } catch (error) {
      const dir = join(webUi, 'target', 'e2e-failures');
      mkdirSync(dir, { recursive: true });
      await page?.screenshot({ path: join(dir, `webhooks-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`), fullPage: true }).catch(() => {});
      throw error;
    }
  });
}

describe('Webhooks, end to end', { concurrency: false }, () => {
  step('signs up and opens Webhooks', async () => {
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('Account name').fill('E2E Integrations');
    await page.getByLabel('Email').fill(`hooks-${run}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByLabel('Time zone').selectOption('UTC');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'My Locks' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No webhook endpoints').waitFor();
  });

  step('adds an endpoint and is shown its secret once', async () => {
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook endpoint' });
    await dialog.getByLabel('Endpoint URL').fill(receiverUrl);
    await dialog.getByLabel('Description').fill('Booking system');
    await dialog.getByRole('checkbox', { name: /Settings changed/ }).check();
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    state.secret = (await secretDialog.getByLabel('Signing secret').textContent()).trim();
    assert.match(state.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('webhook-endpoint').getByText(receiverUrl).waitFor();
    assert.equal(await page.getByText(state.secret).count(), 0, 'the secret is not shown again');
  });

  step('sends a test event that arrives signed and shows in the delivery log', async () => {
    await page.getByRole('button', { name: 'Send test event' }).click();
    await waitFor(() => ofType('webhook.test').length === 1, 'the test event');
    assert.ok(verifies(state.secret, ofType('webhook.test')[0]), 'the test event verifies with the secret shown');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByTestId('webhook-delivery').filter({ hasText: 'webhook.test' }).filter({ hasText: 'SUCCEEDED' }).waitFor();
  });

  step('delivers a real change to the endpoint', async () => {
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Enable Unique Codes' }).check();
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await waitFor(() => ofType('settings.changed').length === 1, 'the settings change');
    const event = JSON.parse(ofType('settings.changed')[0].body);
    assert.equal(event.data.uniqueCodesEnabled, true);
    assert.ok(verifies(state.secret, ofType('settings.changed')[0]));
  });

  step('shows an outage in the log, the endpoint failing, and a redelivery that succeeds', async () => {
    answer = 503;
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await waitFor(() => ofType('webhook.test').length === 4, 'three attempts of the second test event');
    await page.reload();
    await page.getByText(/Failing since/).waitFor();
    await page.getByRole('button', { name: 'Delivery log' }).click();
    const failed = page.getByTestId('webhook-delivery').filter({ hasText: 'FAILED' });
    await failed.filter({ hasText: '503' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '12-webhooks.png'), fullPage: true });

    answer = 204;
    await failed.getByRole('button', { name: 'Redeliver' }).click();
    await waitFor(() => ofType('webhook.test').length === 5, 'the redelivery');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByTestId('webhook-delivery').filter({ hasText: 'FAILED' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('webhook-endpoint').getByText('Enabled').waitFor();
  });

  step('rotates the secret: the next delivery carries the new and the old signature', async () => {
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('alertdialog', { name: 'Rotate the signing secret?' }).getByRole('button', { name: 'Rotate' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    const rotated = (await secretDialog.getByLabel('Signing secret').textContent()).trim();
    assert.notEqual(rotated, state.secret);
    await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await waitFor(() => ofType('webhook.test').length === 6, 'the test after rotation');
    const last = ofType('webhook.test')[5];
    assert.ok(verifies(rotated, last) && verifies(state.secret, last), 'signed with both secrets');
  });

  step('deletes the endpoint', async () => {
    await page.getByRole('button', { name: 'Delete Booking system' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this endpoint?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No webhook endpoints').waitFor();
  });
});
