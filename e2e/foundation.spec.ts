import { expect, test } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, paragraphEditor, signIn } from './helpers';

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('mexico@concord.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-error')).toHaveText('The email or password is not correct.');
  await expect(page).toHaveURL(/\/signin/);
});

test('the meeting page shows the agenda and the programme of work', async ({ page }) => {
  await signIn(page, 'canada@concord.test');
  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  const agenda = page.getByRole('region', { name: 'Provisional agenda' });
  await expect(agenda).toContainText('Opening of the meeting');
  await expect(agenda).toContainText('Adoption of the report');
  const programme = page.getByRole('region', { name: 'Programme of work' });
  await expect(programme).toContainText('Wednesday, 29 June');
  await expect(programme).toContainText('2 (continued)');
});

test('two delegates co-edit paragraph 2 and see each other', async ({ browser }) => {
  // The second draft: the negotiation journeys work on paragraph 2 of the first.
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  const canada = await openDemoDraft(browser, 'canada@concord.test', DRAFT_TWO_TITLE);
  await expect(canada.getByTestId('presence')).toContainText('Mexico');

  const typed = 'as a matter of priority ';
  const editor = paragraphEditor(mexico, '2');
  await editor.click();
  await mexico.keyboard.press('End');
  await mexico.keyboard.type(typed);
  await expect(paragraphEditor(canada, '2')).toContainText(typed.trim());
  await mexico.context().close();
  await canada.context().close();
});

test('a viewer cannot type in a paragraph', async ({ browser }) => {
  const viewer = await openDemoDraft(browser, 'viewer@concord.test');
  const editor = paragraphEditor(viewer, '1');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  const before = await editor.innerText();
  await editor.click();
  await viewer.keyboard.type('forged words');
  await expect(editor).toHaveText(before);
  await viewer.context().close();
});

test('a draft that does not exist, or of another meeting, says so plainly', async ({ page }) => {
  await signIn(page, 'canada@concord.test');
  await page.goto('/drafts/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to your meetings' })).toBeVisible();
});
