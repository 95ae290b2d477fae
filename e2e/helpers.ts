import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'concord-demo';
export const DRAFT_ONE_TITLE = /criminal justice responses/i;
/** The second demo draft; journeys that must not disturb each other use different drafts. */
export const DRAFT_TWO_TITLE = /joint investigations/i;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your meetings' })).toBeVisible();
}

/** Signs in as `email` in a fresh browser context and opens the first demo draft. */
export async function openDemoDraft(
  browser: Browser,
  email: string,
  title: RegExp = DRAFT_ONE_TITLE,
  context?: BrowserContext,
): Promise<Page> {
  context ??= await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.locator('.paragraph-card').first()).toBeVisible();
  return page;
}

/**
 * Takes a paragraph in hand, as a click on its label does: only the paragraph on screen and the
 * one in hand show their controls. Returns the paragraph's card.
 */
export async function selectParagraph(page: Page, label: string) {
  const card = page.getByTestId(`paragraph-${label}`);
  if ((await card.getAttribute('data-active')) !== 'true') await card.locator('.paragraph-label').click();
  await expect(card).toHaveAttribute('data-active', 'true');
  return card;
}

export function paragraphEditor(page: Page, label: string) {
  return page.getByTestId(`paragraph-${label}`).locator('.ProseMirror');
}

/** Selects the first occurrence of `word` inside a paragraph's editor, as a double-click would. */
export async function selectWord(page: Page, label: string, word: string): Promise<void> {
  const editor = paragraphEditor(page, label);
  await editor.click();
  await editor.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the paragraph`);
  }, word);
}

/** Signs in with a one-time password: Concord asks for a password of one's own first. */
export async function signInFirstTime(page: Page, email: string, initialPassword: string, chosen: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(initialPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await choosePassword(page, initialPassword, chosen);
}

/** Chooses a password on the page every other page led to; then the page that was asked for opens. */
export async function choosePassword(page: Page, current: string, chosen: string, then: string | RegExp = 'Your meetings'): Promise<void> {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password (at least 10 characters)').fill(chosen);
  await page.getByLabel('New password, again').fill(chosen);
  await page.getByRole('button', { name: 'Save my password' }).click();
  await expect(page.getByRole('heading', { name: then })).toBeVisible();
}
