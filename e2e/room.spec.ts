import { expect, test, type Page } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, paragraphEditor, selectParagraph } from './helpers';

// The second draft's PP1, OP 5 and OP 6: no other journey edits them.

async function showToRoom(chair: Page, label: string): Promise<void> {
  await (await selectParagraph(chair, label)).getByRole('button', { name: 'Show to room' }).click();
}

test('the chair moves the room: delegates follow unless typing, and the screen view shows it live', async ({ browser }) => {
  const chair = await openDemoDraft(browser, 'chair@concord.test', DRAFT_TWO_TITLE);
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  const argentina = await openDemoDraft(browser, 'argentina@concord.test', DRAFT_TWO_TITLE);
  const canada = await openDemoDraft(browser, 'canada@concord.test', DRAFT_TWO_TITLE);
  const viewer = await openDemoDraft(browser, 'viewer@concord.test', DRAFT_TWO_TITLE);
  const screenLink = viewer.getByRole('link', { name: 'Screen view (projector)' });
  await viewer.goto((await screenLink.getAttribute('href')) ?? '/');
  await expect(viewer.getByTestId('connection-state')).toHaveText('Live');

  // Canada is typing in PP1 when the chair moves the room to OP 6.
  await paragraphEditor(canada, 'PP1').click();
  await canada.keyboard.press('End');
  await canada.keyboard.type(' and of mutual legal assistance');
  await expect(mexico.getByTestId('paragraph-6')).not.toBeInViewport();
  await showToRoom(chair, '6');

  await expect(mexico.getByTestId('paragraph-6')).toBeInViewport();
  await expect(canada.getByTestId('follow-notice')).toContainText('The chair is on OP 6');
  await expect(canada.getByTestId('paragraph-6')).not.toBeInViewport();
  await expect(paragraphEditor(canada, 'PP1')).toBeFocused();
  await expect(paragraphEditor(canada, 'PP1')).toContainText('and of mutual legal assistance');

  const focused = viewer.getByTestId('screen-focused');
  await expect(focused).toHaveAttribute('data-label', '6');
  await expect(focused).toContainText('Option 1');
  await expect(viewer.getByTestId('screen-neighbour')).toHaveCount(1);

  // The screen and the two delegates who are not typing follow; Canada's notice names the new
  // paragraph (also through the page's live region) and takes it there.
  await showToRoom(chair, '5');
  await expect(focused).toHaveAttribute('data-label', '5');
  for (const follower of [mexico, argentina]) await expect(follower.getByTestId('paragraph-5')).toBeInViewport();
  await expect(canada.getByTestId('live-region')).toContainText('The chair is on OP 5.');
  await expect(paragraphEditor(canada, 'PP1')).toBeFocused();
  // The revisions journey may have accepted "shall" in this paragraph: match the words it leaves alone.
  await expect(focused).toContainText('ensure that joint investigations');
  await expect(viewer.getByTestId('screen-neighbour')).toHaveCount(2);
  await expect(canada.getByTestId('follow-notice')).toContainText('The chair is on OP 5');
  await canada.getByTestId('follow-notice').getByRole('button', { name: 'Go there' }).click();
  await expect(canada.getByTestId('paragraph-5')).toBeInViewport();
  await expect(canada.getByTestId('follow-notice')).toHaveCount(0);

  // Who is in the room, by delegation: code and count, the viewer counted too.
  const presence = chair.getByTestId('presence-group');
  await expect(presence.filter({ hasText: 'Mexico' })).toContainText('MEX');
  await expect(presence.filter({ hasText: 'Mexico' }).getByTestId('presence-count')).toHaveText('(1)');
  await expect(presence.filter({ hasText: 'Argentina' }).getByTestId('presence-count')).toHaveText('(1)');

  for (const page of [chair, mexico, argentina, canada, viewer]) await page.context().close();
});

test('a delegate requests the floor, the chair gives it, and the list is live for everyone', async ({ browser }) => {
  const chair = await openDemoDraft(browser, 'chair@concord.test', DRAFT_TWO_TITLE);
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  const secretariat = await openDemoDraft(browser, 'secretariat@concord.test', DRAFT_TWO_TITLE);
  const viewer = await openDemoDraft(browser, 'viewer@concord.test', DRAFT_TWO_TITLE);
  await viewer.goto(`${new URL(viewer.url()).pathname}/screen`);
  await expect(viewer.getByTestId('connection-state')).toHaveText('Live');
  await expect(viewer.getByTestId('screen-view').getByRole('button')).toHaveCount(0);
  await expect(viewer.getByTestId('speakers-list')).toHaveCount(0);

  await expect(chair.getByRole('button', { name: /Request the floor/ })).toHaveCount(0);
  await mexico.getByRole('button', { name: /Request the floor/ }).click();
  for (const page of [chair, mexico, secretariat]) {
    await expect(page.getByTestId('speaker-request')).toHaveText([/Mexico/]);
  }
  await expect(viewer.getByTestId('screen-speaker')).toHaveText([/Mexico/]);
  await expect(mexico.getByRole('button', { name: 'Withdraw my request' })).toBeVisible();
  await expect(mexico.getByRole('button', { name: 'Give the floor' })).toHaveCount(0);

  await chair.getByTestId('speaker-request').getByRole('button', { name: 'Give the floor' }).click();
  for (const page of [chair, mexico, secretariat]) {
    await expect(page.getByTestId('floor')).toContainText('Mexico has the floor');
    await expect(page.getByTestId('speaker-request')).toHaveCount(0);
  }
  await expect(viewer.getByTestId('screen-floor')).toContainText('Mexico has the floor');
  await expect(viewer.getByTestId('screen-speaker')).toHaveCount(0);
  // The secretariat operating the screen now speaks for Mexico.
  await expect(secretariat.getByLabel('Speaking for').locator('option:checked')).toHaveText('Mexico');

  await chair.getByRole('button', { name: 'Close the floor' }).click();
  for (const page of [chair, mexico, secretariat]) await expect(page.getByTestId('floor')).toHaveText('Nobody has the floor');
  await expect(viewer.getByTestId('screen-floor')).toHaveText('Nobody has the floor');

  for (const page of [chair, mexico, secretariat, viewer]) await page.context().close();
});
