import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, paragraphEditor, selectParagraph, selectWord } from './helpers';

const MEETING = /Working Group on Trafficking|twelfth meeting/i;
// Paragraph 6 of this draft is left to this journey: the others leave it alone.
const DRAFT = /criminal justice responses/i;

/** Chooses a language in the header; `labels` are the list's and the button's names in the page's current language. */
async function chooseLanguage(page: Page, labels: { list: string; button: string }, language: string): Promise<void> {
  await page.getByLabel(labels.list).selectOption({ label: language });
  await page.getByRole('button', { name: labels.button, exact: true }).click();
}

const IN_ENGLISH = { list: 'Interface language', button: 'Change language' };
const IN_ARABIC = { list: 'لغة الواجهة', button: 'تغيير اللغة' };

/** Signs in on a page already in Arabic: every label is Arabic. */
async function signInInArabic(page: Page, email: string): Promise<void> {
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('heading', { name: 'اجتماعاتك' })).toBeVisible();
}

async function openDraft(page: Page): Promise<void> {
  await page.getByRole('link', { name: MEETING }).first().click();
  await expect(page.getByRole('heading', { name: 'جدول الأعمال المؤقت' })).toBeVisible();
  await page.getByRole('link', { name: DRAFT }).click();
  await expect(page.locator('.paragraph-card').first()).toBeVisible();
  await expect(paragraphEditor(page, '6')).toHaveAttribute('contenteditable', 'true');
}

/**
 * Whatever happened in the journey, the accounts it used end in English, as the other journeys
 * expect them: a failure halfway must not leave the chair's interface in Arabic for the rest.
 */
test.afterEach(async ({ browser }) => {
  for (const email of ['chair@concord.test', 'mexico@concord.test']) {
    const page = await (await browser.newContext()).newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: /^(Your meetings|اجتماعاتك)$/ })).toBeVisible();
    if ((await page.locator('html').getAttribute('lang')) === 'ar') {
      await chooseLanguage(page, IN_ARABIC, 'English');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await page.context().close();
  }
});

test('in Arabic, right to left: a delegate proposes an amendment, the server refuses to agree it in Arabic, and the chair accepts it', async ({ browser }) => {
  // Before signing in, the choice lives in a cookie; the sign-in page turns right to left at once.
  const mexico = await (await browser.newContext()).newPage();
  await mexico.goto('/signin');
  await chooseLanguage(mexico, IN_ENGLISH, 'العربية');
  await expect(mexico.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(mexico.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(mexico.getByRole('heading', { name: 'تسجيل الدخول إلى Concord' })).toBeVisible();
  await signInInArabic(mexico, 'mexico@concord.test');
  await openDraft(mexico);
  await expect(mexico.locator('html')).toHaveAttribute('dir', 'rtl');
  // The interface reads right to left; the English draft's text still reads left to right.
  expect(await paragraphEditor(mexico, '6').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await expect(mexico.getByTestId('paragraph-6').locator('.paragraph-body')).toHaveAttribute('lang', 'en');
  expect(await mexico.locator('.room-bar').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  // Signed in, the choice is kept on the account: a browser without the cookie shows Arabic too.
  const first = await (await browser.newContext()).newPage();
  await first.goto('/signin');
  await first.getByLabel('Email').fill('chair@concord.test');
  await first.getByLabel('Password').fill(DEMO_PASSWORD);
  await first.getByRole('button', { name: 'Sign in' }).click();
  await expect(first.getByRole('heading', { name: 'Your meetings' })).toBeVisible();
  await chooseLanguage(first, IN_ENGLISH, 'العربية');
  await expect(first.getByRole('heading', { name: 'اجتماعاتك' })).toBeVisible();
  await first.context().close();

  const chair = await (await browser.newContext()).newPage();
  await chair.goto('/signin');
  await chair.getByLabel('Email').fill('chair@concord.test');
  await chair.getByLabel('Password').fill(DEMO_PASSWORD);
  await chair.getByRole('button', { name: 'Sign in' }).click();
  await expect(chair.getByRole('heading', { name: 'اجتماعاتك' })).toBeVisible();
  await expect(chair.locator('html')).toHaveAttribute('dir', 'rtl');
  await openDraft(chair);

  // Mexico proposes "invited" for "encouraged" in paragraph 6; the chair accepts it.
  await selectWord(mexico, '6', 'encouraged');
  await mexico.keyboard.type('invited');
  const proposal = (await selectParagraph(chair, '6')).getByTestId('proposal');
  await expect(proposal).toHaveCount(1);
  // The server refuses to mark it agreed while the proposal is pending, and the chair reads why in
  // Arabic: the page words the refusal's key and parameters, the paragraph's name and status included.
  await chair.getByTestId('paragraph-6').getByTestId('status-control').locator('select').selectOption('agreed');
  await expect(chair.getByTestId('paragraph-6').getByTestId('status-control').getByTestId('action-feedback')).toContainText(
    'الفقرة 6 لا تزال تتضمن مقترحاً معلقاً واحداً؛ يُرجى قبولها أو رفضها قبل جعل حالتها: متفق عليها.',
  );
  await expect(chair.getByTestId('paragraph-6')).toHaveAttribute('data-status', 'open');
  await proposal.getByRole('button', { name: /^(Accept|قبول) / }).click();
  await expect(chair.getByTestId('paragraph-6').getByTestId('proposal')).toHaveCount(0);
  await expect(paragraphEditor(mexico, '6')).toContainText('States parties are invited to request');

  // Back to English from the page itself, as a delegate would.
  await chooseLanguage(chair, IN_ARABIC, 'English');
  await expect(chair.locator('html')).toHaveAttribute('dir', 'ltr');
  for (const page of [mexico, chair]) await page.context().close();
});
