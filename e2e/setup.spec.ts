import { expect, test, type Page } from '@playwright/test';
import { paragraphEditor, signIn, signInFirstTime } from './helpers';

const MEETING = /Working Group on Trafficking|twelfth meeting/i;

const DRAFT_TEXT = [
  'Draft recommendations on joint investigations',
  '',
  'PP1 Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,',
  '',
  '1. States parties should [consider establishing] joint investigation teams;',
  '',
  '2. Invites States parties to share good practices:',
  '(a) on specialized prosecution;',
  '(b) on the protection of victims.',
].join('\n');

async function openSetup(page: Page): Promise<void> {
  await page.getByRole('link', { name: MEETING }).first().click();
  await page.getByRole('link', { name: 'Meeting setup' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting setup' })).toBeVisible();
}

async function openNewDraft(page: Page): Promise<void> {
  await openSetup(page);
  await page.getByRole('link', { name: 'New draft' }).click();
  await expect(page.getByRole('heading', { name: 'New draft' })).toBeVisible();
}

test('the secretariat creates a draft from pasted text and a delegate proposes in it', async ({ browser }) => {
  const title = `Draft recommendations on joint investigations ${Date.now()}`;
  const secretariat = await (await browser.newContext()).newPage();

  await test.step('the secretariat pastes the text and previews it', async () => {
    await signIn(secretariat, 'secretariat@concord.test');
    await openNewDraft(secretariat);
    await secretariat.getByLabel('Agenda item').selectOption({ label: '3. Best practices in joint investigations and specialized prosecution of trafficking in persons cases' });
    await secretariat.getByLabel('Title').fill(title);
    await expect(secretariat.getByLabel('Symbol')).toHaveValue(/^CTOC\/COP\/WG\.4\/2022\/CRP\.\d+$/);
    await secretariat.getByLabel('Text', { exact: true }).fill(DRAFT_TEXT);
    await expect(secretariat.getByRole('button', { name: 'Create draft' })).toBeDisabled();
    await secretariat.getByRole('button', { name: 'Preview' }).click();
    await expect(secretariat.getByTestId('import-summary')).toHaveText('3 paragraphs: 1 preambular, 2 operative; 1 bracket, 0 alternative spots, 0 options, 0 attributions.');
    await expect(secretariat.getByTestId('preview-1').locator('.import-text')).toContainText('[consider establishing]');
    await expect(secretariat.getByTestId('preview-2')).toContainText('(a) on specialized prosecution; (b) on the protection of victims.');
    await expect(secretariat.getByText('Line 1 is not part of a numbered paragraph and was left out')).toBeVisible();
  });

  await test.step('the secretariat creates the draft and it opens', async () => {
    await secretariat.getByRole('button', { name: 'Create draft' }).click();
    await expect(secretariat).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
    await expect(secretariat.getByTestId('connection-state')).toHaveText('Live');
    await expect(paragraphEditor(secretariat, 'PP1')).toContainText('Recalling the Protocol');
    await expect(paragraphEditor(secretariat, '1')).toContainText('consider establishing');
  });

  const typed = 'and regional ';
  await test.step('a delegate proposes an insertion in paragraph 2', async () => {
    const mexico = await (await browser.newContext()).newPage();
    await signIn(mexico, 'mexico@concord.test');
    await mexico.getByRole('link', { name: MEETING }).first().click();
    await mexico.getByRole('link', { name: title }).click();
    await expect(mexico.getByTestId('connection-state')).toHaveText('Live');
    const editor = paragraphEditor(mexico, '2');
    await editor.click();
    await mexico.keyboard.press('Home');
    await mexico.keyboard.type(typed);
    await expect(editor.locator('ins[data-proposal]')).toContainText(typed.trim());
    await expect(paragraphEditor(secretariat, '2').locator('ins[data-proposal]')).toContainText(typed.trim());
    await mexico.context().close();
  });
  await secretariat.context().close();
});

test('unbalanced brackets are refused with the line named', async ({ page }) => {
  await signIn(page, 'secretariat@concord.test');
  await openNewDraft(page);
  await page.getByLabel('Text', { exact: true }).fill('PP1 Recalling,\n\n1. Urges [States parties\nto act;\n\n2. Decides.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-error')).toHaveText(
    'Line 3: a square bracket "[" opened here in paragraph 1 is never closed. Close it with "]" inside the same paragraph.',
  );
  await expect(page.getByRole('button', { name: 'Create draft' })).toBeDisabled();
});

test('the secretariat adds a participant, who signs in with the initial password shown once and chooses their own', async ({ browser, page }) => {
  const email = `delegate.${Date.now()}@mission.example`;
  await signIn(page, 'secretariat@concord.test');
  await openSetup(page);
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill('Delegate of Japan');
  await form.getByLabel('Role').selectOption('delegate');
  await form.getByLabel('Delegation').selectOption({ label: 'Japan' });
  await form.getByRole('button', { name: 'Add participant' }).click();
  const password = await form.getByTestId('initial-password').innerText();
  expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  await expect(page.getByRole('form', { name: 'Role of Delegate of Japan' })).toBeVisible();

  const japan = await (await browser.newContext()).newPage();
  await signInFirstTime(japan, email, password, 'a password of my own');
  await expect(japan.getByRole('link', { name: MEETING }).first()).toContainText('Delegate · Japan');
  await japan.context().close();
});

test('the secretariat adds delegations and participants from pasted lists, previewed line by line', async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  await signIn(page, 'secretariat@concord.test');
  await openSetup(page);

  await page.getByText('Add a list of delegations (paste or CSV file)').click();
  const delegationsForm = page.getByRole('form', { name: 'Add a list of delegations' });
  const list = delegationsForm.getByRole('textbox', { name: 'List', exact: true });
  await list.fill(`Name,Short name,Kind\nNorthland ${stamp},N${stamp}\nSouthland ${stamp},S${stamp},observer\nnorthland ${stamp},X${stamp}`);
  await expect(delegationsForm.getByTestId('list-preview')).toContainText(`Line 4: The name “northland ${stamp}” is already on line 2.`);
  await expect(delegationsForm.getByRole('button', { name: /^Save/ })).toBeDisabled();
  await list.fill(`Name,Short name,Kind\nNorthland ${stamp},N${stamp}\nSouthland ${stamp},S${stamp},observer`);
  await delegationsForm.getByRole('button', { name: 'Save 2 delegations' }).click();
  await expect(delegationsForm.getByRole('status')).toContainText('2 delegations added.');
  await expect(page.getByRole('form', { name: `Delegation Southland ${stamp}` })).toBeVisible();

  await page.getByText('Add a list of participants (paste or CSV file)').click();
  const peopleForm = page.getByRole('form', { name: 'Add a list of participants' });
  const email = `list.${stamp.toLowerCase()}@mission.example`;
  await peopleForm.getByRole('textbox', { name: 'List', exact: true }).fill(`${email};Delegate of Northland;;N${stamp}`);
  await peopleForm.getByRole('button', { name: 'Save 1 participant' }).click();
  await expect(peopleForm.getByTestId('initial-passwords')).toContainText(`${email}\tDelegate of Northland\tinitial password: `);
  await expect(page.getByRole('form', { name: 'Role of Delegate of Northland' })).toBeVisible();
});
