import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, paragraphEditor, selectWord, selectParagraph } from './helpers';

/**
 * Two delegations propose different words for the same spot; the room reads them as one set of
 * alternatives and the chair keeps one. Draft 1, paragraph 4: no other journey touches it.
 */
test('Canada proposes an alternative to Mexico’s words; the chair keeps Canada’s; the CRP and the history say so', async ({ browser }) => {
  const mexico = await openDemoDraft(browser, 'mexico@concord.test');
  const canada = await openDemoDraft(browser, 'canada@concord.test');
  const chair = await openDemoDraft(browser, 'chair@concord.test');
  const everyone = [mexico, canada, chair];

  await selectWord(mexico, '4', 'flexible');
  await mexico.keyboard.type('pragmatic');
  const mexicoProposal = canada.getByTestId('paragraph-4').getByTestId('proposal');
  await expect(mexicoProposal).toHaveCount(1);
  await expect(mexicoProposal.getByTestId('proposal-attribution')).toHaveText('Mexico');

  await selectParagraph(canada, '4');
  await mexicoProposal.getByRole('button', { name: 'Propose an alternative' }).click();
  const form = canada.getByRole('form', { name: 'Propose an alternative' });
  await form.getByLabel(/Alternative words/).fill('case-by-case');
  await form.getByRole('button', { name: 'Propose', exact: true }).click();
  await expect(form).toHaveCount(0);

  for (const page of everyone) await expectOneSet(page);

  // Accepting everything would write a text nobody proposed: the server says so, on the paragraph.
  await selectParagraph(chair, '4');
  await chair.getByTestId('paragraph-4').getByRole('button', { name: 'Accept all' }).click();
  await expect(chair.getByTestId('paragraph-4').getByTestId('action-feedback')).toContainText('Accept one alternative of each first');
  await expect(chair.getByTestId('paragraph-4').getByTestId('proposal')).toHaveCount(2);

  await chair.getByTestId('paragraph-4').getByRole('button', { name: 'Keep alt 2' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('paragraph-4').getByTestId('proposal')).toHaveCount(0);
    await expect.poll(() => editorText(page, '4')).toContain('consider adopting a case-by-case approach');
    await expect(paragraphEditor(page, '4')).not.toContainText('pragmatic');
    await expect(paragraphEditor(page, '4')).not.toContainText('flexible');
  }

  // The CRP as the secretariat would circulate it: Canada's words stand, Mexico's are gone.
  const draftUrl = new URL(chair.url());
  const pdf = await chair.context().request.get(`${draftUrl.pathname.replace('/drafts/', '/api/drafts/')}/export/crp.pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'concord-crp-')), 'crp.pdf');
  writeFileSync(file, await pdf.body());
  const crpText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(crpText).toContain('consider adopting a case-by-case approach');
  expect(crpText).not.toContain('pragmatic');

  // The history records that Mexico's proposal fell when Canada's alternative was kept.
  await chair.goto(`${draftUrl.pathname}/history`);
  const history = chair.getByTestId('history');
  await expect(history.locator('tr[data-action="acceptProposal"]')).toContainText('case-by-case');
  const fell = history.locator('tr[data-action="rejectProposal"]');
  await expect(fell).toContainText('fell when another alternative was kept');
  await expect(fell).toContainText('pragmatic');

  for (const page of everyone) await page.context().close();
});

test('the chair brackets words, nests a bracket inside, and lifts each; every delegation sees the brackets', async ({ browser }) => {
  const chair = await openDemoDraft(browser, 'chair@concord.test', DRAFT_TWO_TITLE);
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE);
  const toolbar = chair.getByTestId('paragraph-3');

  await selectWord(chair, '3', 'mutual legal assistance and extradition');
  await toolbar.getByRole('button', { name: 'Bracket selection' }).click();
  await selectWord(chair, '3', 'extradition');
  await toolbar.getByRole('button', { name: 'Bracket selection' }).click();
  for (const page of [chair, mexico]) {
    await expect.poll(() => editorText(page, '3')).toContain('for [mutual legal assistance and [extradition]] in trafficking');
  }
  await expect(toolbar.getByTestId('bracket-lone')).toHaveCount(2);

  // The caret in "extradition": Lift brackets lifts the innermost bracket only.
  await selectWord(chair, '3', 'extradition');
  await toolbar.getByRole('button', { name: 'Lift brackets' }).click();
  await expect.poll(() => editorText(mexico, '3')).toContain('for [mutual legal assistance and extradition] in trafficking');

  // The remaining bracket, from the chair's list of the paragraph's brackets.
  await toolbar.getByText('Brackets in 3').click();
  await toolbar.getByTestId('bracket-lone').getByRole('button', { name: 'Lift' }).click();
  await expect.poll(() => editorText(mexico, '3')).toContain('for mutual legal assistance and extradition in trafficking');
  await expect(toolbar.getByTestId('bracket-controls')).toHaveCount(0);

  for (const page of [chair, mexico]) await page.context().close();
});

/** Paragraph 4 on this page: Mexico's and Canada's words, listed together as alt 1 and alt 2. */
async function expectOneSet(page: Page): Promise<void> {
  const card = page.getByTestId('paragraph-4');
  const set = card.getByTestId('proposal-set');
  await expect(set).toHaveCount(1);
  const alternatives = set.getByTestId('proposal');
  await expect(alternatives).toHaveCount(2);
  await expect(alternatives.nth(0)).toContainText('alt 1');
  await expect(alternatives.nth(0)).toContainText('pragmatic');
  await expect(alternatives.nth(0).getByTestId('proposal-attribution')).toHaveText('Mexico');
  await expect(alternatives.nth(1)).toContainText('alt 2');
  await expect(alternatives.nth(1)).toContainText('case-by-case');
  await expect(alternatives.nth(1).getByTestId('proposal-attribution')).toHaveText('Canada');
  const editor = paragraphEditor(page, '4');
  await expect(editor.locator('ins.prop-ins[data-attribution="MEX"]').first()).toBeVisible();
  await expect(editor.locator('ins.prop-ins[data-attribution="CAN"]').first()).toBeVisible();
  await expect.poll(() => editorText(page, '4')).toContain('adopting a flexiblealt 1: pragmaticalt 2: case-by-case approach');
}

/** The editor's text as drawn (alternative labels included), without other people's carets. */
async function editorText(page: Page, label: string): Promise<string> {
  return paragraphEditor(page, label).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}
