import { expect, test } from '@playwright/test';
import { openDemoDraft, paragraphEditor, selectWord, selectParagraph } from './helpers';

const JOINT_INVESTIGATIONS = /Draft recommendations on joint investigations/i;

test('Rev.1, a proposal accepted, Rev.2: the compare view shows exactly that change', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', JOINT_INVESTIGATIONS);
  const chair = await openDemoDraft(browser, 'chair@concord.test', JOINT_INVESTIGATIONS);
  const draftUrl = chair.url();

  // Mexico proposes "shall" for "should" in paragraph 5; the chair sees it pending.
  await selectWord(mexico, '5', 'should');
  await mexico.keyboard.type('shall');
  const proposal = chair.getByTestId('paragraph-5').getByTestId('proposal');
  await expect(proposal).toHaveCount(1);

  // The chair takes Rev.1 (the suggested name).
  await chair.getByRole('link', { name: 'Revisions and compare' }).click();
  const form = chair.getByRole('form', { name: 'Take a revision' });
  await expect(form.getByLabel('Name')).toHaveValue('Rev.1');
  await form.getByLabel('Note (optional)').fill('Before the decision on paragraph 5');
  await form.getByRole('button', { name: 'Take revision' }).click();
  await expect(chair.getByTestId('revision-list')).toContainText('Rev.1');

  // Back in the room, the chair accepts Mexico's proposal, then takes Rev.2.
  await chair.goto(draftUrl);
  await (await selectParagraph(chair, '5')).getByRole('button', { name: "Accept Mexico's replacement in OP 5" }).click();
  await expect(chair.getByTestId('paragraph-5').getByTestId('proposal')).toHaveCount(0);
  await expect(paragraphEditor(mexico, '5')).toContainText('States parties shall ensure');
  await chair.getByRole('link', { name: 'Revisions and compare' }).click();
  await expect(form.getByLabel('Name')).toHaveValue('Rev.2');
  await form.getByRole('button', { name: 'Take revision' }).click();
  await expect(chair.getByTestId('revision-list')).toContainText('Rev.2');

  // Compare Rev.1 with Rev.2: paragraph 5 changed, nothing else.
  const picker = chair.getByRole('form', { name: 'Compare versions' });
  await picker.getByLabel('From').selectOption({ label: 'Rev.1' });
  await picker.getByLabel('To').selectOption({ label: 'Rev.2' });
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(chair.getByRole('heading', { name: 'Rev.1 → Rev.2' })).toBeVisible();
  await expect(chair.getByTestId('comparison-summary')).toHaveText('1 changed, 0 new, 0 removed, 0 moved, 8 unchanged.');
  await expect(chair.locator('[data-change="changed"]')).toHaveCount(1);
  const changed = chair.getByTestId('compared-paragraph-5');
  await expect(changed).toHaveAttribute('data-change', 'changed');
  await expect(changed.locator('del.diff-del').first()).toContainText('[replace: should | with:');
  await expect(changed.locator('del.diff-del').last()).toContainText('(Mexico)');
  await expect(changed.locator('ins.diff-ins')).toHaveCount(0);
  const readsInRev2 = await changed
    .locator('.comparison-text')
    .evaluate((text) => [...text.childNodes].filter((node) => node.nodeName !== 'DEL').map((node) => node.textContent).join(''));
  expect(readsInRev2).toMatch(/^States parties shall ensure that joint investigations/);

  // "Changes only" folds the eight unchanged paragraphs away and says so; the change stays.
  await chair.getByTestId('changes-only').click();
  await expect(chair.getByTestId('hidden-count')).toHaveText('8 unchanged paragraphs are hidden.');
  await expect(chair.locator('[data-change="unchanged"]')).toHaveCount(0);
  await expect(chair.getByTestId('compared-paragraph-5')).toHaveAttribute('data-change', 'changed');
  await chair.getByTestId('changes-only').click();
  await expect(chair.locator('[data-change="unchanged"]')).toHaveCount(8);

  // Rev.1 still reads as it stood: the proposal pending, in brackets, attributed to Mexico.
  await chair.getByRole('link', { name: 'Revisions', exact: true }).click();
  await chair.getByTestId('revision-list').getByRole('link', { name: 'Rev.1' }).click();
  const rev1Paragraph = chair.getByTestId('revision-paragraph-5');
  await expect(rev1Paragraph).toContainText('[replace: should | with: shall] (Mexico)');

  // A delegate may read revisions but has no form to take one.
  await mexico.getByRole('link', { name: 'Revisions and compare' }).click();
  await expect(mexico.getByTestId('revision-list')).toContainText('Rev.2');
  await expect(mexico.getByRole('form', { name: 'Take a revision' })).toHaveCount(0);

  // The history lists the acceptance and the revisions, filterable by paragraph.
  await chair.goto(`${draftUrl}/history`);
  const history = chair.getByTestId('history');
  await expect(history).toContainText('Took revision Rev.2');
  await expect(history.locator('tr[data-action="acceptProposal"]')).toContainText('Mexico');
  await chair.getByRole('form', { name: 'Filter the history' }).getByLabel('Paragraph').selectOption({ label: '5' });
  await chair.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(history.locator('tr[data-action="revision"]')).toHaveCount(0);
  await expect(history.locator('tr[data-action="acceptProposal"]')).toHaveCount(1);

  for (const page of [mexico, chair]) await page.context().close();
});
