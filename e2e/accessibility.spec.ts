import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDemoDraft, selectParagraph, signIn } from './helpers';

/**
 * WCAG 2.1 AA, as axe-core checks it, on every kind of page a participant reads: no serious or
 * critical violation. Each finding is reported with the rule, the impact and the elements, so a
 * failure says what to fix.
 */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `${where}: ${serious.join('\n')}`).toEqual([]);
}

function draftIdOf(page: Page): string {
  const match = /\/drafts\/([0-9a-f-]{36})/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a draft page: ${page.url()}`);
  return match[1];
}

test('sign-in, meetings, meeting and setup pages have no serious accessibility violation', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in to Concord' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in');

  await signIn(page, 'secretariat@concord.test');
  await expectNoSeriousViolations(page, 'meetings');

  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Provisional agenda' })).toBeVisible();
  await expect(page).toHaveTitle(/Working Group on Trafficking|twelfth meeting/i);
  await expectNoSeriousViolations(page, 'meeting');

  await page.getByRole('link', { name: 'Meeting setup' }).click();
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'setup');

  await page.goto(`${page.url()}/drafts/new`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'new draft');
});

test('the draft page for a delegate and for the chair, with comments open, has no serious accessibility violation', async ({ browser }) => {
  const delegate = await openDemoDraft(browser, 'mexico@concord.test');
  await expect(delegate).toHaveTitle(/criminal justice responses.*—/i);
  await expectNoSeriousViolations(delegate, 'draft (delegate)');

  // A paragraph's comment thread is drawn once the paragraph is selected.
  const badge = (await selectParagraph(delegate, '3')).getByTestId('comment-badge');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(delegate, 'comments');

  const chair = await openDemoDraft(browser, 'chair@concord.test');
  await expectNoSeriousViolations(chair, 'draft (chair)');
});

test('the draft page names each paragraph, proposal control and comment toggle, and skips to the text', async ({ browser }) => {
  const chair = await openDemoDraft(browser, 'chair@concord.test');
  // Each paragraph is a heading saying its name, status and how many proposals it holds.
  await expect(chair.getByRole('heading', { name: /^OP 1, open, \d+ proposals?$/ })).toBeVisible();
  await expect(chair.getByRole('heading', { name: /^PP1, open, no proposals$/ })).toBeVisible();
  // The seeded proposal in OP 1: its controls say whose proposal, of which kind, in which paragraph.
  const proposal = (await selectParagraph(chair, '1')).getByTestId('proposal').first();
  await expect(proposal.getByRole('button', { name: "Accept Mexico's replacement in OP 1" })).toBeVisible();
  await expect(proposal.getByRole('button', { name: /^Reject \S.*'s (insertion|deletion|replacement) in OP 1$/ })).toBeVisible();
  // The toggle's name begins with the words it shows ("0 comments"), as speech input needs.
  await selectParagraph(chair, '3');
  await expect(chair.getByRole('button', { name: /^\d+ comments? on OP 3$/ })).toBeVisible();

  const skip = chair.getByRole('link', { name: 'Skip to the draft text' });
  await skip.focus();
  await chair.keyboard.press('Enter');
  await expect(chair.locator('#draft-paragraphs')).toBeFocused();
});

test('revisions, compare, history and the screen view have no serious accessibility violation', async ({ browser }) => {
  const chair = await openDemoDraft(browser, 'chair@concord.test');
  const draftId = draftIdOf(chair);

  await chair.goto(`/drafts/${draftId}/revisions`);
  await expect(chair.getByRole('heading', { name: 'Revisions', level: 1 })).toBeVisible();
  await expect(chair).toHaveTitle(/^Revisions — .*criminal justice responses/i);
  await expectNoSeriousViolations(chair, 'revisions');

  await chair.goto(`/drafts/${draftId}/revisions/compare?from=current&to=current`);
  await expect(chair.getByTestId('comparison-summary')).toBeVisible();
  await expectNoSeriousViolations(chair, 'compare');

  await chair.goto(`/drafts/${draftId}/history`);
  await expect(chair.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(chair, 'history');

  await chair.goto(`/drafts/${draftId}/screen`);
  await expect(chair.getByTestId('connection-state')).toHaveText('Live');
  await expectNoSeriousViolations(chair, 'screen');
});

test('a skip link leads the keyboard past the header', async ({ page }) => {
  await signIn(page, 'mexico@concord.test');
  await page.goto('/meetings');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
