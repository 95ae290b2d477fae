import { expect, test, type Page } from '@playwright/test';
import { openDemoDraft, selectParagraph, selectWord } from './helpers';

/** Opens the comment thread of a paragraph (the badge toggles it) and returns the panel. */
async function openThread(page: Page, label: string) {
  const card = await selectParagraph(page, label);
  const badge = card.getByTestId('comment-badge');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  return card.getByRole('region', { name: `Comments on paragraph ${label}` });
}

function draftIdOf(page: Page): string {
  const match = /\/drafts\/([0-9a-f-]{36})/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a draft page: ${page.url()}`);
  return match[1];
}

test('delegates comment on paragraph 3, live for everyone, with edits kept and roles enforced', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test');
  const canada = await openDemoDraft(browser, 'canada@concord.test');
  const canadaThread = await openThread(canada, '3');
  const first = `Mexico asks to keep the reference to remedies (${Date.now()}).`;

  // Mexico quotes the words it is about and comments.
  const mexicoThread = await openThread(mexico, '3');
  await selectWord(mexico, '3', 'effective remedies');
  await mexicoThread.getByRole('button', { name: 'Quote selection' }).click();
  await expect(mexicoThread.locator('.comment-quote-draft')).toContainText('effective remedies');
  await mexicoThread.getByLabel('Your comment').fill(first);
  await mexicoThread.getByRole('button', { name: 'Comment', exact: true }).click();

  // Canada sees it without reloading, attributed to Mexico, with the quote.
  const onCanada = canadaThread.getByTestId('comment').filter({ hasText: first });
  await expect(onCanada).toBeVisible();
  await expect(onCanada.locator('.comment-delegation')).toHaveText('Mexico');
  await expect(onCanada.locator('.comment-quote')).toHaveText('effective remedies');
  await expect(canada.getByTestId('paragraph-3').getByTestId('comment-badge')).toContainText(/[1-9]\d* comments?/);

  // Mexico edits; Canada sees "edited" and can still read the earlier version.
  const edited = `${first} Mexico could also accept “appropriate remedies”.`;
  const onMexico = mexicoThread.getByTestId('comment').filter({ hasText: first });
  await onMexico.getByRole('button', { name: 'Edit' }).click();
  await mexicoThread.getByLabel('Edit comment').fill(edited);
  await mexicoThread.getByRole('button', { name: 'Save edit' }).click();
  const editedOnCanada = canadaThread.getByTestId('comment').filter({ hasText: 'appropriate remedies' });
  await expect(editedOnCanada.locator('.comment-edited')).toHaveText('edited');
  await editedOnCanada.getByRole('button', { name: 'Show earlier versions (1)' }).click();
  await expect(editedOnCanada.getByRole('list', { name: 'Earlier versions' })).toContainText(first);

  // Canada cannot edit or withdraw Mexico's comment.
  await expect(editedOnCanada.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(editedOnCanada.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);

  // An observer comments for their organization; Mexico sees it live.
  const observer = await openDemoDraft(browser, 'observer@concord.test');
  const observerThread = await openThread(observer, '3');
  const observed = `IOM stands ready to provide technical assistance (${Date.now()}).`;
  await observerThread.getByLabel('Your comment').fill(observed);
  await observerThread.getByRole('button', { name: 'Comment', exact: true }).click();
  const observedOnMexico = mexicoThread.getByTestId('comment').filter({ hasText: observed });
  await expect(observedOnMexico.locator('.comment-delegation')).toHaveText('International Organization for Migration');

  // A viewer reads the thread but has no box to write in, and the API refuses them too.
  const viewer = await openDemoDraft(browser, 'viewer@concord.test');
  const viewerThread = await openThread(viewer, '3');
  await expect(viewerThread.getByTestId('comment').filter({ hasText: observed })).toBeVisible();
  await expect(viewerThread.getByLabel('Your comment')).toHaveCount(0);
  await expect(viewerThread).toContainText('Your role can read comments but not make them.');
  const refused = await viewer.request.post(`/api/drafts/${draftIdOf(viewer)}/comments`, { data: { body: 'A viewer tries anyway' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()) as unknown).toMatchObject({ error: { code: 'forbidden' } });

  // A delegate cannot speak for another delegation through the API either.
  const impostor = await canada.request.post(`/api/drafts/${draftIdOf(canada)}/comments`, {
    data: { body: 'Mexico agrees', onBehalfOf: '00000000-0000-4000-8000-000000000000' },
  });
  expect(impostor.status()).toBe(403);

  for (const page of [mexico, canada, observer, viewer]) await page.context().close();
});

test('a withdrawn comment shows who withdrew it; the secretariat still reads it and comments on behalf of a delegation', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test');
  const secretariat = await openDemoDraft(browser, 'secretariat@concord.test');
  const text = `Mexico will withdraw this remark (${Date.now()}).`;
  const mexicoThread = await openThread(mexico, '4');
  await mexicoThread.getByLabel('Your comment').fill(text);
  await mexicoThread.getByRole('button', { name: 'Comment', exact: true }).click();

  const mine = mexicoThread.getByTestId('comment').filter({ hasText: text });
  await mine.getByRole('button', { name: 'Withdraw' }).click();
  await mine.getByRole('button', { name: 'Confirm withdrawal' }).click();
  const withdrawn = mexicoThread.locator('.comment.is-withdrawn').last();
  await expect(withdrawn).toContainText('Withdrawn by Mexico');
  await expect(withdrawn).not.toContainText(text);

  const secretariatThread = await openThread(secretariat, '4');
  await expect(secretariatThread.locator('.comment.is-withdrawn').filter({ hasText: text })).toContainText('Withdrawn by Mexico');

  const emailed = `Statement received by email from Canada (${Date.now()}).`;
  await secretariatThread.getByLabel('On behalf of').selectOption({ label: 'Canada' });
  await secretariatThread.getByLabel('Your comment').fill(emailed);
  await secretariatThread.getByRole('button', { name: 'Comment', exact: true }).click();
  const onMexico = mexicoThread.getByTestId('comment').filter({ hasText: emailed });
  await expect(onMexico.locator('.comment-delegation')).toHaveText('Canada');

  // The secretariat's overview filters every comment by delegation.
  const overview = secretariat.getByRole('region', { name: 'All comments' });
  await overview.getByLabel('Filter by delegation').selectOption({ label: 'Canada' });
  await expect(overview.getByTestId('comment').filter({ hasText: emailed })).toBeVisible();
  await expect(overview.getByTestId('comment').filter({ hasText: text })).toHaveCount(0);

  for (const page of [mexico, secretariat]) await page.context().close();
});
