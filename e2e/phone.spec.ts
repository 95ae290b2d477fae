import { expect, test, type Page } from '@playwright/test';
import { openDemoDraft, signIn } from './helpers';

// A delegate's phone: the meeting and draft pages must read, not just fit.
const PHONE = { width: 390, height: 844 };

/** List items broken across CSS columns (a name split in two) have more than one box. */
async function splitItems(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((items) => items.filter((item) => item.getClientRects().length > 1).map((item) => item.textContent ?? ''));
}

test('on a phone, the meeting page lists whole delegation names and the draft shows its text on the first screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'mexico@concord.test');
  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  await expect(page.locator('.delegation-list li').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('meeting.png'), fullPage: false });
  expect(await splitItems(page, '.delegation-list li')).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling to read a list.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await context.close();

  const draft = await openDemoDraft(browser, 'mexico@concord.test');
  await draft.setViewportSize(PHONE);
  await draft.evaluate(() => window.scrollTo(0, 0));
  await draft.screenshot({ path: test.info().outputPath('draft.png'), fullPage: false });
  const header = await draft.locator('.app-header').boundingBox();
  expect(header?.height ?? PHONE.height).toBeLessThan(PHONE.height * 0.15);
  // The first paragraph starts within the first screen: the header and room bar leave room for the text.
  const first = await draft.locator('.paragraph-card').first().boundingBox();
  expect(first?.y ?? PHONE.height).toBeLessThan(PHONE.height * 0.75);
  expect(await draft.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await draft.context().close();
});
