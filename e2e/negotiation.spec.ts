import { expect, test } from '@playwright/test';
import { openDemoDraft, paragraphEditor, selectParagraph, selectWord } from './helpers';

test('a replacement by Mexico is supported, accepted, agreed and reopened', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test');
  const canada = await openDemoDraft(browser, 'canada@concord.test');
  const chair = await openDemoDraft(browser, 'chair@concord.test');

  await selectWord(mexico, '2', 'should');
  await mexico.keyboard.type('shall');

  const proposalOnCanada = canada.getByTestId('paragraph-2').getByTestId('proposal');
  await expect(proposalOnCanada).toHaveCount(1);
  await expect(proposalOnCanada).toContainText('Replace');
  await expect(proposalOnCanada.getByTestId('proposal-attribution')).toHaveText('Mexico');
  await expect(paragraphEditor(canada, '2').locator('del.prop-del .prop-body')).toHaveText('should');
  await expect(paragraphEditor(canada, '2').locator('ins.prop-ins .prop-body')).toHaveText('shall');
  await expect(paragraphEditor(canada, '2').locator('ins.prop-ins')).toHaveAttribute('data-attribution', 'MEX');

  // A paragraph's buttons show only on the paragraph in hand (or on screen).
  await expect(proposalOnCanada.getByRole('button', { name: 'Support' })).toHaveCount(0);
  await selectParagraph(canada, '2');
  await proposalOnCanada.getByRole('button', { name: 'Support' }).click();
  await expect(proposalOnCanada.getByTestId('action-feedback')).toContainText('Support recorded.');
  await expect(chair.getByTestId('paragraph-2').getByTestId('proposal-attribution')).toHaveText('Mexico, supported by Canada');

  const chairCard = await selectParagraph(chair, '2');
  await chairCard.getByRole('button', { name: "Accept Mexico's replacement in OP 2" }).click();
  await expect(chairCard.getByTestId('proposal')).toHaveCount(0);
  await expect(paragraphEditor(mexico, '2')).toContainText('States parties shall provide');
  await expect(paragraphEditor(mexico, '2').locator('del, ins')).toHaveCount(0);

  // The chair undoes the decision: the proposal is pending again for everyone, Canada's support kept.
  const accepted = chairCard.getByTestId('action-feedback');
  await expect(accepted).toContainText('Accepted.');
  await expect(chair.getByTestId('live-region')).toContainText('Accepted.');
  await accepted.getByRole('button', { name: 'Undo' }).click();
  await expect(accepted).toContainText('Undone');
  for (const page of [chair, mexico, canada]) {
    await expect(page.getByTestId('paragraph-2').getByTestId('proposal-attribution')).toHaveText('Mexico, supported by Canada');
  }
  await expect(paragraphEditor(canada, '2').locator('del.prop-del .prop-body')).toHaveText('should');
  await expect(paragraphEditor(canada, '2').locator('ins.prop-ins .prop-body')).toHaveText('shall');

  await chairCard.getByRole('button', { name: "Accept Mexico's replacement in OP 2" }).click();
  await expect(chairCard.getByTestId('proposal')).toHaveCount(0);
  await expect(paragraphEditor(mexico, '2').locator('del, ins')).toHaveCount(0);

  // Agreed means no brackets: the chair is told what remains, beside the status menu, lifts it,
  // then records agreement.
  await chair.getByLabel('Status of paragraph 2').selectOption('agreed');
  await expect(chairCard.getByTestId('status-control').getByTestId('action-feedback')).toContainText('still holds 1 bracketed passage');
  await expect(mexico.getByTestId('paragraph-2')).toHaveAttribute('data-status', 'open');
  await chair.getByTestId('paragraph-2').getByText('Brackets in 2').click();
  await chair.getByTestId('paragraph-2').getByTestId('bracket-lone').getByRole('button', { name: 'Lift' }).click();
  await expect(chair.getByTestId('paragraph-2').getByTestId('bracket-lone')).toHaveCount(0);
  await chair.getByLabel('Status of paragraph 2').selectOption('agreed');
  for (const delegate of [mexico, canada]) {
    await expect(delegate.getByTestId('paragraph-2')).toHaveAttribute('data-status', 'agreed');
    await expect(paragraphEditor(delegate, '2')).toHaveAttribute('contenteditable', 'false');
  }
  // Typing into agreed text says why nothing happens, there and to screen readers.
  await paragraphEditor(mexico, '2').click();
  await mexico.keyboard.type('x');
  await expect(mexico.getByTestId('paragraph-2').getByTestId('action-feedback')).toHaveText(/OP 2 is agreed; the chair can reopen it\./);
  await expect(mexico.getByTestId('live-region')).toContainText('OP 2 is agreed; the chair can reopen it.');

  await chair.getByLabel('Status of paragraph 2').selectOption('open');
  await expect(paragraphEditor(mexico, '2')).toHaveAttribute('contenteditable', 'true');
  await expect(paragraphEditor(canada, '2')).toHaveAttribute('contenteditable', 'true');
  for (const page of [mexico, canada, chair]) await page.context().close();
});

test('the secretariat, speaking for the European Union, proposes a new paragraph after 3', async ({ browser }) => {
  const secretariat = await openDemoDraft(browser, 'secretariat@concord.test');
  const canada = await openDemoDraft(browser, 'canada@concord.test');

  await secretariat.getByLabel('Speaking for').selectOption({ label: 'European Union' });
  await (await selectParagraph(secretariat, '3')).getByRole('button', { name: 'Propose new paragraph after 3' }).click();
  await secretariat.getByLabel('New paragraph after 3').fill('States parties should consider sharing good practices on the non-punishment principle.');
  await secretariat.getByRole('button', { name: 'Propose paragraph' }).click();

  const newParagraph = canada.getByTestId('paragraph-3 bis');
  await expect(newParagraph).toBeVisible();
  await expect(newParagraph).toContainText('New paragraph proposed by European Union');
  await expect(newParagraph.locator('.ProseMirror')).toContainText('sharing good practices');
  await expect(newParagraph.getByTestId('proposal-attribution')).toHaveText('European Union');
  for (const page of [secretariat, canada]) await page.context().close();
});
