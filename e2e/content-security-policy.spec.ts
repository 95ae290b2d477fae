import { expect, test, type Page } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, signIn } from './helpers';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])), ...consoleErrors];
}

test('every main page carries a nonce policy and runs without a single violation', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await watchViolations(page);

  const signInPage = await page.goto('/signin');
  const policy = signInPage?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(await violations()).toEqual([]);

  await signIn(page, 'chair@concord.test');
  expect(await violations()).toEqual([]);
  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  await expect(page.getByRole('region', { name: 'Provisional agenda' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('link', { name: DRAFT_TWO_TITLE }).click();
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  expect(await violations()).toEqual([]);
  await context.close();

  const delegate = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  expect(await delegate.evaluate(() => document.querySelectorAll('script[nonce]').length)).toBeGreaterThan(0);
  await delegate.context().close();
});
