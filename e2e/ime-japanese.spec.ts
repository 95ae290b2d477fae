import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, paragraphEditor } from './helpers';

/**
 * Types a word the way a Japanese input method does in Chromium: the composition grows ("と",
 * "とう", …), then the chosen word is committed. Sent through the DevTools protocol, so the
 * editor sees real composition events rather than key presses.
 */
async function composeWord(client: CDPSession, steps: readonly string[], word: string): Promise<void> {
  for (const step of steps) await client.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await client.send('Input.insertText', { text: word });
}

async function caretAt(page: Page, label: string, key: 'Control+End' | 'Control+Home'): Promise<void> {
  await paragraphEditor(page, label).click();
  await page.keyboard.press(key);
}

// PP3 of the second draft is left to this journey: the others leave it alone.
test('Japanese words composed with an input method become one proposal each, holding the committed word', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  const client = await mexico.context().newCDPSession(mexico);
  const proposals = mexico.getByTestId('paragraph-PP3').getByTestId('proposal');

  await caretAt(mexico, 'PP3', 'Control+End');
  await composeWord(client, ['と', 'とう', 'とうき', 'とうきょう'], '東京');
  await expect(proposals).toHaveCount(1);
  await expect(proposals.first()).toContainText('東京');
  await expect(proposals.first()).not.toContainText('とう');

  await caretAt(mexico, 'PP3', 'Control+Home');
  await composeWord(client, ['し', 'しん'], '新');
  await expect(proposals).toHaveCount(2);
  await expect(paragraphEditor(mexico, 'PP3').locator('ins.prop-ins')).toHaveCount(2);
  await expect(paragraphEditor(mexico, 'PP3')).not.toContainText('とう');
  await expect(paragraphEditor(mexico, 'PP3')).toContainText('東京');
  await expect(paragraphEditor(mexico, 'PP3')).toContainText('新');
  await mexico.context().close();
});
