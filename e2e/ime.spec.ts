import { expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { openDemoDraft, paragraphEditor, selectWord, signIn } from './helpers';

/**
 * Chinese typed through an input method: the browser composes the pinyin reading ("zhongguo") in
 * place and commits the chosen characters ("中国"). Chromium's DevTools protocol drives the same
 * composition events a real input method does.
 */
interface Composition {
  /** The reading as it grows, letter by letter. */
  reading: string[];
  committed: string;
  /**
   * Input methods announce each key with keydown 229, which the DevTools protocol's composition
   * does not send by itself. Without it, words selected before composing cannot be struck first.
   */
  keydown?: boolean;
}

async function compose(page: Page, cdp: CDPSession, label: string, { reading, committed, keydown }: Composition): Promise<void> {
  for (const text of reading) {
    if (keydown) await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Process' });
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  // While composing, the reading is already inside the delegation's insertion, never bare text.
  const last = reading.at(-1) ?? '';
  await expect(paragraphEditor(page, label).locator('ins.prop-ins', { hasText: last })).toHaveCount(1);
  await cdp.send('Input.insertText', { text: committed });
  await expect(paragraphEditor(page, label)).not.toContainText(last);
}

function insertions(page: Page, label: string) {
  return paragraphEditor(page, label).locator('ins.prop-ins .prop-body');
}

test('a delegate composing Chinese words proposes one insertion per composed word', async ({ browser }) => {
  // PP4 of the first draft is left to this journey: the others leave it alone.
  const canada = await openDemoDraft(browser, 'canada@concord.test');
  const cdp = await canada.context().newCDPSession(canada);
  const editor = paragraphEditor(canada, 'PP4');
  const proposals = canada.getByTestId('paragraph-PP4').getByTestId('proposal');

  // The demo draft is in English: its paragraphs run left to right whatever script is typed in.
  await expect(editor).toHaveAttribute('dir', 'ltr');
  await expect(editor).toHaveAttribute('lang', 'en');

  await editor.click();
  await canada.keyboard.press('Control+End');
  await compose(canada, cdp, 'PP4', { reading: ['z', 'zh', 'zhong', 'zhongg', 'zhongguo'], committed: '中国' });
  await expect(insertions(canada, 'PP4')).toHaveText(['中国']);
  // A second word composed right after the first continues the same proposal, as typing does.
  await compose(canada, cdp, 'PP4', { reading: ['r', 'ren', 'renmin'], committed: '人民', keydown: true });
  await expect(insertions(canada, 'PP4')).toHaveText(['中国人民']);
  await expect(proposals).toHaveCount(1);

  await canada.keyboard.press('Control+Home');
  await compose(canada, cdp, 'PP4', { reading: ['n', 'ni', 'nih', 'nihao'], committed: '你好' });
  await expect(insertions(canada, 'PP4')).toHaveText(['你好', '中国人民']);
  await expect(proposals).toHaveCount(2);

  // Composing over selected words replaces them: one proposal striking them.
  await selectWord(canada, 'PP4', 'essential');
  await compose(canada, cdp, 'PP4', { reading: ['l', 'ling', 'linghuo'], committed: '灵活', keydown: true });
  await selectWord(canada, 'PP4', 'human');
  await compose(canada, cdp, 'PP4', { reading: ['t', 'te', 'tebie'], committed: '特别', keydown: true });
  await expect(proposals).toHaveCount(4);
  await expect(insertions(canada, 'PP4')).toHaveText(['你好', '灵活', '特别', '中国人民']);
  await expect(paragraphEditor(canada, 'PP4').locator('del.prop-del .prop-body')).toHaveText(['essential', 'human']);
  await expect(editor).toContainText('is essential灵活 to upholding');
  await expect(editor).toContainText('their human特别 rights');
  await expect(proposals.getByTestId('proposal-attribution')).toHaveText(['Canada', 'Canada', 'Canada', 'Canada']);

  // Over Mexico's pending "establish", the composed word is an alternative placed after Mexico's words.
  await selectWord(canada, '1', 'establish');
  await compose(canada, cdp, '1', { reading: ['que', 'queli'], committed: '确立', keydown: true });
  await expect(insertions(canada, '1')).toHaveText(['establish', '确立']);
  await expect(canada.getByTestId('paragraph-1').getByTestId('proposal-attribution')).toContainText(['Mexico', 'Canada']);
  await expect(canada.getByTestId('refusal')).toHaveCount(0);

  await canada.reload();
  await expect(canada.getByTestId('connection-state')).toHaveText('Live');
  await expect(insertions(canada, 'PP4')).toHaveText(['你好', '灵活', '特别', '中国人民']);
  await expect(proposals).toHaveCount(4);
  await expect(insertions(canada, '1')).toHaveText(['establish', '确立']);
  await expect(canada.getByTestId('refusal')).toHaveCount(0);
  await canada.context().close();
});

/** Where a word of a paragraph starts on screen, left to right. */
async function leftOf(page: Page, label: string, word: string): Promise<number> {
  return paragraphEditor(page, label).evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`"${target}" is not in the paragraph`);
  }, word);
}

test('Arabic words read right to left in an English draft, and an Arabic draft runs right to left', async ({ browser }) => {
  // PP2 of the first draft is left to this journey: the others leave it alone.
  const canada = await openDemoDraft(browser, 'canada@concord.test');
  const editor = paragraphEditor(canada, 'PP2');
  await editor.click();
  await canada.keyboard.press('Control+Home');
  await canada.keyboard.insertText('مشروع قرار ');
  await expect(editor.locator('ins.prop-ins .prop-body')).toHaveText(['مشروع قرار ']);
  // In a left-to-right paragraph the Arabic words keep their own order, the first on the right,
  // and the English words that follow them come after them, further right.
  expect(await leftOf(canada, 'PP2', 'مشروع')).toBeGreaterThan(await leftOf(canada, 'PP2', 'قرار'));
  expect(await leftOf(canada, 'PP2', 'Recalling also')).toBeGreaterThan(await leftOf(canada, 'PP2', 'مشروع'));
  await canada.context().close();

  const title = `مشروع توصيات ${Date.now()}`;
  const secretariat = await openNewDraftAs(browser, 'secretariat@concord.test');
  await secretariat.getByLabel('Agenda item').selectOption({ index: 1 });
  await secretariat.getByLabel('Title', { exact: true }).fill(title);
  await secretariat.getByLabel('Original language').selectOption('ar');
  await secretariat.getByLabel('Text', { exact: true }).fill('1. توصي الدول الأطراف باستخدام UNODC SHERLOC في التحقيقات المشتركة؛');
  await secretariat.getByRole('button', { name: 'Preview' }).click();
  await secretariat.getByRole('button', { name: 'Create draft' }).click();
  await expect(secretariat.getByTestId('connection-state')).toHaveText('Live');
  const arabic = paragraphEditor(secretariat, '1');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  // Right to left: the first word on the right, the English name in its own order in between.
  expect(await leftOf(secretariat, '1', 'توصي')).toBeGreaterThan(await leftOf(secretariat, '1', 'UNODC'));
  expect(await leftOf(secretariat, '1', 'SHERLOC')).toBeGreaterThan(await leftOf(secretariat, '1', 'UNODC'));
  expect(await leftOf(secretariat, '1', 'UNODC')).toBeGreaterThan(await leftOf(secretariat, '1', 'المشتركة'));
  await secretariat.context().close();
});

async function openNewDraftAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await page.getByRole('link', { name: /Working Group on Trafficking|twelfth meeting/i }).first().click();
  await page.getByRole('link', { name: 'Meeting setup' }).click();
  await page.getByRole('link', { name: 'New draft' }).click();
  await expect(page.getByRole('heading', { name: 'New draft' })).toBeVisible();
  return page;
}
