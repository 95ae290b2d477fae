import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, paragraphEditor } from './helpers';

const MAX_TABS = 300;

/** Presses Tab until `matches` holds for the focused element; fails if the page never gets there. */
async function tabTo(page: Page, description: string, matches: (element: Element) => boolean): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

// Paragraph 5 of this draft is left to this journey: the others leave it alone.
test('keyboard only: sign in, open the draft, propose words in OP 5 and withdraw them', async ({ page }) => {
  await page.goto('/signin');
  // The email field has the focus when the page opens.
  await page.keyboard.type('mexico@concord.test');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your meetings' })).toBeVisible();

  await tabTo(page, 'the demo meeting', (element) => /Working Group on Trafficking|twelfth meeting/i.test(element.textContent ?? '') && element.tagName === 'A');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Provisional agenda' })).toBeVisible();

  await tabTo(page, 'the first draft', (element) => element.tagName === 'A' && /criminal justice responses/i.test(element.textContent ?? ''));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(paragraphEditor(page, '5')).toHaveAttribute('contenteditable', 'true');

  // The skip link leads past the room bar to the paragraphs.
  await tabTo(page, 'the skip link to the draft text', (element) => element.getAttribute('href') === '#draft-paragraphs');
  await page.keyboard.press('Enter');
  await expect(page.locator('#draft-paragraphs')).toBeFocused();

  await tabTo(page, "OP 5's text", (element) => element.getAttribute('aria-label') === 'Paragraph 5' && element.getAttribute('contenteditable') === 'true');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' and analyse them');
  const proposal = page.getByTestId('paragraph-5').getByTestId('proposal');
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText('and analyse them');

  await tabTo(page, "the withdraw button of Mexico's insertion", (element) => element.getAttribute('aria-label') === "Withdraw Mexico's insertion in OP 5");
  await page.keyboard.press('Enter');
  await expect(proposal).toHaveCount(0);
  await expect(paragraphEditor(page, '5')).not.toContainText('and analyse them');
});
